#include "CommandLine.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "io/SafeWrite.h"
#include "settings/ProgramLanguage.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

using namespace codewijzer;

namespace {

int runCommand(const cli::CommandLine& line, cli::CommandIo& io)
{
    if (line.command == u"help") {
        io.out << cli::usage();
        return cli::Success;
    }
    if (line.command == u"version") {
        io.out << QStringLiteral("codewijzer-cli %1\n").arg(QStringLiteral(CODEWIJZER_VERSION));
        return cli::Success;
    }
    return cli::findCommand(line.command)->run(line, io); // the parser knows only the table's commands
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef Q_OS_WIN
    // The C runtime's text mode turns "\n" into "\r\n" on the way out and stops reading at a Ctrl+Z
    // byte on the way in. The CLI reads and writes the same bytes on every platform, as its --output
    // files do, so that a script's output is the same on Windows and a pipe into jq or a file is exact.
    for (FILE* stream : {stdin, stdout, stderr}) {
        _setmode(_fileno(stream), _O_BINARY);
    }
#endif
    // Fonts for a PDF need a QGuiApplication; on a platform without a display, so the CLI never talks
    // to one.
    std::unique_ptr<QCoreApplication> app;
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i) {
        rawArguments << QString::fromLocal8Bit(argv[i]);
    }
    if (cli::needsGui(rawArguments)) {
#ifdef Q_OS_WIN
        // Offscreen has no fonts on Windows (its FreeType database looks in Qt's lib\fonts, which a
        // deployed program lacks, and the PDF would hold no text): minimal:enable_fonts uses
        // Windows' own font database, as the wizard does.
        qputenv("QT_QPA_PLATFORM", "minimal:enable_fonts");
#else
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        // Qt Gui's own notes (no XDG_RUNTIME_DIR on a server, say) are not the tool's output.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtCriticalMsg || type == QtFatalMsg) {
                QTextStream(stderr) << "codewijzer-cli: " << message << Qt::endl;
            }
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("codewijzer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODEWIJZER_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();

    // The result goes to stdout only once it is complete, so that an error leaves stdout empty.
    QString result;
    QTextStream out(&result);
    QTextStream err(stderr);
    cli::CommandIo io{out, err};

    // The language is set before anything is parsed, so that usage errors come in it too.
    useLanguage(cli::languageOf(arguments));
    QString error;
    const std::optional<cli::CommandLine> line = cli::parseCommandLine(arguments, error);
    if (!line) {
        err << "codewijzer-cli: " << error << Qt::endl << Qt::endl << cli::usage();
        return cli::BadUsage;
    }
    const int code = runCommand(*line, io);
    out.flush();
    if (code != cli::Success && code != cli::ProblemFound) {
        return code;
    }
    // Text for people goes to a terminal: a control character from a code file is shown, not obeyed.
    if (line->format == cli::Format::Text || line->command == u"help") {
        result = cli::terminalSafe(result);
    }
    if (QString writeError; !writeToStream(stdout, result.toUtf8(), writeError)) {
        cli::printError(io, writeError);
        return cli::BadInput;
    }
    return code;
}
