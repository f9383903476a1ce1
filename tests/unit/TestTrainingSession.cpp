// The training session as a presenter's remote drives it, without any window: the explicit steps of a
// case (forward and back exactly), the quiz's guess step, Home and End, the choice of cases, the
// session file and the summary after the quiz.

#include "TestData.h"
#include "session/TrainingSession.h"

#include <QFile>
#include <QTemporaryDir>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

using StepKind = TrainingStep::Kind;

std::vector<StepKind> kinds(const TrainingSession& session)
{
    std::vector<StepKind> out;
    for (const TrainingStep& step : session.steps()) {
        out.push_back(step.kind);
    }
    return out;
}

std::unique_ptr<TrainingSession> sessionOn(const char* code, const char* caseId)
{
    auto session = std::make_unique<TrainingSession>(CodeCatalogue::shared());
    EXPECT_TRUE(session->selectCode(CodeSource::builtin(QString::fromLatin1(code))));
    EXPECT_TRUE(session->selectCase(QString::fromLatin1(caseId)));
    return session;
}

} // namespace

TEST(TrainingSteps, ACaseIsTheSituationEachAnswerTheVerdictTheAdviceAndItsArticle)
{
    auto session = sessionOn("dunamare", "klassenfoto-instagram");
    const int asked = session->askedCount();
    ASSERT_GT(asked, 2);
    std::vector<StepKind> expected{StepKind::Situation};
    expected.insert(expected.end(), static_cast<std::size_t>(asked), StepKind::Answer);
    expected.insert(expected.end(), {StepKind::Verdict, StepKind::Advice, StepKind::Article});
    EXPECT_EQ(kinds(*session), expected);
    EXPECT_EQ(session->step(), TrainingStep{StepKind::Situation});
    EXPECT_EQ(session->stepIndex(), 0);

    for (int i = 0; i < asked; ++i) {
        ASSERT_TRUE(session->nextStep());
        EXPECT_EQ(session->step(), (TrainingStep{StepKind::Answer, i}));
        EXPECT_EQ(session->revealedCount(), i + 1);
        EXPECT_FALSE(session->verdictShown());
    }
    ASSERT_TRUE(session->nextStep());
    EXPECT_EQ(session->step().kind, StepKind::Verdict);
    EXPECT_TRUE(session->verdictShown());
    EXPECT_FALSE(session->adviceShown());
    ASSERT_TRUE(session->nextStep());
    EXPECT_TRUE(session->adviceShown());
    EXPECT_FALSE(session->articleShown());
    ASSERT_TRUE(session->nextStep());
    EXPECT_TRUE(session->articleShown());
    EXPECT_TRUE(session->caseComplete());
    const int index = session->caseIndex();
    ASSERT_TRUE(session->nextStep());
    EXPECT_EQ(session->caseIndex(), index + 1) << "after the article: the next case";
    EXPECT_EQ(session->step().kind, StepKind::Situation);
    EXPECT_EQ(session->revealedCount(), 0);
}

TEST(TrainingSteps, PageUpUndoesPageDownExactlyAcrossCases)
{
    auto session = sessionOn("mondia", "whatsapp-groep-klas");
    const int firstCase = session->caseIndex();
    std::vector<std::pair<int, int>> visited; // (case, step)
    for (int i = 0; i < 40; ++i) {
        visited.emplace_back(session->caseIndex(), session->stepIndex());
        ASSERT_TRUE(session->nextStep());
    }
    ASSERT_GT(session->caseIndex(), firstCase + 1) << "the walk crossed at least two cases";
    for (auto it = visited.rbegin(); it != visited.rend(); ++it) {
        ASSERT_TRUE(session->previousStep());
        EXPECT_EQ(std::pair(session->caseIndex(), session->stepIndex()), *it);
    }
}

TEST(TrainingSteps, TheFirstAndLastStepsStopAtTheSessionsEnds)
{
    auto session = sessionOn("dunamare", "klassenfoto-instagram");
    session->showCase(0);
    EXPECT_FALSE(session->previousStep()) << "nothing before the first case's situation";
    session->showCase(static_cast<int>(session->cases().size()) - 1);
    session->lastStep();
    EXPECT_TRUE(session->caseComplete());
    EXPECT_FALSE(session->nextStep()) << "nothing after the last case's last step";
    session->firstStep();
    EXPECT_EQ(session->step().kind, StepKind::Situation);
    EXPECT_FALSE(session->verdictShown());
}

TEST(TrainingSteps, TheQuizWaitsAtTheGuessAndOnlyTheFirstGuessAtACaseAsWrittenCounts)
{
    auto session = sessionOn("mondia", "whatsapp-groep-klas");
    session->setQuiz(true);
    const int asked = session->askedCount();
    const std::vector<StepKind> all = kinds(*session);
    EXPECT_EQ(all[static_cast<std::size_t>(asked) + 1], StepKind::Guess);
    for (int i = 0; i < asked; ++i) {
        ASSERT_TRUE(session->nextStep());
    }
    ASSERT_TRUE(session->nextStep());
    EXPECT_EQ(session->step().kind, StepKind::Guess);
    EXPECT_TRUE(session->waitsForGuess());
    EXPECT_FALSE(session->nextStep()) << "the group chooses first";
    EXPECT_EQ(session->step().kind, StepKind::Guess);
    session->lastStep();
    EXPECT_EQ(session->step().kind, StepKind::Guess) << "End does not skip the guess";

    session->guess(Verdict::Go);
    EXPECT_EQ(session->step().kind, StepKind::Verdict);
    EXPECT_FALSE(session->waitsForGuess());
    EXPECT_EQ(session->guesses(), 1);
    EXPECT_EQ(session->rightGuesses(), 0);
    // Back to the guess: it stands, and Page Down goes on without a second guess.
    ASSERT_TRUE(session->previousStep());
    EXPECT_EQ(session->step().kind, StepKind::Guess);
    EXPECT_FALSE(session->waitsForGuess());
    ASSERT_TRUE(session->nextStep());
    EXPECT_EQ(session->step().kind, StepKind::Verdict);

    // The next case, guessed right; the summary lists both in the session's order.
    while (session->caseIndex() == 0 || session->currentCase()->id == u"whatsapp-groep-klas") {
        if (!session->nextStep()) {
            break;
        }
    }
    session->guess(session->currentCase()->verdict);
    EXPECT_EQ(session->guesses(), 2);
    EXPECT_EQ(session->rightGuesses(), 1);
    const std::vector<QuizRecord> summary = session->quizSummary();
    ASSERT_EQ(summary.size(), 2U);
    EXPECT_EQ(summary[0].caseId, QStringLiteral("whatsapp-groep-klas"));
    EXPECT_FALSE(summary[0].right());
    EXPECT_TRUE(summary[1].right());

    session->clearScore();
    EXPECT_EQ(session->guesses(), 0);
    EXPECT_TRUE(session->quizSummary().empty());
}

TEST(TrainingSteps, AWhatIfChangeKeepsTheStepAndIsNotScored)
{
    auto session = sessionOn("dunamare", "klassenfoto-instagram");
    session->setQuiz(true);
    const Questionnaire& q = session->questionnaire();
    const int consent = q.indexOf(u"consent");
    session->setAnswer(consent, answer::option(q.question(consent).optionIndex(u"explicit")));
    EXPECT_TRUE(session->answersChanged());
    EXPECT_EQ(session->revealedCount(), session->askedCount()) << "every answer shows after a change";
    session->guess(Verdict::Go);
    EXPECT_EQ(session->guesses(), 0) << "only a guess at the case as written counts";
    EXPECT_TRUE(session->verdictShown());
    session->lastStep();
    session->resetAnswers();
    EXPECT_TRUE(session->verdictShown()) << "the step stays where it was";
    EXPECT_EQ(session->evaluation().verdict, Verdict::CheckFirst);
}

TEST(TrainingSteps, ShowTheVerdictRevealsTheWholeCase)
{
    auto session = sessionOn("dunamare", "klassenfoto-instagram");
    session->showVerdict();
    EXPECT_TRUE(session->caseComplete());
    EXPECT_TRUE(session->articleShown());
    EXPECT_EQ(session->revealedCount(), session->askedCount());
}

TEST(TrainingCaseChoice, TheChosenCasesInTheirOrderAreTheSession)
{
    TrainingSession session(CodeCatalogue::shared());
    ASSERT_TRUE(session.selectCode(CodeSource::builtin(QStringLiteral("dunamare"))));
    const std::size_t all = session.allCases().size();
    ASSERT_GE(all, 12U);
    const QStringList chosen{session.allCases()[5].id, session.allCases()[1].id, session.allCases()[9].id};
    ASSERT_TRUE(session.chooseCases(chosen));
    EXPECT_EQ(session.cases().size(), 3U);
    EXPECT_EQ(session.caseIds(), chosen);
    EXPECT_EQ(session.currentCase()->id, chosen[0]);
    EXPECT_EQ(session.allCases().size(), all);
    // The last step of the last chosen case is the session's end.
    session.showCase(2);
    session.lastStep();
    EXPECT_FALSE(session.nextStep());

    EXPECT_FALSE(session.chooseCases({QStringLiteral("no-such-case")}));
    EXPECT_FALSE(session.chooseCases({chosen[0], chosen[0]}));
    EXPECT_EQ(session.caseIds(), chosen) << "a wrong choice changes nothing";
    ASSERT_TRUE(session.chooseCases({}));
    EXPECT_EQ(session.cases().size(), all);
}

TEST(TrainingSessionFiles, ASessionFileRoundTrips)
{
    TrainingSession session(CodeCatalogue::shared());
    ASSERT_TRUE(session.selectCode(CodeSource::builtin(QStringLiteral("mondia"))));
    const QStringList chosen{session.allCases()[3].id, session.allCases()[0].id};
    ASSERT_TRUE(session.chooseCases(chosen));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vandaag.codewijzer-session"));
    QString error;
    ASSERT_TRUE(session.sessionFile().write(path, error)) << error.toStdString();
    const QByteArray written = readFile(path);
    EXPECT_TRUE(written.contains("\"format\": \"codewijzer-session\"")) << written.constData();
    EXPECT_TRUE(written.contains(session.code()->fingerprint.toUtf8()));

    Diagnostics problems;
    const std::optional<TrainingSessionFile> read = TrainingSessionFile::read(path, problems);
    ASSERT_TRUE(read) << (problems.empty() ? std::string() : problems[0].toString().toStdString());
    EXPECT_EQ(read->code, QStringLiteral("mondia"));
    EXPECT_EQ(read->cases, chosen);
    EXPECT_EQ(read->fingerprint, session.code()->fingerprint);

    TrainingSession other(CodeCatalogue::shared());
    ASSERT_TRUE(other.selectCode(CodeSource::builtin(QStringLiteral("dunamare"))));
    QString notice = QStringLiteral("unset");
    ASSERT_TRUE(other.useSessionFile(*read, problems, &notice));
    EXPECT_EQ(other.code()->id, QStringLiteral("mondia")) << "the file's built-in code is selected";
    EXPECT_EQ(other.caseIds(), chosen);
    EXPECT_TRUE(notice.isEmpty()) << notice.toStdString();
}

TEST(TrainingSessionFiles, AWrongSessionFileIsRefusedWithItsPlace)
{
    struct Bad
    {
        const char* json;
        const char* says;
        int line;
    };
    const Bad bad[] = {
        {"{\"format\": \"codewijzer-session\", \"code\": \"dunamare\",\n \"cases\": []}", "at least one case", 2},
        {"{\"format\": \"codewijzer-session\", \"code\": \"dunamare\",\n \"cases\": [\"a\",\n \"a\"]}", "twice", 3},
        {"{\"format\": \"codewijzer-session\", \"code\": \"dunamare\",\n \"cases\": [3]}", "as a string", 2},
        {"{\"format\": \"codewijzer-cases\", \"code\": \"dunamare\", \"cases\": [\"a\"]}", "not a training session", 1},
        {"{\"format\": \"codewijzer-session\", \"cases\": [\"a\"]}", "code", 1},
        {"{\"format\": \"codewijzer-session\", \"code\": \"x\", \"cases\": [\"a\"],\n \"names\": [\"Piet\"]}", "names",
         2},
        {"{\"format\": \"codewijzer-session\",\n \"code\": ", "", 2},
    };
    for (const Bad& b : bad) {
        Diagnostics problems;
        EXPECT_FALSE(TrainingSessionFile::parse(b.json, QStringLiteral("s.json"), problems)) << b.json;
        ASSERT_FALSE(problems.empty()) << b.json;
        EXPECT_TRUE(problems[0].toString().contains(QString::fromLatin1(b.says)))
            << problems[0].toString().toStdString();
        EXPECT_EQ(problems[0].line, b.line) << problems[0].toString().toStdString();
        EXPECT_EQ(problems[0].file, QStringLiteral("s.json"));
    }

    // A case the code lacks: reported at its place, and the session stays as it was.
    Diagnostics problems;
    const auto file = TrainingSessionFile::parse(
        "{\"format\": \"codewijzer-session\", \"code\": \"dunamare\",\n \"cases\": [\"klassenfoto-instagram\",\n "
        "\"verzonnen-casus\"]}",
        QStringLiteral("s.json"), problems);
    ASSERT_TRUE(file);
    TrainingSession session(CodeCatalogue::shared());
    ASSERT_TRUE(session.selectCode(CodeSource::builtin(QStringLiteral("mondia"))));
    EXPECT_FALSE(session.useSessionFile(*file, problems));
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_TRUE(problems[0].toString().contains(u"verzonnen-casus")) << problems[0].toString().toStdString();
    EXPECT_EQ(session.code()->id, QStringLiteral("mondia")) << "nothing changed";

    // An unknown code.
    problems.clear();
    TrainingSessionFile foreign = *file;
    foreign.code = QStringLiteral("elders");
    EXPECT_FALSE(session.useSessionFile(foreign, problems));
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_TRUE(problems[0].toString().contains(u"elders"));
}

TEST(TrainingSessionFiles, AChangedCodeIsNoticed)
{
    TrainingSession session(CodeCatalogue::shared());
    ASSERT_TRUE(session.selectCode(CodeSource::builtin(QStringLiteral("dunamare"))));
    TrainingSessionFile file = session.sessionFile();
    file.cases = QStringList{session.allCases()[0].id};
    file.fingerprint = QStringLiteral("000000000000");
    Diagnostics problems;
    QString notice;
    ASSERT_TRUE(session.useSessionFile(file, problems, &notice));
    EXPECT_FALSE(notice.isEmpty());
}
