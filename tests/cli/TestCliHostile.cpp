// What a careless script or a hostile file does to codewijzer-cli (issue 17): standard output that
// cannot be written, control characters from a code file, format markers in its texts, and writing
// to a special file.

#include "CliRun.h"
#include "ReadBack.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace codewijzer::test;

namespace {

const QString kAnswers = QStringLiteral("resources/examples/school-news.dunamare.json");

// The example school's code file with one text replaced, written to `dir`.
QString schoolFile(QTemporaryDir& dir, const QByteArray& from, const QByteArray& to)
{
    QFile file(source(QStringLiteral("docs/examples/voorbeeldschool.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains(from)) << from.toStdString();
    text.replace(from, to);
    return writeTemp(dir, QStringLiteral("school.json"), text);
}

#ifdef Q_OS_UNIX
CliRun runWithStdout(const QStringList& arguments, const QString& stdoutFile)
{
    QProcess process;
    process.setStandardOutputFile(stdoutFile);
    process.start(QStringLiteral(CODEWIJZER_CLI), arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), {}, QString::fromUtf8(process.readAllStandardError())};
}
#endif

} // namespace

#ifdef Q_OS_UNIX // /dev/full, /dev/stdout and named pipes are Unix files
TEST(CliHostile, AFullStandardOutputIsAnErrorNotASuccess)
{
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("evaluate"), source(kAnswers)}, QStringList{QStringLiteral("verify")},
          QStringList{QStringLiteral("--help")}}) {
        const CliRun run = runWithStdout(arguments, QStringLiteral("/dev/full"));
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("codewijzer-cli: "))) << run.err.toStdString();
        EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
    }
}
#endif

#ifdef Q_OS_UNIX // /dev/full, /dev/stdout and named pipes are Unix files
TEST(CliHostile, DevStdoutAsTheOutputIsStandardOutput)
{
    const CliRun run =
        cli({QStringLiteral("evaluate"), QStringLiteral("--output"), QStringLiteral("/dev/stdout"), source(kAnswers)});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.json().isObject()) << run.out.toStdString();
}
#endif

#ifdef Q_OS_UNIX // /dev/full, /dev/stdout and named pipes are Unix files
TEST(CliHostile, ANamedPipeAsTheOutputIsWrittenToNotReplaced)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("report"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    ASSERT_TRUE(reader.waitForStarted());
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--output"), fifo, source(kAnswers)});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(reader.waitForFinished(30000));
    EXPECT_TRUE(QJsonDocument::fromJson(reader.readAllStandardOutput()).isObject()) << "the reader got the result";
    struct stat info
    {
    };
    ASSERT_EQ(stat(QFile::encodeName(fifo).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode)) << "still a named pipe";
}
#endif

TEST(CliHostile, ControlCharactersFromACodeFileNeverReachTheTerminalRaw)
{
    QTemporaryDir dir;
    const QString code =
        schoolFile(dir, "\"organisation\": \"", "\"organisation\": \"\\u001b]0;pwned\\u0007\\u001b[31m");
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("text"),
                            QStringLiteral("--code-file"), code, source(kAnswers)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QChar(0x1B))) << "no raw escape";
    EXPECT_FALSE(run.out.contains(QChar(0x07))) << "no raw bell";
    EXPECT_TRUE(run.out.contains(QStringLiteral("\\u001b]0;pwned\\u0007"))) << run.out.toStdString();
}

TEST(CliHostile, FormatMarkersInACodeFilesTextsStayAsTheyAre)
{
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    const QString code = schoolFile(dir, "\"organisation\": \"", "\"organisation\": \"%1 %2 ");
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--lang=en"), QStringLiteral("--format=pdf"),
                            QStringLiteral("--output"), pdf, QStringLiteral("--code-file"), code, source(kAnswers)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString report = pdfToText(pdf);
    EXPECT_TRUE(report.contains(QStringLiteral("Codewijzer · %1 %2 "))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("page 1 of "))) << report.toStdString();

    const CliRun handout = cli({QStringLiteral("cases"), QStringLiteral("--lang=en"), QStringLiteral("--format=html"),
                                QStringLiteral("--code-file"), code});
    ASSERT_EQ(handout.exitCode, 0) << handout.err.toStdString();
    EXPECT_TRUE(handout.out.contains(QStringLiteral("2 cases."))) << "the count where it belongs";
    EXPECT_TRUE(handout.out.contains(QStringLiteral("%1 %2 "))) << "and the name as it is";
}

TEST(CliHostile, AnIdWithALineBreakIsRefused)
{
    QTemporaryDir dir;
    const QString code = schoolFile(dir, "\"id\": \"voorbeeldschool\"", "\"id\": \"voorbeeldschool\\n\"");
    const CliRun run =
        cli({QStringLiteral("verify"), QStringLiteral("--lang=en"), QStringLiteral("--code-file"), code});
    expectBadInput(run, QStringLiteral("id: an id uses lower-case letters"));
    EXPECT_TRUE(run.err.contains(QStringLiteral("voorbeeldschool\\n")))
        << "shown, not obeyed: " << run.err.toStdString();
}
