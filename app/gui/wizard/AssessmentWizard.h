#pragma once

#include "model/LocalizedText.h"

#include <QWizard>

namespace codewijzer {

class AssessmentDocument;
class ResultPage;
class WelcomePage;

// The wizard: welcome, the questionnaire's pages (only those with a question to ask), a review of
// the answers and the result. Which page comes next is the core's flow logic.
class AssessmentWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentWizard)

public:
    enum PageId { Page_Welcome = 0, Page_FirstQuestions = 10, Page_Review = 90, Page_Result = 91 };

    explicit AssessmentWizard(AssessmentDocument* document, QWidget* parent = nullptr);

    WelcomePage* welcomePage() const;
    ResultPage* resultPage() const;

    // From the start, goes forward through the pages the answers fill in, up to the first page with
    // a question still open, or the review when none is: where an opened or resumed assessment shows.
    void showAnswers();
    // Goes back (keeping every answer) until the page with this id is shown.
    void goBackTo(int pageId);
    void startAgain();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons(int pageId);

    AssessmentDocument* const m_document;
};

} // namespace codewijzer
