#include "rules/Comparison.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"

namespace codewijzer {

Comparison compare(const std::vector<const CodeOfConduct*>& codes, const Questionnaire& questionnaire,
                   const Answers& given)
{
    Comparison comparison;
    for (const CodeOfConduct* code : codes) {
        Comparison::Result result{code, evaluateGiven(*code, questionnaire, given), {}};
        for (std::size_t i = 0; i < result.evaluation.advice.size(); ++i) {
            if (result.evaluation.advice[i].verdict == result.evaluation.verdict) {
                result.decisive.push_back(static_cast<int>(i));
            }
        }
        comparison.results.push_back(std::move(result));
    }
    for (std::size_t i = 1; i < comparison.results.size(); ++i) {
        if (comparison.results[i].evaluation.verdict != comparison.results[0].evaluation.verdict) {
            comparison.verdictsDiffer = true;
        }
    }
    if (comparison.verdictsDiffer) {
        comparison.strictest = 0;
        for (std::size_t i = 1; i < comparison.results.size(); ++i) {
            if (severity(comparison.results[i].evaluation.verdict) >
                severity(comparison.results[static_cast<std::size_t>(comparison.strictest)].evaluation.verdict)) {
                comparison.strictest = static_cast<int>(i);
            }
        }
    }
    return comparison;
}

} // namespace codewijzer
