#pragma once

#include "LocalizedText.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace codewijzer::cli {

// Exit codes of cli.md.
enum ExitCode { Success = 0, ProblemFound = 1, BadInput = 2, BadUsage = 64 };

enum class Format { Json, Text };

struct CommandLine
{
    QString command; // "evaluate", "questions", "articles", "codes", "verify", "help", "version"
    QString code;
    QString codeFile;
    Language language = Language::Dutch;
    Format format = Format::Json;
    QStringList files;
};

// Parses the arguments (without the program name). On bad usage returns nullopt and sets `error`.
std::optional<CommandLine> parseCommandLine(const QStringList& arguments, QString& error);

QString usage();

// The language that --lang asks for, or Dutch, read before the rest is parsed.
Language languageOf(const QStringList& arguments);

} // namespace codewijzer::cli
