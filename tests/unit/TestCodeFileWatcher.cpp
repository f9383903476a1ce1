// Live reload in the core: the watcher reads the school's code file in use again; a broken edit
// keeps the last good code and holds its problems; a fixed one is used. And the questions a code asks.
#include "TestData.h"
#include "rules/CodeDiff.h"
#include "session/AssessmentDocument.h"
#include "session/CodeFileWatcher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <memory>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

class CodeFileWatching : public testing::Test
{
protected:
    void SetUp() override
    {
        // The watcher's timer and file watch want an application; core_tests has none of its own.
        if (!QCoreApplication::instance()) {
            m_app = std::make_unique<QCoreApplication>(m_argc, m_argv);
        }
        m_text = readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")));
        m_path = m_dir.filePath(QStringLiteral("school.json"));
        write(m_text);
    }

    void write(const QByteArray& text)
    {
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

    QByteArray withVersion(const char* version) const
    {
        QByteArray text = m_text;
        return text.replace("\"version\": \"1.0\"", QByteArray("\"version\": \"") + version + '"');
    }

    int m_argc = 1;
    char m_name[11] = "core_tests";
    char* m_argv[1] = {m_name};
    std::unique_ptr<QCoreApplication> m_app;
    QTemporaryDir m_dir;
    QByteArray m_text;
    QString m_path;
};

} // namespace

TEST_F(CodeFileWatching, ReadsTheFileAgainKeepsTheLastGoodCodeOnProblemsAndTakesTheFix)
{
    CodeCatalogue catalogue(Questionnaire::builtin());
    AssessmentDocument document(catalogue);
    ASSERT_TRUE(document.useCode(CodeSource::file(m_path)));
    document.setAnswer(0, answer::option(0));
    CodeFileWatcher watcher(&document);
    EXPECT_EQ(watcher.path(), CodeSource::file(m_path).name());
    QStringList reloaded;
    int problems = 0;
    QObject::connect(&watcher, &CodeFileWatcher::reloaded, [&](const QString& summary) { reloaded << summary; });
    QObject::connect(&watcher, &CodeFileWatcher::problemsChanged, [&] { ++problems; });

    write(withVersion("1.1")); // the same size: read again all the same
    watcher.check();
    ASSERT_EQ(reloaded.size(), 1);
    EXPECT_EQ(reloaded[0], QStringLiteral("The code file changed: other details changed; your answers are kept."));
    EXPECT_EQ(document.code()->version, QStringLiteral("1.1"));
    EXPECT_EQ(document.answer(0), answer::option(0)) << "the answers stay";

    write(withVersion("1.2\" oops"));
    watcher.check();
    EXPECT_EQ(problems, 1);
    ASSERT_FALSE(watcher.problems().empty());
    EXPECT_GT(watcher.problems().front().line, 0) << watcher.problems().front().toString().toStdString();
    EXPECT_EQ(document.code()->version, QStringLiteral("1.1")) << "the last good code stays in use";
    watcher.check();
    EXPECT_EQ(problems, 1) << "the same problems are not said again";

    write(withVersion("1.3"));
    watcher.check();
    EXPECT_EQ(problems, 2);
    EXPECT_TRUE(watcher.problems().empty());
    EXPECT_EQ(reloaded.size(), 2);
    EXPECT_EQ(document.code()->version, QStringLiteral("1.3"));

    watcher.check(); // nothing changed on disk
    EXPECT_EQ(reloaded.size(), 2);

    ASSERT_TRUE(document.useCode(CodeSource::builtin(QStringLiteral("dunamare"))));
    EXPECT_TRUE(watcher.path().isEmpty()) << "a built-in code is not watched";
}

TEST_F(CodeFileWatching, AChangeOnDiskIsSeenAfterItSettles)
{
    CodeCatalogue catalogue(Questionnaire::builtin());
    AssessmentDocument document(catalogue);
    ASSERT_TRUE(document.useCode(CodeSource::file(m_path)));
    CodeFileWatcher watcher(&document);
    bool reloaded = false;
    QObject::connect(&watcher, &CodeFileWatcher::reloaded, [&] { reloaded = true; });
    write(withVersion("2.0"));
    const QDeadlineTimer deadline(5000);
    while (!reloaded && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    EXPECT_TRUE(reloaded);
    EXPECT_EQ(document.code()->version, QStringLiteral("2.0"));
}

TEST(CodeFileWatcherText, SaysWhatChangedInOneLine)
{
    const auto before = loadedCode(CodeSource::file(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json"))));
    const auto after =
        loadedCode(CodeSource::file(sourcePath(QStringLiteral("tests/data/codes/eight-questions.json"))));
    const CodeDiff diff = diffCodes(*before, *after, Questionnaire::builtin());
    EXPECT_EQ(CodeFileWatcher::describe(diff),
              QStringLiteral("The code file changed: 3 rules, 1 article and other details changed; your answers are "
                             "kept."));
    EXPECT_EQ(CodeFileWatcher::describe(diff, false),
              QStringLiteral("The code file changed: 3 rules, 1 article and other details changed."))
        << "no answers to keep";
    EXPECT_EQ(CodeFileWatcher::describe(diffCodes(*before, *before, Questionnaire::builtin())),
              QStringLiteral("The code file was read again: no rule or article changed; your answers are kept."));
}

TEST(CodeAsks, ACodeThatUsesEightQuestionsAsksExactlyThose)
{
    const auto code = loadedCode(CodeSource::file(sourcePath(QStringLiteral("tests/data/codes/eight-questions.json"))));
    const Questionnaire& q = Questionnaire::builtin();
    QStringList asked;
    for (int i = 0; i < q.size(); ++i) {
        if (code->code.asks[static_cast<std::size_t>(i)]) {
            asked << q.question(i).id;
        }
    }
    EXPECT_EQ(q.size(), 15);
    EXPECT_EQ(asked,
              (QStringList{QStringLiteral("activity"), QStringLiteral("school_related"), QStringLiteral("channel"),
                           QStringLiteral("account"), QStringLiteral("content"), QStringLiteral("pupil_age"),
                           QStringLiteral("consent"), QStringLiteral("during_lesson")}));
}
