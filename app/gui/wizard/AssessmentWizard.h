#pragma once

#include "model/LocalizedText.h"

#include <QWizard>
#include <functional>

namespace codewijzer {

class AssessmentDocument;
class ResultPage;
class StepList;
class WelcomePage;

// The wizard: welcome, the questionnaire's pages (only those with a question to ask), a review of
// the answers and the result, with the steps still to come at the side. Which page comes next is the
// core's flow logic. It is the content of the window, not a dialog: there is no Cancel, Escape does
// nothing, and no button ends the program or lets answers go without asking.
class AssessmentWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentWizard)

public:
    enum PageId { Page_Welcome = 0, Page_FirstQuestions = 10, Page_Review = 90, Page_Result = 91 };

    explicit AssessmentWizard(AssessmentDocument* document, QWidget* parent = nullptr);

    WelcomePage* welcomePage() const;
    ResultPage* resultPage() const;
    StepList* stepList() const { return m_steps; }

    // From the start, goes forward through the pages the answers fill in, up to the first page with
    // a question still open, or the review when none is: where an opened or resumed assessment shows.
    void showAnswers();
    // Goes back (keeping every answer) until the page with this id is shown.
    void goBackTo(int pageId);
    // A new check ("Start again", "New check"): first settles unsaved answers (the window asks), then
    // forgets the answers and shows the first page. False when the teacher cancelled.
    bool startAgain();

    // What the window does before unsaved answers are let go: true to go on (saved, or let go).
    using SettleUnsaved = std::function<bool()>;
    void setSettleUnsaved(SettleUnsaved settle) { m_settleUnsaved = std::move(settle); }

public slots:
    // The wizard is the window's content: there is nothing to cancel (Escape lands here).
    void reject() override {}

protected:
    void changeEvent(QEvent* event) override;
    // Enter is Next on every page but the result, or presses the button that has the focus.
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void updateButtons(int pageId);

    AssessmentDocument* const m_document;
    StepList* const m_steps;
    SettleUnsaved m_settleUnsaved;
};

} // namespace codewijzer
