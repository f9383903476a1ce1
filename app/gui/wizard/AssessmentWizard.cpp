#include "wizard/AssessmentWizard.h"

#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "settings/Settings.h"
#include "wizard/QuestionPage.h"
#include "wizard/ResultPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/StepList.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QPushButton>
#include <QStyle>

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
    , m_steps(new StepList(document, this))
{
    setObjectName(QStringLiteral("assessmentWizard"));
    setWizardStyle(QWizard::ModernStyle);
    // No Cancel and no Finish: the window's own close asks about unsaved answers; the result page
    // ends on its next steps. "Start again" stands apart from Back, at the left.
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1 | QWizard::HaveCustomButton2 |
               QWizard::NoCancelButton | QWizard::NoDefaultButton);
    setButtonLayout(
        {QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton});
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("languageButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("startAgainButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    setSideWidget(m_steps);

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
    connect(welcomePage(), &WelcomePage::resumeOfferChanged, this, [this] { updateButtons(currentId()); });
    connect(this, &QWizard::currentIdChanged, m_steps, &StepList::showPage);
    // A code read again (live reload): the review and the result show what it makes of the answers.
    connect(m_document, &AssessmentDocument::codeChanged, this, [this] {
        if (currentId() == Page_Review || currentId() == Page_Result) {
            currentPage()->initializePage();
        }
    });
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
    // Whether a page has a question the answers leave open is asked before the page is shown: showing
    // it may fill in a suggested answer, and the teacher should see that suggestion, not skip past it.
    const auto hasOpenQuestion = [this](int id) {
        return id >= Page_FirstQuestions && id < Page_Review && m_document->hasOpenQuestionOn(id - Page_FirstQuestions);
    };
    restart();
    if (hasOpenQuestion(currentId())) {
        return;
    }
    while (currentId() != Page_Review && currentId() != Page_Result) {
        const int id = currentId();
        if (!currentPage()->isComplete()) {
            return;
        }
        const bool stopThere = hasOpenQuestion(nextId());
        next();
        if (currentId() == id || stopThere) {
            return; // the page did not let go (validatePage), or the next one is the first with an open question
        }
    }
}

void AssessmentWizard::goBackTo(int pageId)
{
    while (currentId() != pageId && !visitedIds().isEmpty() && currentId() != startId()) {
        back();
    }
}

bool AssessmentWizard::startAgain()
{
    if (m_settleUnsaved && !m_settleUnsaved()) {
        return false;
    }
    m_document->clear();
    m_document->reloadCode(); // the school's file as it is now; a broken edit keeps the last good code
    restart();
    return true;
}

void AssessmentWizard::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter || event->modifiers() != Qt::NoModifier) {
        QWizard::keyPressEvent(event);
        return;
    }
    if (auto* focused = qobject_cast<QPushButton*>(QApplication::focusWidget()); focused && isAncestorOf(focused)) {
        focused->click(); // the button the teacher moved to, such as "Resume"
        return;
    }
    if (currentId() != Page_Result && button(QWizard::NextButton)->isEnabled()) {
        next();
    }
}

void AssessmentWizard::updateButtons(int pageId)
{
    QAbstractButton* again = button(QWizard::CustomButton2);
    again->setVisible(pageId != Page_Welcome);
    // On the result the next step is a new check: the main button there, "Start again" elsewhere.
    const bool onResult = pageId == Page_Result;
    again->setText(onResult ? tr("New &assessment") : tr("&Start again"));
    again->setProperty("primary", onResult);
    button(QWizard::NextButton)->setText(pageId == Page_Review ? tr("Show the ve&rdict") : qtWizardText("&Next >"));
    // One main button on a page: with answers on offer to go on with, that is "Go on" itself.
    const bool resumeOffered = pageId == Page_Welcome && welcomePage()->isResumeOffered();
    button(QWizard::NextButton)->setProperty("primary", !resumeOffered);
    for (QAbstractButton* b : {again, button(QWizard::NextButton)}) {
        b->style()->unpolish(b);
        b->style()->polish(b);
    }
}

void AssessmentWizard::retranslate()
{
    setWindowTitle(tr("Codewijzer"));
    // QWizard sets its buttons' texts once; take them from Qt's own translation again.
    setButtonText(QWizard::BackButton, qtWizardText("< &Back"));
    setButtonText(QWizard::NextButton, qtWizardText("&Next >"));
    // The button offers the other language, named in that language. Its shortcut letter is one that
    // no other button or menu of the window takes (TestWindowExtras checks every page).
    setButtonText(QWizard::CustomButton1,
                  currentLanguage() == Language::Dutch ? QStringLiteral("En&glish") : QStringLiteral("Neder&lands"));
    button(QWizard::CustomButton1)
        ->setAccessibleName(currentLanguage() == Language::Dutch ? QStringLiteral("Switch to English")
                                                                 : QStringLiteral("Schakel naar Nederlands"));
    button(QWizard::CustomButton2)
        ->setAccessibleDescription(tr("Starts a new assessment; asks first when your answers are not saved"));
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
