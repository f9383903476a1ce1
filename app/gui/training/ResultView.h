#pragma once

#include <QCoreApplication>

namespace Ui {
class TrainingWindow;
}

namespace codewijzer {

class TrainingSession;

// The case's result in the training window, as far as the step on screen has revealed it: the
// verdict in its colours, the quiz's word on the guess, the deciding advice, its article, and once
// the whole case is out the rest (TrainingResult.h). The window shows and hides the parts.
class ResultView final
{
    Q_DECLARE_TR_FUNCTIONS(codewijzer::ResultView)

public:
    // The form's widgets are taken when shown: the form may be set up after this.
    ResultView(const TrainingSession& session, const Ui::TrainingWindow& ui);

    // Nothing before the verdict is revealed.
    void show() const;

private:
    const TrainingSession& m_session;
    const Ui::TrainingWindow& m_ui;
};

} // namespace codewijzer
