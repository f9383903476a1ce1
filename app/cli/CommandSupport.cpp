#include "CommandSupport.h"

#include "io/DataFile.h"
#include "io/Printable.h"
#include "io/SafeWrite.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace codewijzer::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

} // namespace

QString terminalSafe(const QString& text)
{
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        line = printable(line);
    }
    return lines.join(u'\n');
}

void printError(CommandIo& io, const QString& message)
{
    io.err << "codewijzer-cli: " << Text::tr("error: %1").arg(printable(message)) << Qt::endl;
}

void printWarning(CommandIo& io, const QString& message)
{
    io.err << "codewijzer-cli: " << Text::tr("warning: %1").arg(printable(message)) << Qt::endl;
}

void printDiagnostics(CommandIo& io, const Diagnostics& problems)
{
    for (const Diagnostic& d : problems) {
        printError(io, d.toString());
    }
}

QString jsonText(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

std::shared_ptr<const LoadedCode> loadCode(const CommandLine& line, const QString& fallbackId, CommandIo& io)
{
    const CodeSource source = !line.codeFile.isEmpty()
                                  ? CodeSource::file(line.codeFile)
                                  : CodeSource::builtin(line.code.isEmpty() ? fallbackId : line.code);
    Diagnostics problems;
    std::shared_ptr<const LoadedCode> code = CodeCatalogue::shared().load(source, problems);
    printDiagnostics(io, problems);
    return code;
}

std::optional<std::vector<std::shared_ptr<const LoadedCode>>> loadCodes(const QStringList& ids, CommandIo& io)
{
    std::vector<std::shared_ptr<const LoadedCode>> codes;
    for (const QString& id : ids.isEmpty() ? CodeSource::builtinIds() : ids) {
        CommandLine one;
        one.code = id;
        std::shared_ptr<const LoadedCode> code = loadCode(one, {}, io);
        if (!code) {
            return std::nullopt;
        }
        codes.push_back(std::move(code));
    }
    return codes;
}

QString answersName(const CommandLine& line)
{
    return dataFileName(line.files.first());
}

std::optional<AnswersFile> readAnswers(const CommandLine& line, bool needsCode, CommandIo& io)
{
    const QString name = answersName(line);
    Diagnostics problems;
    const std::optional<QByteArray> bytes = readDataFile(line.files.first(), problems);
    std::optional<AnswersFile> answers =
        bytes ? AnswersFile::parse(*bytes, name, Questionnaire::builtin(), problems) : std::nullopt;
    if (!answers) {
        printDiagnostics(io, problems);
        return std::nullopt;
    }
    if (needsCode && answers->code.isEmpty() && line.code.isEmpty() && line.codeFile.isEmpty()) {
        printError(
            io,
            Text::tr("%1: the answers file names no \"code\"; give one with --code ID or --code-file PATH").arg(name));
        return std::nullopt;
    }
    return answers;
}

std::optional<AnswersUnderCode> readAnswersUnderCode(const CommandLine& line, CommandIo& io)
{
    std::optional<AnswersFile> answers = readAnswers(line, true, io);
    if (!answers) {
        return std::nullopt;
    }
    std::shared_ptr<const LoadedCode> code = loadCode(line, answers->code, io);
    if (!code) {
        return std::nullopt;
    }
    return AnswersUnderCode{std::move(*answers), std::move(code)};
}

int writeResult(const CommandLine& line, const QString& result, CommandIo& io)
{
    if (line.output.isEmpty()) {
        io.out << result;
        return Success;
    }
    QString error;
    if (!writeFileSafely(line.output, result.toUtf8(), error)) {
        printError(io, error);
        return BadInput;
    }
    return Success;
}

int writePdf(const CommandLine& line, const PagedDocument& document, CommandIo& io)
{
    QString error;
    if (!document.writePdf(line.output, error)) {
        printError(io, error);
        return BadInput;
    }
    return Success;
}

int writeOdt(const CommandLine& line, const PagedDocument& document, CommandIo& io)
{
    QString error;
    if (!document.writeOdt(line.output, error)) {
        printError(io, error);
        return BadInput;
    }
    return Success;
}

} // namespace codewijzer::cli
