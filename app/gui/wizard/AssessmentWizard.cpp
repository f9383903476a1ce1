#include "wizard/AssessmentWizard.h"

#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "settings/Settings.h"
#include "wizard/QuestionPage.h"
#include "wizard/ResultPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>

namespace codewijzer {

namespace {

// A text of QWizard's own, in the language of Qt's translation (qtbase_nl); not one of ours, so
// deliberately out of lupdate's sight.
QString qtWizardText(const char* source)
{
    return QCoreApplication::translate("QWizard", source);
}

} // namespace

AssessmentWizard::AssessmentWizard(AssessmentDocument* document, QWidget* parent)
    : QWizard(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("assessmentWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1 | QWizard::HaveCustomButton2 |
               QWizard::NoCancelButtonOnLastPage);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::CustomButton2, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("languageButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("startAgainButton"));

    setPage(Page_Welcome, new WelcomePage(document, this));
    const int pages = static_cast<int>(document->questionnaire().pages().size());
    for (int p = 0; p < pages; ++p) {
        setPage(Page_FirstQuestions + p, new QuestionPage(document, p, Page_FirstQuestions, Page_Review, this));
    }
    auto* review = new ReviewPage(document, this);
    setPage(Page_Review, review);
    setPage(Page_Result, new ResultPage(document, this));
    setStartId(Page_Welcome);

    connect(review, &ReviewPage::changeRequested, this, [this](int page) { goBackTo(Page_FirstQuestions + page); });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            settings::switchLanguage();
        } else if (which == QWizard::CustomButton2) {
            startAgain();
        }
    });
    connect(this, &QWizard::currentIdChanged, this, &AssessmentWizard::updateButtons);
    resize(980, 680);
    retranslate();
}

WelcomePage* AssessmentWizard::welcomePage() const
{
    return qobject_cast<WelcomePage*>(page(Page_Welcome));
}

ResultPage* AssessmentWizard::resultPage() const
{
    return qobject_cast<ResultPage*>(page(Page_Result));
}

void AssessmentWizard::showAnswers()
{
    restart();
    while (currentId() != Page_Review && currentId() != Page_Result) {
        const int id = currentId();
        const bool open =
            id >= Page_FirstQuestions && id < Page_Review && m_document->hasOpenQuestionOn(id - Page_FirstQuestions);
        if (open || !currentPage()->isComplete()) {
            return;
        }
        next();
        if (currentId() == id) {
            return; // the page did not let go (validatePage)
        }
    }
}

void AssessmentWizard::goBackTo(int pageId)
{
    while (currentId() != pageId && !visitedIds().isEmpty() && currentId() != startId()) {
        back();
    }
}

void AssessmentWizard::startAgain()
{
    m_document->clear();
    restart();
}

void AssessmentWizard::updateButtons(int pageId)
{
    button(QWizard::CustomButton2)->setVisible(pageId == Page_Result);
}

void AssessmentWizard::retranslate()
{
    setWindowTitle(tr("Codewijzer"));
    // QWizard sets its buttons' texts once; take them from Qt's own translation again.
    setButtonText(QWizard::BackButton, qtWizardText("< &Back"));
    setButtonText(QWizard::NextButton, qtWizardText("&Next >"));
    setButtonText(QWizard::FinishButton, qtWizardText("&Finish"));
    setButtonText(QWizard::CancelButton, qtWizardText("Cancel"));
    // The button offers the other language, named in that language.
    setButtonText(QWizard::CustomButton1,
                  currentLanguage() == Language::Dutch ? QStringLiteral("&English") : QStringLiteral("&Nederlands"));
    button(QWizard::CustomButton1)
        ->setAccessibleName(currentLanguage() == Language::Dutch ? QStringLiteral("Switch to English")
                                                                 : QStringLiteral("Schakel naar Nederlands"));
    setButtonText(QWizard::CustomButton2, tr("&Start again"));
    button(QWizard::CustomButton2)->setAccessibleDescription(tr("Clears every answer and starts from the beginning"));
    updateButtons(currentId());
}

void AssessmentWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

} // namespace codewijzer
