#pragma once

// The program's window on a fresh assessment in English, for the window and training-mode tests:
// no settings or recovery file left from another test, and nothing that waits for a person.

#include "Assessment.h"
#include "Autosave.h"
#include "Language.h"
#include "MainWindow.h"
#include "WizardDriver.h"

#include <QComboBox>
#include <QSettings>
#include <gtest/gtest.h>
#include <memory>

namespace codewijzer::test {

class WindowFixture : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Autosave::remove();
        m_assessment = std::make_unique<Assessment>();
        m_assessment->setLanguage(Language::English);
        applyLanguage(Language::English);
        makeWindow();
    }

    void TearDown() override
    {
        m_window.reset();
        m_assessment.reset();
        Autosave::remove();
        applyLanguage(Language::Dutch);
    }

    void makeWindow()
    {
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_assessment.get());
        // Nothing in these tests may wait for a person; unsaved answers are let go.
        m_window->setUnsavedAnswersQuestion([] { return QMessageBox::Discard; });
        m_window->show();
        m_driver = std::make_unique<WizardDriver>(*m_window->wizard());
    }

    // Chooses a built-in code on the welcome page, as a person does in its list.
    void useCode(const char* id)
    {
        auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("codeCombo"));
        const int index = combo->findData(QString::fromLatin1(id));
        ASSERT_GE(index, 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

    std::unique_ptr<Assessment> m_assessment;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WizardDriver> m_driver;
};

} // namespace codewijzer::test
