#include "Commands.h"

#include <algorithm>

namespace codewijzer::cli {

const std::vector<std::unique_ptr<Command>>& commands()
{
    static const std::vector<std::unique_ptr<Command>> table = [] {
        std::vector<std::unique_ptr<Command>> all;
        all.push_back(makeEvaluateCommand());
        all.push_back(makeQuestionsCommand());
        all.push_back(makeArticlesCommand());
        all.push_back(makeCodesCommand());
        all.push_back(makeCasesCommand());
        all.push_back(makeVerifyCommand());
        all.push_back(makeWhatIfCommand());
        all.push_back(makeCompareCommand());
        all.push_back(makeDiffCommand());
        all.push_back(makeDraftsCommand());
        all.push_back(makeNewCommand());
        return all;
    }();
    return table;
}

const Command* findCommand(QStringView name)
{
    const auto& all = commands();
    const auto found = std::find_if(all.begin(), all.end(), [&](const auto& c) { return c->spec().name == name; });
    return found == all.end() ? nullptr : found->get();
}

QString Command::checkUsage(const CommandLine& /*line*/) const
{
    return {};
}

bool Command::takesFormat(Format format) const
{
    return std::find(m_spec.formats.begin(), m_spec.formats.end(), format) != m_spec.formats.end();
}

} // namespace codewijzer::cli
