#include "rules/Reachability.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"

#include <algorithm>

namespace codewijzer {

namespace {

constexpr unsigned kAllVerdictBits = (1U << kAllVerdicts.size()) - 1;

} // namespace

std::optional<Verdict> ReachableVerdicts::settled() const
{
    if (std::popcount(verdicts) != 1) {
        return std::nullopt;
    }
    return kAllVerdicts[static_cast<std::size_t>(std::countr_zero(verdicts))];
}

class VerdictReach::Walk
{
public:
    Walk(const VerdictReach& reach, const Answers& given)
        : m_reach(reach)
        , m_code(reach.m_code)
        , m_questions(reach.m_questionnaire.questions())
        , m_given(given)
        , m_values(m_questions.size())
        , m_onPath(m_code.rules.size(), false)
    {}

    unsigned run()
    {
        descend(0, -1);
        return m_found;
    }

private:
    void descend(int depth, int strictest)
    {
        if (m_found == kAllVerdictBits) {
            return;
        }
        const int lo = std::max(strictest, severity(Verdict::OutOfScope));
        if (depth == static_cast<int>(m_values.values.size())) {
            m_found |= 1U << lo;
            return;
        }
        // Verdicts only get stricter on the way down: below here a leaf gets `lo`, or the verdict of
        // a rule that has not applied yet but still could. Nothing new below: no need to look.
        const unsigned possible = (1U << lo) | stillPossible(depth, lo);
        if ((possible & ~m_found) == 0) {
            return;
        }
        if (possible == (1U << lo)) {
            m_found |= possible;
            return;
        }
        static const std::vector<RuleIndex::ValueClass> notAsked{{answer::NotAsked, 1}};
        const auto index = static_cast<std::size_t>(depth);
        std::vector<RuleIndex::ValueClass> fixed;
        const std::vector<RuleIndex::ValueClass>* values = &notAsked;
        if (m_code.asks[index] && m_questions[index].askedWhen.holds(m_values)) {
            if (m_given[depth] != answer::NotAsked) {
                fixed.push_back({m_given[depth], 1});
                values = &fixed;
            } else {
                values = &m_reach.m_index.classes[index];
            }
        }
        for (const RuleIndex::ValueClass& value : *values) {
            m_values[depth] = value.representative;
            const std::size_t mark = m_path.size();
            int strictestHere = strictest;
            for (const RuleIndex::Trigger& t : m_reach.m_index.triggers[index]) {
                const auto r = static_cast<std::size_t>(t.rule);
                if (!m_onPath[r] && t.condition->holds(m_values)) {
                    m_onPath[r] = true;
                    m_path.push_back(t.rule);
                    strictestHere = std::max(strictestHere, severity(m_code.rules[r].verdict));
                }
            }
            descend(depth + 1, strictestHere);
            while (m_path.size() > mark) {
                m_onPath[static_cast<std::size_t>(m_path.back())] = false;
                m_path.pop_back();
            }
        }
        m_values[depth] = answer::NotAsked;
    }

    // The verdicts above `lo` of rules that have not applied yet and could still (bits): for each
    // verdict, the first rule found that could is enough.
    unsigned stillPossible(int depth, int lo) const
    {
        unsigned possible = 0;
        for (int r : m_reach.m_rulesByVerdict) {
            const Rule& rule = m_code.rules[static_cast<std::size_t>(r)];
            const int v = severity(rule.verdict);
            if (v <= lo) {
                break;
            }
            const unsigned bit = 1U << v;
            if (!(possible & bit) && !m_onPath[static_cast<std::size_t>(r)] &&
                rule.when.canHold(m_values, depth, m_questions)) {
                possible |= bit;
            }
        }
        return possible;
    }

    const VerdictReach& m_reach;
    const CodeOfConduct& m_code;
    const std::vector<Question>& m_questions;
    const Answers& m_given;
    Answers m_values;
    std::vector<bool> m_onPath;
    std::vector<int> m_path;
    unsigned m_found = 0;
};

VerdictReach::VerdictReach(const CodeOfConduct& code, const Questionnaire& questionnaire)
    : m_code(code)
    , m_questionnaire(questionnaire)
    , m_index(RuleIndex::of(code, questionnaire))
{
    for (std::size_t r = 0; r < code.rules.size(); ++r) {
        m_rulesByVerdict.push_back(static_cast<int>(r));
    }
    std::stable_sort(m_rulesByVerdict.begin(), m_rulesByVerdict.end(), [&](int a, int b) {
        return severity(code.rules[static_cast<std::size_t>(a)].verdict) >
               severity(code.rules[static_cast<std::size_t>(b)].verdict);
    });
}

ReachableVerdicts VerdictReach::of(const Answers& given) const
{
    ReachableVerdicts result;
    result.verdicts = Walk(*this, given).run();
    const Answers resolved = m_questionnaire.resolve(given, nullptr, m_code.asks);
    for (int q = 0; q < m_questionnaire.size(); ++q) {
        if (resolved[q] != answer::NotAsked && given[q] == answer::NotAsked) {
            ++result.openQuestions;
        }
    }
    return result;
}

} // namespace codewijzer
