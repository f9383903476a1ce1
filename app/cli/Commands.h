#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace codewijzer::cli {

// Every command of codewijzer-cli, in the order the help lists them.
const std::vector<std::unique_ptr<Command>>& commands();
const Command* findCommand(QStringView name);

// Each command's own file makes it.
std::unique_ptr<Command> makeEvaluateCommand();
std::unique_ptr<Command> makeQuestionsCommand();
std::unique_ptr<Command> makeArticlesCommand();
std::unique_ptr<Command> makeCodesCommand();
std::unique_ptr<Command> makeCasesCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeWhatIfCommand();
std::unique_ptr<Command> makeCompareCommand();
std::unique_ptr<Command> makeDiffCommand();
std::unique_ptr<Command> makeDraftsCommand();
std::unique_ptr<Command> makeNewCommand();

} // namespace codewijzer::cli
