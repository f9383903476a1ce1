#pragma once

#include "Command.h"
#include "catalogue/CodeCatalogue.h"
#include "io/Diagnostic.h"
#include "model/AnswersFile.h"

#include <QJsonValue>
#include <memory>
#include <optional>

namespace codewijzer {
struct PagedDocument;
}

// The steps that several commands share: finding the code, reading the answers, writing the result.
namespace codewijzer::cli {

// The text with every control character (but the line breaks) shown, not sent to the terminal.
QString terminalSafe(const QString& text);

void printError(CommandIo& io, const QString& message);
void printWarning(CommandIo& io, const QString& message);
void printDiagnostics(CommandIo& io, const Diagnostics& problems);
// A JSON value as the commands print it: indented, UTF-8.
QString jsonText(const QJsonValue& value);

// The code the command line names (--code-file, --code, else `fallbackId`), from the catalogue;
// reports and returns null when it cannot be used.
std::shared_ptr<const LoadedCode> loadCode(const CommandLine& line, const QString& fallbackId, CommandIo& io);
// Every built-in code, or those of --codes, in turn; null when one cannot be used (reported).
std::optional<std::vector<std::shared_ptr<const LoadedCode>>> loadCodes(const QStringList& ids, CommandIo& io);

// The answers file the command line names ("-": standard input). `needsCode`: the file or the command
// line has to say which code applies. Reports and returns nullopt on failure.
std::optional<AnswersFile> readAnswers(const CommandLine& line, bool needsCode, CommandIo& io);
// The answers file and the code it is evaluated under (--code, --code-file, else the file's own).
struct AnswersUnderCode
{
    AnswersFile answers;
    std::shared_ptr<const LoadedCode> code;
};
std::optional<AnswersUnderCode> readAnswersUnderCode(const CommandLine& line, CommandIo& io);
// The name an answers file goes by in messages: its path, or <stdin>.
QString answersName(const CommandLine& line);

// Writes a command's result to standard output, or with --output to that file, whole or not at all.
int writeResult(const CommandLine& line, const QString& result, CommandIo& io);
// Writes a paged document (the report, the handout) as a PDF to --output.
int writePdf(const CommandLine& line, const PagedDocument& document, CommandIo& io);
// Writes a paged document's HTML as an OpenDocument text to --output.
int writeOdt(const CommandLine& line, const PagedDocument& document, CommandIo& io);

} // namespace codewijzer::cli
