#include "rules/Verifier.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "rules/RuleIndex.h"

#include <algorithm>
#include <map>

namespace codewijzer {

namespace {

constexpr std::size_t kMaxExamples = 5;

using ValueClass = RuleIndex::ValueClass;
using Trigger = RuleIndex::Trigger;

class Walk
{
public:
    Walk(const CodeOfConduct& code, const Questionnaire& questionnaire)
        : m_code(code)
        , m_questionnaire(questionnaire)
        , m_values(questionnaire.questions().size())
        , m_fired(code.rules.size(), false)
        , m_contributed(code.rules.size(), false)
        , m_onPath(code.rules.size(), false)
        , m_unfired(code.rules.size())
    {
        const std::size_t n = questionnaire.questions().size();
        RuleIndex index = RuleIndex::of(code, questionnaire);
        m_classes = std::move(index.classes);
        m_triggers = std::move(index.triggers);
        // For each depth, the earlier questions that decide which later questions are asked.
        m_flowInputs.resize(n + 1);
        m_countMemo.resize(n + 1);
        for (std::size_t d = 0; d <= n; ++d) {
            for (std::size_t later = d; later < n; ++later) {
                for (int q : questionnaire.question(static_cast<int>(later)).askedWhen.questions()) {
                    if (q < static_cast<int>(d)) {
                        m_flowInputs[d].push_back(q);
                    }
                }
            }
            std::sort(m_flowInputs[d].begin(), m_flowInputs[d].end());
            m_flowInputs[d].erase(std::unique(m_flowInputs[d].begin(), m_flowInputs[d].end()), m_flowInputs[d].end());
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
        if (strictest == severity(Verdict::Stop) && m_citingOnPath > 0 && !unfiredRuleMayApply(depth)) {
            const std::uint64_t below = count * combinationsBelow(depth);
            m_report.combinations += below;
            m_report.verdicts[static_cast<std::size_t>(strictest)] += below;
            return;
        }
        static const std::vector<ValueClass> notAsked{{answer::NotAsked, 1}};
        const bool asked = m_questionnaire.isAsked(depth, m_values);
        for (const ValueClass& value : asked ? m_classes[static_cast<std::size_t>(depth)] : notAsked) {
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

    // How many combinations the questions from `depth` on add to the answers given so far.
    std::uint64_t combinationsBelow(int depth)
    {
        if (depth == static_cast<int>(m_values.values.size())) {
            return 1;
        }
        std::vector<AnswerValue> key;
        key.reserve(m_flowInputs[static_cast<std::size_t>(depth)].size());
        for (int q : m_flowInputs[static_cast<std::size_t>(depth)]) {
            key.push_back(m_values[q]);
        }
        auto& memo = m_countMemo[static_cast<std::size_t>(depth)];
        if (const auto it = memo.find(key); it != memo.end()) {
            return it->second;
        }
        std::uint64_t total = 0;
        if (!m_questionnaire.isAsked(depth, m_values)) {
            m_values[depth] = answer::NotAsked;
            total = combinationsBelow(depth + 1);
        } else {
            for (const ValueClass& value : m_classes[static_cast<std::size_t>(depth)]) {
                m_values[depth] = value.representative;
                total += value.count * combinationsBelow(depth + 1);
            }
        }
        memo.emplace(std::move(key), total);
        return total;
    }

    void leaf(std::uint64_t count, int strictest)
    {
        m_report.combinations += count;
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

    void addExample()
    {
        if (m_report.examples.size() < kMaxExamples) {
            m_report.examples.push_back(m_values);
        }
    }

    const CodeOfConduct& m_code;
    const Questionnaire& m_questionnaire;
    Answers m_values;
    std::vector<std::vector<ValueClass>> m_classes;
    std::vector<std::vector<Trigger>> m_triggers; // by the last question they look at
    std::vector<bool> m_fired;
    std::vector<bool> m_contributed;
    std::vector<bool> m_onPath;
    std::vector<int> m_path; // the rules that apply on the way down
    int m_citingOnPath = 0;  // of those, the ones whose advice is given and cites an article
    std::size_t m_unfired = 0;
    std::vector<std::vector<int>> m_flowInputs;
    std::vector<std::map<std::vector<AnswerValue>, std::uint64_t>> m_countMemo;
    VerifyReport m_report;
};

} // namespace

VerifyReport verify(const CodeOfConduct& code, const Questionnaire& questionnaire)
{
    return Walk(code, questionnaire).run();
}

} // namespace codewijzer
