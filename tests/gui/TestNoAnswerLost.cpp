// No ordinary button loses an answer: there is no Finish or Cancel, Escape does nothing, and closing,
// starting again or going past answers still on offer first asks what should happen to them.

#include "TestData.h"
#include "WindowFixture.h"
#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFile>
#include <QFrame>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

class NoAnswerLost : public WindowFixture
{
protected:
    // A check answered up to its result, not saved.
    void answerUpToTheResult()
    {
        useCode("mondia");
        m_driver->next();
        m_driver->choose("activity", {"report"});
        m_driver->next();
        m_driver->next();
        ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
        ASSERT_TRUE(m_document->isModified());
        ASSERT_TRUE(QFile::exists(m_document->recoveryPath()));
    }

    // Leaves answers behind as a crash does, and starts anew with the offer to go on with them.
    QString leaveAnswersBehind()
    {
        QString problem;
        QString notice;
        EXPECT_TRUE(m_window->openFile(sourcePath(QStringLiteral("tests/scenarios/friend-request-pupil.mondia.json")),
                                       problem, notice));
        const QString recovery = m_document->recoveryPath();
        m_window.reset();
        makeWindow();
        m_window->offerResume();
        EXPECT_TRUE(m_window->findChild<QFrame*>(QStringLiteral("resumeFrame"))->isVisible());
        return recovery;
    }

    bool hasAnswers() const { return m_document->hasAnyAnswer(); }
};

} // namespace

TEST_F(NoAnswerLost, TheWizardHasNoFinishOrCancelAndEscapeDoesNothing)
{
    answerUpToTheResult();
    AssessmentWizard* wizard = m_window->wizard();
    EXPECT_FALSE(wizard->button(QWizard::FinishButton)->isVisible());
    EXPECT_FALSE(wizard->button(QWizard::CancelButton)->isVisible());
    wizard->setFocus();
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTest::keyClick(wizard, Qt::Key_Return); // Enter on the result is no way out either
    QCoreApplication::processEvents();
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    EXPECT_TRUE(wizard->isVisible());
    EXPECT_TRUE(hasAnswers());
    EXPECT_TRUE(QFile::exists(m_document->recoveryPath()));
}

TEST_F(NoAnswerLost, StartingAgainWithUnsavedAnswersAsksFirst)
{
    answerUpToTheResult();
    int asked = 0;
    m_window->setUnsavedAnswersQuestion([&] {
        ++asked;
        return QMessageBox::Cancel;
    });
    m_driver->control(QStringLiteral("startAgainButton"))->click();
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Result) << "cancel: the result stays, and every answer";
    EXPECT_TRUE(hasAnswers());

    m_window->setUnsavedAnswersQuestion([&] {
        ++asked;
        return QMessageBox::Discard;
    });
    m_driver->control(QStringLiteral("startAgainButton"))->click();
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Welcome);
    EXPECT_FALSE(hasAnswers());
}

TEST_F(NoAnswerLost, StartingAgainAfterSavingAsksNothing)
{
    answerUpToTheResult();
    QString error;
    const QString path = QDir(Recovery::folder()).filePath(QStringLiteral("saved.codewijzer"));
    ASSERT_TRUE(m_window->saveTo(path, error)) << error.toStdString();
    m_window->setUnsavedAnswersQuestion([] {
        ADD_FAILURE() << "nothing is unsaved";
        return QMessageBox::Cancel;
    });
    m_driver->control(QStringLiteral("startAgainButton"))->click();
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Welcome);
    EXPECT_TRUE(QFile::exists(path));
}

TEST_F(NoAnswerLost, ClosingAsksAndCancelKeepsTheWindowAndTheAnswers)
{
    QString problem;
    QString notice;
    ASSERT_TRUE(m_window->openFile(sourcePath(QStringLiteral("tests/scenarios/friend-request-pupil.mondia.json")),
                                   problem, notice));
    m_window->setUnsavedAnswersQuestion([] {
        ADD_FAILURE() << "an opened file is as it was: nothing to ask";
        return QMessageBox::Cancel;
    });
    EXPECT_TRUE(m_window->close());

    makeWindow();
    ASSERT_TRUE(m_window->openFile(sourcePath(QStringLiteral("tests/scenarios/friend-request-pupil.mondia.json")),
                                   problem, notice));
    m_document->setAnswer(m_document->questionnaire().indexOf(u"prior_relationship"), answer::option(0));
    const int page = m_driver->page();
    m_window->setUnsavedAnswersQuestion([] { return QMessageBox::Cancel; });
    EXPECT_FALSE(m_window->close());
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(m_driver->page(), page);
    EXPECT_TRUE(QFile::exists(m_document->recoveryPath()));

    m_window->setUnsavedAnswersQuestion([] { return QMessageBox::Discard; });
    EXPECT_TRUE(m_window->close());
    EXPECT_FALSE(QFile::exists(m_document->recoveryPath())) << "let go when you say so, and only then";
}

TEST_F(NoAnswerLost, NextPastAnswersStillOnOfferAsksWhatHappensToThem)
{
    const QString recovery = leaveAnswersBehind();
    int asked = 0;
    m_window->setPendingResumeQuestion([&] {
        ++asked;
        return MainWindow::PendingResumeChoice::Stay;
    });
    m_driver->next();
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Welcome);
    EXPECT_TRUE(QFile::exists(recovery));

    m_window->setPendingResumeQuestion([] { return MainWindow::PendingResumeChoice::NewCheck; });
    m_driver->next();
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_FirstQuestions);
    EXPECT_FALSE(QFile::exists(recovery)) << "a new assessment, as chosen: those answers are let go";
    EXPECT_FALSE(m_window->findChild<QFrame*>(QStringLiteral("resumeFrame"))->isVisible());
}

TEST_F(NoAnswerLost, NextPastAnswersStillOnOfferCanGoOnWithThem)
{
    leaveAnswersBehind();
    m_window->setPendingResumeQuestion([] { return MainWindow::PendingResumeChoice::Resume; });
    m_driver->next();
    QCoreApplication::processEvents(); // the resume follows once the wizard's own step is done
    EXPECT_EQ(m_document->codeSource().name(), QStringLiteral("mondia"));
    EXPECT_TRUE(hasAnswers());
    EXPECT_NE(m_driver->page(), AssessmentWizard::Page_Welcome);
}
