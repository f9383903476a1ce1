#include "rules/Evaluator.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"

#include <algorithm>

namespace codewijzer {

Evaluation evaluateGiven(const CodeOfConduct& code, const Questionnaire& questionnaire, const Answers& given)
{
    return evaluate(code, questionnaire, questionnaire.resolve(given, nullptr, code.asks));
}

Evaluation evaluate(const CodeOfConduct& code, const Questionnaire& questionnaire, const Answers& resolved)
{
    Evaluation result;
    result.answers = resolved;

    std::vector<int> applied;
    for (std::size_t r = 0; r < code.rules.size(); ++r) {
        if (code.rules[r].when.holds(resolved)) {
            applied.push_back(static_cast<int>(r));
            result.verdict = std::max(result.verdict, code.rules[r].verdict);
        }
    }
    result.anyRuleApplied = !applied.empty();

    std::vector<bool> cited(code.articles.size(), false);
    for (int r : applied) {
        const Rule& rule = code.rules[static_cast<std::size_t>(r)];
        if (rule.verdict == Verdict::OutOfScope && result.verdict != Verdict::OutOfScope) {
            continue;
        }
        AdviceItem item{r, rule.verdict, {}, {}};
        std::vector<std::pair<int, AnswerValue>> parts;
        rule.when.collectReasonParts(resolved, parts);
        // A "not" may name a question that was not asked; it is no reason a person can read.
        std::erase_if(parts, [&](const auto& part) { return resolved[part.first] == answer::NotAsked; });
        std::sort(parts.begin(), parts.end());
        for (const auto& [q, part] : parts) {
            if (!item.because.empty() && item.because.back() == q) {
                item.becauseParts.back() |= part;
            } else {
                item.because.push_back(q);
                item.becauseParts.push_back(part);
            }
        }
        result.advice.push_back(std::move(item));
        for (int a : rule.articles) {
            cited[static_cast<std::size_t>(a)] = true;
        }
    }
    std::stable_sort(result.advice.begin(), result.advice.end(),
                     [](const AdviceItem& a, const AdviceItem& b) { return a.verdict > b.verdict; });
    // In the code's order, each once: marked rather than sorted, as a thousand rules may each cite
    // a thousand articles.
    for (std::size_t a = 0; a < cited.size(); ++a) {
        if (cited[a]) {
            result.articles.push_back(static_cast<int>(a));
        }
    }

    for (int q = 0; q < questionnaire.size(); ++q) {
        if (resolved[q] != answer::NotAsked && (resolved[q] & questionnaire.question(q).unknownMask())) {
            result.unknown.push_back(q);
        }
    }
    return result;
}

} // namespace codewijzer
