#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace codewijzer::cli {

// Runs one parsed command; writes its result to `out` and every error or warning, one a line, to
// `err`. Returns the exit code.
int runCommand(const CommandLine& line, QTextStream& out, QTextStream& err);

} // namespace codewijzer::cli
