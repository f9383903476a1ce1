#include "rules/Verifier.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "rules/RuleIndex.h"

#include <algorithm>
#include <optional>

namespace codewijzer {

namespace {

constexpr std::size_t kMaxExamples = 5;

using ValueClass = RuleIndex::ValueClass;
using Trigger = RuleIndex::Trigger;

class Walk
{
public:
    Walk(const CodeOfConduct& code, const Questionnaire& questionnaire, VerifyDetail detail)
        : m_code(code)
        , m_questionnaire(questionnaire)
        , m_perRule(detail == VerifyDetail::PerRule)
        , m_values(questionnaire.questions().size())
        , m_fired(code.rules.size(), false)
        , m_contributed(code.rules.size(), false)
        , m_onPath(code.rules.size(), false)
        , m_unfired(code.rules.size())
    {
        RuleIndex index = RuleIndex::of(code, questionnaire);
        m_classes = std::move(index.classes);
        m_triggers = std::move(index.triggers);
        m_counter.emplace(questionnaire, m_classes);
        noteQuestions(index.toldApartByRules);
        if (m_perRule) {
            m_report.rules.resize(code.rules.size());
            m_sameAdvice.resize(code.rules.size());
            for (std::size_t r = 0; r < code.rules.size(); ++r) {
                m_sameAdvice[r] = static_cast<int>(r);
                for (std::size_t earlier = 0; earlier < r; ++earlier) {
                    if (sameAdvice(code.rules[earlier], code.rules[r])) {
                        m_sameAdvice[r] = static_cast<int>(earlier);
                        break;
                    }
                }
            }
        }
    }

    VerifyReport run()
    {
        descend(0, 1, -1);
        for (std::size_t r = 0; r < m_code.rules.size(); ++r) {
            if (!m_fired[r]) {
                m_report.unfiredRules.push_back(static_cast<int>(r));
            }
        }
        std::vector<bool> cited(m_code.articles.size(), false);
        for (std::size_t r = 0; r < m_code.rules.size(); ++r) {
            if (m_contributed[r]) {
                for (int a : m_code.rules[r].articles) {
                    cited[static_cast<std::size_t>(a)] = true;
                }
            }
        }
        for (std::size_t a = 0; a < cited.size(); ++a) {
            if (!cited[a]) {
                m_report.unreachedArticles.push_back(static_cast<int>(a));
            }
        }
        for (std::size_t r = 0; r < m_report.rules.size(); ++r) {
            if (m_report.rules[r].applies > 0 && m_report.rules[r].matters == 0) {
                m_report.silentRules.push_back(static_cast<int>(r));
            }
            if (m_code.rules[r].exceptionTo >= 0 && m_report.rules[r].lowers == 0) {
                m_report.idleExceptions.push_back(static_cast<int>(r));
            }
        }
        return std::move(m_report);
    }

private:
    void descend(int depth, std::uint64_t count, int strictest)
    {
        if (depth == static_cast<int>(m_values.values.size())) {
            leaf(count, strictest);
            return;
        }
        // Verdicts only get stricter on the way down: below a "stop" every combination is a "stop"
        // that cites an article. Unless a rule that has not applied anywhere yet could still apply
        // below, counting the combinations is all that is left to do.
        if (!m_perRule && strictest == severity(Verdict::Stop) && m_citingOnPath > 0 && !unfiredRuleMayApply(depth)) {
            const std::uint64_t below = count * m_counter->below(depth, m_values);
            m_report.combinations += below;
            m_report.verdicts[static_cast<std::size_t>(strictest)] += below;
            return;
        }
        const bool asked = m_questionnaire.isAsked(depth, m_values);
        for (const ValueClass& value : walkedValues(m_classes, depth, asked)) {
            m_values[depth] = value.representative;
            const std::size_t mark = m_path.size();
            int strictestHere = strictest;
            for (const Trigger& t : m_triggers[static_cast<std::size_t>(depth)]) {
                const auto r = static_cast<std::size_t>(t.rule);
                if (!m_onPath[r] && t.condition->holds(m_values)) {
                    m_onPath[r] = true;
                    m_path.push_back(t.rule);
                    if (!m_fired[r]) {
                        m_fired[r] = true;
                        --m_unfired;
                    }
                    const Verdict v = m_code.rules[r].verdict;
                    if (v != Verdict::OutOfScope) {
                        m_contributed[r] = true; // advice other than out-of-scope is always given
                        m_citingOnPath += m_code.rules[r].articles.empty() ? 0 : 1;
                    }
                    strictestHere = std::max(strictestHere, severity(v));
                }
            }
            descend(depth + 1, count * value.count, strictestHere);
            while (m_path.size() > mark) {
                const Rule& rule = m_code.rules[static_cast<std::size_t>(m_path.back())];
                if (rule.verdict != Verdict::OutOfScope && !rule.articles.empty()) {
                    --m_citingOnPath;
                }
                m_onPath[static_cast<std::size_t>(m_path.back())] = false;
                m_path.pop_back();
            }
        }
    }

    bool unfiredRuleMayApply(int depth) const
    {
        if (m_unfired == 0) {
            return false;
        }
        for (std::size_t r = 0; r < m_code.rules.size(); ++r) {
            if (!m_fired[r] && m_code.rules[r].when.canHold(m_values, depth, m_questionnaire.questions())) {
                return true;
            }
        }
        return false;
    }

    void leaf(std::uint64_t count, int strictest)
    {
        m_report.combinations += count;
        if (m_perRule) {
            countRules(count, strictest);
        }
        if (strictest < 0) {
            m_report.withoutVerdict += count;
            m_report.withoutArticle += count;
            addExample();
            return;
        }
        m_report.verdicts[static_cast<std::size_t>(strictest)] += count;
        bool cites = m_citingOnPath > 0;
        if (strictest == severity(Verdict::OutOfScope)) {
            // Out-of-scope advice is only given where nothing else applies, as here.
            for (int r : m_path) {
                m_contributed[static_cast<std::size_t>(r)] = true;
                cites = cites || !m_code.rules[static_cast<std::size_t>(r)].articles.empty();
            }
        }
        if (!cites) {
            m_report.withoutArticle += count;
            addExample();
        }
    }

    // The questions the code never asks, and those it asks although no rule tells their answers
    // apart (and no question that matters depends on them).
    void noteQuestions(const std::vector<bool>& toldApartByRules)
    {
        const int n = m_questionnaire.size();
        std::vector<bool> matters(static_cast<std::size_t>(n), false);
        for (int q = n - 1; q >= 0; --q) {
            const auto i = static_cast<std::size_t>(q);
            matters[i] = matters[i] || m_questionnaire.question(q).required || toldApartByRules[i];
            if (matters[i]) {
                for (int earlier : m_questionnaire.question(q).askedWhen.questions()) {
                    matters[static_cast<std::size_t>(earlier)] = true;
                }
            }
        }
        for (int q = 0; q < n; ++q) {
            const auto i = static_cast<std::size_t>(q);
            if (!m_code.asks[i]) {
                m_report.unaskedQuestions.push_back(q);
            } else if (!matters[i]) {
                m_report.questionsNotToldApart.push_back(q);
            }
        }
    }

    static bool sameAdvice(const Rule& a, const Rule& b)
    {
        return a.advice == b.advice && a.headline == b.headline && a.articles == b.articles && a.contacts == b.contacts;
    }

    void countRules(std::uint64_t count, int strictest)
    {
        const auto given = [&](int r) {
            return m_code.rules[static_cast<std::size_t>(r)].verdict != Verdict::OutOfScope ||
                   strictest == severity(Verdict::OutOfScope);
        };
        for (int r : m_path) {
            RuleCount& counts = m_report.rules[static_cast<std::size_t>(r)];
            const int own = severity(m_code.rules[static_cast<std::size_t>(r)].verdict);
            counts.applies += count;
            if (own == strictest) {
                counts.decides += count;
            }
            const int lowered = m_code.rules[static_cast<std::size_t>(r)].exceptionTo;
            if (lowered >= 0 && m_code.rules[static_cast<std::size_t>(lowered)].ownWhen.holds(m_values)) {
                counts.lowers += count;
            }
            if (!given(r)) {
                continue;
            }
            counts.given += count;
            // Another rule given here with the same advice, stricter or (the same verdict) earlier in
            // the code, already says what this one says.
            const bool repeated = std::any_of(m_path.begin(), m_path.end(), [&](int other) {
                const int theirs = severity(m_code.rules[static_cast<std::size_t>(other)].verdict);
                return other != r && given(other) &&
                       m_sameAdvice[static_cast<std::size_t>(other)] == m_sameAdvice[static_cast<std::size_t>(r)] &&
                       (theirs > own || (theirs == own && other < r));
            });
            if (!repeated) {
                counts.matters += count;
            }
        }
    }

    void addExample()
    {
        if (m_report.examples.size() < kMaxExamples) {
            m_report.examples.push_back(m_values);
        }
    }

    const CodeOfConduct& m_code;
    const Questionnaire& m_questionnaire;
    const bool m_perRule;
    Answers m_values;
    std::vector<std::vector<ValueClass>> m_classes;
    std::vector<std::vector<Trigger>> m_triggers; // by the last question they look at
    std::vector<bool> m_fired;
    std::vector<bool> m_contributed;
    std::vector<bool> m_onPath;
    std::vector<int> m_path;       // the rules that apply on the way down
    std::vector<int> m_sameAdvice; // by rule: the first rule with the same advice and articles
    int m_citingOnPath = 0;        // of those, the ones whose advice is given and cites an article
    std::size_t m_unfired = 0;
    std::optional<CombinationCount> m_counter; // over m_classes, once they are known
    VerifyReport m_report;
};

} // namespace

VerifyReport verify(const CodeOfConduct& code, const Questionnaire& questionnaire, VerifyDetail detail)
{
    return Walk(code, questionnaire, detail).run();
}

} // namespace codewijzer
