#pragma once

// The fixture of the TrainingRemote tests (TestTrainingRemote.cpp, TestTrainingHandouts.cpp): the
// program's window, and training mode opened from it on a code and a case.

#include "TrainingDriver.h"
#include "WindowFixture.h"

namespace codewijzer::test {

// Not in an anonymous namespace: the tests of one suite in two files must share one fixture class.
class TrainingRemote : public WindowFixture
{
protected:
    TrainingWindow& open(const char* code, const char* caseId = nullptr)
    {
        TrainingWindow& training = openTraining(*m_window, code, caseId);
        return training;
    }

    template <typename T>
    static T* child(const QWidget& parent, const char* name)
    {
        auto* found = parent.findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(found) << name;
        return found;
    }
};

} // namespace codewijzer::test
