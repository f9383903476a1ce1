#pragma once

#include "model/LocalizedText.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace codewijzer::cli {

// Exit codes of cli.md.
enum ExitCode { Success = 0, ProblemFound = 1, BadInput = 2, BadUsage = 64 };

enum class Format { Json, Text, Html, Pdf };

struct CommandLine
{
    QString command; // "evaluate", "questions", "articles", "codes", "verify", "help", "version"
    QString code;
    QString codeFile;
    Language language = Language::Dutch;
    Format format = Format::Json;
    QStringList codes; // compare: the built-in codes side by side
    QString output;    // a file to write instead of standard output (evaluate only)
    QStringList files;
};

// Whether the command writes a PDF: that needs a QGuiApplication (fonts), the rest Qt Core only.
bool needsGui(const QStringList& arguments);

// Parses the arguments (without the program name). On bad usage returns nullopt and sets `error`.
std::optional<CommandLine> parseCommandLine(const QStringList& arguments, QString& error);

QString usage();

// The language that --lang asks for, or Dutch, read before the rest is parsed.
Language languageOf(const QStringList& arguments);

} // namespace codewijzer::cli
