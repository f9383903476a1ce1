#include "CommandLine.h"
#include "Commands.h"
#include "Translation.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace codewijzer;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("codewijzer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODEWIJZER_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();

    // The result goes to stdout only once it is complete, so that an error leaves stdout empty.
    QString result;
    QTextStream out(&result);
    QTextStream err(stderr);

    // The language is set before anything is parsed, so that usage errors come in it too.
    useLanguage(cli::languageOf(arguments));
    QString error;
    const std::optional<cli::CommandLine> line = cli::parseCommandLine(arguments, error);
    if (!line) {
        err << "codewijzer-cli: " << error << Qt::endl << Qt::endl << cli::usage();
        return cli::BadUsage;
    }
    const int code = cli::runCommand(*line, out, err);
    if (code == cli::Success || code == cli::ProblemFound) {
        QTextStream(stdout) << result;
    }
    return code;
}
