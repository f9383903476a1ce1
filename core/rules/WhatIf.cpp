#include "rules/WhatIf.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "rules/Evaluator.h"

#include <algorithm>

namespace codewijzer {

namespace {

// Every single change to an asked question's answer (see AnswerChange).
std::vector<AnswerChange> singleChanges(const Questionnaire& questionnaire, const Answers& resolved)
{
    std::vector<AnswerChange> changes;
    for (int q = 0; q < questionnaire.size(); ++q) {
        const Question& question = questionnaire.question(q);
        const AnswerValue current = resolved[q];
        if (current == answer::NotAsked || question.fact) {
            continue;
        }
        const AnswerValue unknownBits = question.unknownMask();
        for (int o = 0; o < static_cast<int>(question.options.size()); ++o) {
            if (o == question.unknownOption) {
                continue;
            }
            const AnswerValue bit = answer::option(o);
            if (question.kind == Question::Kind::One) {
                if (current != bit) {
                    changes.push_back({q, bit});
                }
                continue;
            }
            // From "I don't know", a several-option question starts from none.
            const AnswerValue base = (current & unknownBits) ? AnswerValue{0} : current;
            const AnswerValue toggled = base ^ bit;
            if (std::popcount(toggled) >= question.minSelected && toggled != current) {
                changes.push_back({q, toggled});
            }
        }
    }
    return changes;
}

} // namespace

Answers withChanges(const Answers& given, const std::vector<AnswerChange>& changes)
{
    Answers changed = given;
    for (const AnswerChange& change : changes) {
        changed[change.question] = change.value;
    }
    return changed;
}

std::vector<WhatIfAlternative> whatIf(const CodeOfConduct& code, const Questionnaire& questionnaire,
                                      const Answers& given)
{
    // The answers as the rules see them; unanswered asked questions count as "I don't know".
    const Answers resolved = questionnaire.resolve(given, nullptr, code.asks);
    const int current = severity(evaluate(code, questionnaire, resolved).verdict);
    const auto verdictOf = [&](const std::vector<AnswerChange>& changes) {
        return evaluateGiven(code, questionnaire, withChanges(resolved, changes)).verdict;
    };

    std::vector<WhatIfAlternative> found;
    const std::vector<AnswerChange> singles = singleChanges(questionnaire, resolved);
    std::vector<bool> singleWorks(singles.size(), false);
    for (std::size_t i = 0; i < singles.size(); ++i) {
        const Verdict verdict = verdictOf({singles[i]});
        if (severity(verdict) < current) {
            singleWorks[i] = true;
            found.push_back({{singles[i]}, verdict});
        }
    }
    for (std::size_t i = 0; i < singles.size(); ++i) {
        for (std::size_t j = i + 1; j < singles.size(); ++j) {
            if (singles[i].question == singles[j].question || singleWorks[i] || singleWorks[j]) {
                continue;
            }
            const Verdict verdict = verdictOf({singles[i], singles[j]});
            if (severity(verdict) < current) {
                found.push_back({{singles[i], singles[j]}, verdict});
            }
        }
    }
    // The least strict verdict first, but "not covered" last: a change that takes the plan outside
    // the code ("it is not about school") is seldom what a teacher can do.
    const auto rank = [](Verdict verdict) {
        return verdict == Verdict::OutOfScope ? severity(Verdict::Stop) : severity(verdict);
    };
    std::stable_sort(found.begin(), found.end(), [&](const WhatIfAlternative& a, const WhatIfAlternative& b) {
        if (a.verdict != b.verdict) {
            return rank(a.verdict) < rank(b.verdict);
        }
        return a.changes.size() < b.changes.size();
    });
    return found;
}

} // namespace codewijzer
