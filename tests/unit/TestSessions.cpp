// The models the windows show, without any window or QApplication: the assessment document (its
// code, answers, file and recovery file) and the training session (reveal, quiz, what-if).

#include "TestData.h"
#include "session/AssessmentDocument.h"
#include "session/TrainingSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

class Sessions : public testing::Test
{
protected:
    void SetUp() override
    {
        // A folder of this process's own: ctest runs tests in parallel processes.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(
            QStringLiteral("Codewijzer-tests-%1").arg(QCoreApplication::applicationPid()));
        QCoreApplication::setApplicationName(QStringLiteral("core-tests"));
        QDir(Recovery::folder()).removeRecursively();
    }
    void TearDown() override { QDir(Recovery::folder()).removeRecursively(); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Sessions, ADocumentStartsUnderTheFirstBuiltInCodeWithNoAnswers)
{
    AssessmentDocument document;
    ASSERT_TRUE(document.code());
    EXPECT_EQ(document.codeSource(), CodeCatalogue::builtins().front());
    EXPECT_FALSE(document.hasAnyAnswer());
    EXPECT_FALSE(document.isModified());
}

TEST_F(Sessions, AnAnswerIsKeptInTheRecoveryFileAndSavingClearsTheUnsavedMark)
{
    AssessmentDocument document;
    const Questionnaire& q = document.questionnaire();
    ASSERT_TRUE(document.useCode(CodeSource::builtin(QStringLiteral("mondia"))));
    int changes = 0;
    QObject::connect(&document, &AssessmentDocument::fileStateChanged, [&] { ++changes; });
    document.setGiven(classPhotoUnder16("explicit"));
    EXPECT_TRUE(document.isModified());
    EXPECT_GT(changes, 0);
    const auto kept = Recovery::read(document.recoveryPath(), q);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->answers.given, document.given());
    EXPECT_EQ(kept->source, CodeSource::builtin(QStringLiteral("mondia")));

    const QString path = m_dir.filePath(QStringLiteral("photo.codewijzer"));
    QString error;
    ASSERT_TRUE(document.save(path, error)) << error.toStdString();
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.filePath(), path);

    AssessmentDocument other;
    QString problem;
    QString notice;
    ASSERT_TRUE(other.open(path, problem, notice)) << problem.toStdString();
    EXPECT_TRUE(notice.isEmpty());
    EXPECT_EQ(other.given(), document.given());
    EXPECT_EQ(other.codeSource(), CodeSource::builtin(QStringLiteral("mondia")));
    EXPECT_FALSE(other.isModified());
}

TEST_F(Sessions, ABrokenCodeFileKeepsTheCodeThatApplied)
{
    AssessmentDocument document;
    const CodeSource before = document.codeSource();
    Diagnostics problems;
    EXPECT_FALSE(document.useCode(
        CodeSource::file(sourcePath(QStringLiteral("tests/data/malformed/unknown-option.json"))), &problems));
    EXPECT_FALSE(problems.empty());
    EXPECT_EQ(document.codeSource(), before);
}

TEST_F(Sessions, TwoDocumentsNeverShareARecoveryFile)
{
    AssessmentDocument first;
    AssessmentDocument second;
    first.setGiven(classPhotoUnder16("none"));
    second.setGiven(classPhotoUnder16("explicit"));
    EXPECT_NE(first.recoveryPath(), second.recoveryPath());
    EXPECT_FALSE(second.findLeftover()) << "the other one is still running";
    const Questionnaire& q = first.questionnaire();
    EXPECT_EQ(Recovery::read(first.recoveryPath(), q)->answers.given, first.given());
    EXPECT_EQ(Recovery::read(second.recoveryPath(), q)->answers.given, second.given());
}

TEST_F(Sessions, WhatADocumentLeftIsOfferedAndTakenUp)
{
    QString leftPath;
    Answers leftAnswers;
    {
        auto* gone = new AssessmentDocument; // never closed: as in a crash, only the lock is let go here
        gone->useCode(CodeSource::builtin(QStringLiteral("mondia")));
        gone->setGiven(classPhotoUnder16("enrolment_only"));
        leftPath = gone->recoveryPath();
        leftAnswers = gone->given();
        delete gone;
    }
    ASSERT_TRUE(QFile::exists(leftPath));
    AssessmentDocument next;
    const auto leftover = next.findLeftover();
    ASSERT_TRUE(leftover);
    EXPECT_EQ(leftover->path, leftPath);
    EXPECT_EQ(leftover->answerCount, 10);
    QString problem;
    ASSERT_TRUE(next.resume(*leftover, problem)) << problem.toStdString();
    EXPECT_EQ(next.given(), leftAnswers);
    EXPECT_EQ(next.codeSource(), CodeSource::builtin(QStringLiteral("mondia")));
    EXPECT_TRUE(next.isModified());
    EXPECT_FALSE(QFile::exists(leftPath)) << "it became this document's own recovery file";
    EXPECT_TRUE(QFile::exists(next.recoveryPath()));
}

TEST_F(Sessions, ForgettingRemovesEveryRecoveryFileAndHalfWrittenCopies)
{
    AssessmentDocument document;
    document.setGiven(classPhotoUnder16("none"));
    const QString copy = document.recoveryPath() + QStringLiteral(".Ab12Cd");
    QFile half(copy);
    ASSERT_TRUE(half.open(QIODevice::WriteOnly));
    half.write("{\"answers\": {");
    half.close();
    document.forget();
    EXPECT_FALSE(document.hasAnyAnswer());
    EXPECT_FALSE(QFile::exists(document.recoveryPath()));
    EXPECT_FALSE(QFile::exists(copy));
}

TEST_F(Sessions, ARecoveryFileThatCannotBeWrittenIsSaidOnceInWords)
{
    // The folder's place taken by a file: nothing can be written there (root ignores permissions).
    QDir().mkpath(QFileInfo(Recovery::folder()).absolutePath());
    QFile blocker(Recovery::folder());
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AssessmentDocument document;
    QStringList reasons;
    QObject::connect(&document, &AssessmentDocument::recoveryFailed, [&](const QString& reason) { reasons << reason; });
    document.setGiven(classPhotoUnder16("none"));
    document.setGiven(classPhotoUnder16("explicit"));
    ASSERT_EQ(reasons.size(), 1) << "once, not at every change";
    EXPECT_TRUE(reasons[0].contains(QDir::toNativeSeparators(Recovery::folder()))) << reasons[0].toStdString();
    QFile::remove(Recovery::folder());
}

TEST_F(Sessions, ATrainingSessionRevealsStepByStepAndScoresTheQuiz)
{
    TrainingSession session(CodeCatalogue::shared());
    ASSERT_TRUE(session.selectCode(CodeSource::builtin(QStringLiteral("mondia"))));
    ASSERT_TRUE(session.selectCase(u"whatsapp-groep-klas"));
    session.setQuiz(true);
    const int asked = session.askedCount();
    ASSERT_GT(asked, 2);
    for (int i = 0; i < asked; ++i) {
        EXPECT_TRUE(session.nextStep());
    }
    EXPECT_EQ(session.revealedCount(), asked);
    EXPECT_TRUE(session.nextStep()) << "the step that waits for the group's guess";
    EXPECT_FALSE(session.nextStep()) << "in a quiz the group chooses first";
    EXPECT_FALSE(session.verdictShown());
    session.guess(session.currentCase()->verdict);
    EXPECT_TRUE(session.verdictShown());
    EXPECT_EQ(session.rightGuesses(), 1);
    const int index = session.caseIndex();
    while (session.caseIndex() == index && session.nextStep()) {
        // the verdict, then the deciding advice and its article: the remote steps through them
    }
    EXPECT_EQ(session.caseIndex(), index + 1);
    EXPECT_EQ(session.revealedCount(), 0);
}

TEST_F(Sessions, AWhatIfChangeInTrainingIsNotScored)
{
    TrainingSession session(CodeCatalogue::shared());
    ASSERT_TRUE(session.selectCode(CodeSource::builtin(QStringLiteral("dunamare"))));
    ASSERT_TRUE(session.selectCase(u"klassenfoto-instagram"));
    const Questionnaire& q = session.questionnaire();
    const int consent = q.indexOf(u"consent");
    session.setAnswer(consent, answer::option(q.question(consent).optionIndex(u"explicit")));
    EXPECT_TRUE(session.answersChanged());
    EXPECT_EQ(session.evaluation().verdict, Verdict::Go);
    session.guess(Verdict::Go);
    EXPECT_EQ(session.guesses(), 0) << "only a guess at the case as written counts";
    session.resetAnswers();
    EXPECT_FALSE(session.answersChanged());
    EXPECT_EQ(session.evaluation().verdict, Verdict::CheckFirst);
}
