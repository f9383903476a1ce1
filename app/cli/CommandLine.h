#pragma once

#include "Command.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace codewijzer::cli {

// Whether the command writes a PDF: that needs a QGuiApplication (fonts), the rest Qt Core only.
bool needsGui(const QStringList& arguments);

// Parses the arguments (without the program name) against the commands' table. "--help" and
// "--version" give the commands "help" and "version". On bad usage returns nullopt and sets `error`.
std::optional<CommandLine> parseCommandLine(const QStringList& arguments, QString& error);

// The help, made from the commands' table.
QString usage();

// The language that --lang asks for, or Dutch, read before the rest is parsed.
Language languageOf(const QStringList& arguments);

} // namespace codewijzer::cli
