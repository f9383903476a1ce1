#include "rules/DiffEffect.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "rules/RuleIndex.h"

#include <algorithm>
#include <array>
#include <bit>
#include <optional>

namespace codewijzer {

namespace {

using ValueClass = RuleIndex::ValueClass;
using Kind = DiffEffect::Kind;

constexpr int kVerdictSlots = static_cast<int>(kAllVerdicts.size()) + 1;

// Both versions' rules in one list, so that one index tells apart what either version's conditions
// tell apart: the old version's first.
CodeOfConduct merged(const CodeOfConduct& before, const CodeOfConduct& after)
{
    CodeOfConduct both;
    both.rules = before.rules;
    both.rules.insert(both.rules.end(), after.rules.begin(), after.rules.end());
    return both;
}

class EffectWalk
{
public:
    EffectWalk(const CodeOfConduct& before, const CodeOfConduct& after, const RulePairing& pairing,
               const Questionnaire& questionnaire)
        : m_both(merged(before, after))
        , m_questionnaire(questionnaire)
        , m_beforeCount(static_cast<int>(before.rules.size()))
        , m_values(questionnaire.questions().size())
        , m_onPath(m_both.rules.size(), false)
        , m_key(m_both.rules.size())
        , m_balance(m_both.rules.size(), 0)
        , m_partner(m_both.rules.size(), -1)
    {
        RuleIndex index = RuleIndex::of(m_both, questionnaire);
        m_classes = std::move(index.classes);
        m_triggers = std::move(index.triggers);
        // Each activity on its own, so that the activities a change touches can be named.
        m_activity = questionnaire.indexOf(u"activity");
        if (m_activity >= 0) {
            m_classes[static_cast<std::size_t>(m_activity)].clear();
            for (AnswerValue value : questionnaire.question(m_activity).possibleAnswers()) {
                m_classes[static_cast<std::size_t>(m_activity)].push_back({value, 1});
            }
        }
        m_counter.emplace(questionnaire, m_classes);

        std::vector<bool> twin(m_both.rules.size(), false);
        for (int r = 0; r < static_cast<int>(m_both.rules.size()); ++r) {
            m_key[static_cast<std::size_t>(r)] = r;
        }
        for (int r = 0; r < m_beforeCount; ++r) {
            const int paired = pairing.afterOf[static_cast<std::size_t>(r)];
            if (paired < 0) {
                continue;
            }
            const auto a = static_cast<std::size_t>(m_beforeCount) + static_cast<std::size_t>(paired);
            m_key[a] = r;
            m_partner[static_cast<std::size_t>(r)] = static_cast<int>(a);
            m_partner[a] = r;
            if (before.rules[static_cast<std::size_t>(r)].when == after.rules[static_cast<std::size_t>(paired)].when) {
                twin[static_cast<std::size_t>(r)] = twin[a] = true;
            }
        }
        for (std::size_t r = 0; r < twin.size(); ++r) {
            if (!twin[r]) {
                m_differing.push_back(static_cast<int>(r));
            }
        }
        m_best.resize(DiffEffect::kAllKinds.size() * (answer::kMaxOptions + 1) * kVerdictSlots * kVerdictSlots);
    }

    DiffEffect run(int examplesPerKind)
    {
        descend(0, 1, DiffEffect::kNoVerdict, DiffEffect::kNoVerdict, 0);
        for (Kind kind : DiffEffect::kAllKinds) {
            std::vector<const DiffEffect::Example*> found;
            for (const DiffEffect::Example& e : m_best) {
                if (e.size > 0 && e.kind == kind) {
                    found.push_back(&e);
                }
            }
            std::stable_sort(found.begin(), found.end(),
                             [](const auto* x, const auto* y) { return x->size < y->size; });
            // The smallest for each activity first, then the next smallest.
            std::vector<const DiffEffect::Example*> chosen;
            AnswerValue activities = 0;
            for (int pass = 0; pass < 2; ++pass) {
                for (const DiffEffect::Example* e : found) {
                    const AnswerValue activity = m_activity >= 0 ? e->answers[m_activity] : 0;
                    const bool fresh = (activities & activity) == 0;
                    if (static_cast<int>(chosen.size()) < examplesPerKind && (pass == 1) != fresh &&
                        std::find(chosen.begin(), chosen.end(), e) == chosen.end()) {
                        chosen.push_back(e);
                        activities |= activity;
                    }
                }
            }
            for (const DiffEffect::Example* e : chosen) {
                m_effect.examples.push_back(*e);
            }
        }
        return std::move(m_effect);
    }

private:
    bool isBefore(std::size_t rule) const { return static_cast<int>(rule) < m_beforeCount; }

    void descend(int depth, std::uint64_t count, int before, int after, int size)
    {
        if (depth == static_cast<int>(m_values.values.size())) {
            record(count, before, after, size);
            return;
        }
        // Below a "stop" under both versions the verdicts stay; the advice stays other once a piece of
        // it has no counterpart that could still apply, and stays as it is once only rules that both
        // versions have alike could still apply (they add the same advice to both).
        constexpr int stop = severity(Verdict::Stop);
        if (before == stop && after == stop) {
            std::optional<bool> other;
            if (adviceStaysOther(depth)) {
                other = true;
            } else if (!differingRuleMayApply(depth)) {
                other = m_unbalanced[0] != 0;
            }
            if (other) {
                const std::uint64_t below = count * m_counter->below(depth, m_values);
                if (*other) {
                    complete(depth, size);
                }
                record(below, stop, stop, size, *other);
                return;
            }
        }
        const bool asked = m_questionnaire.isAsked(depth, m_values);
        for (const ValueClass& value : walkedValues(m_classes, depth, asked)) {
            m_values[depth] = value.representative;
            const std::size_t mark = m_path.size();
            int beforeHere = before;
            int afterHere = after;
            for (const RuleIndex::Trigger& t : m_triggers[static_cast<std::size_t>(depth)]) {
                const auto r = static_cast<std::size_t>(t.rule);
                if (!m_onPath[r] && t.condition->holds(m_values)) {
                    m_onPath[r] = true;
                    m_path.push_back(t.rule);
                    balance(r, isBefore(r) ? 1 : -1);
                    int& strictest = isBefore(r) ? beforeHere : afterHere;
                    strictest = std::max(strictest, severity(m_both.rules[r].verdict));
                }
            }
            descend(depth + 1, count * value.count, beforeHere, afterHere,
                    size + (asked ? weight(depth, value.representative) : 0));
            while (m_path.size() > mark) {
                const auto r = static_cast<std::size_t>(m_path.back());
                balance(r, isBefore(r) ? -1 : 1);
                m_onPath[r] = false;
                m_path.pop_back();
            }
        }
    }

    // The old version's rules count up, the new one's down, by the advice they give: advice is the
    // same where every count is back at zero. Out-of-scope advice is counted apart, as it is only
    // given where nothing else applies.
    void balance(std::size_t rule, int by)
    {
        int& b = m_balance[static_cast<std::size_t>(m_key[rule])];
        const int was = b;
        b += by;
        m_unbalanced[m_both.rules[rule].verdict == Verdict::OutOfScope ? 1 : 0] +=
            (b != 0 ? 1 : 0) - (was != 0 ? 1 : 0);
    }

    // Whether advice given now (not out of scope) is missing from the other version for good: its
    // counterpart there, if any, cannot apply below.
    bool adviceStaysOther(int depth) const
    {
        if (m_unbalanced[0] == 0) {
            return false;
        }
        return std::any_of(m_path.begin(), m_path.end(), [&](int r) {
            const auto rule = static_cast<std::size_t>(r);
            if (m_both.rules[rule].verdict == Verdict::OutOfScope ||
                m_balance[static_cast<std::size_t>(m_key[rule])] == 0) {
                return false;
            }
            const int partner = m_partner[rule];
            return partner < 0 || !m_both.rules[static_cast<std::size_t>(partner)].when.canHold(
                                      m_values, depth, m_questionnaire.questions());
        });
    }

    bool differingRuleMayApply(int depth) const
    {
        return std::any_of(m_differing.begin(), m_differing.end(), [&](int r) {
            return !m_onPath[static_cast<std::size_t>(r)] &&
                   m_both.rules[static_cast<std::size_t>(r)].when.canHold(m_values, depth, m_questionnaire.questions());
        });
    }

    // How many answers it takes to say: each asked question, each option ticked beyond the first,
    // and "I don't know" once more (an example should show what people choose).
    int weight(int question, AnswerValue value) const
    {
        const Question& q = m_questionnaire.question(question);
        if (value & q.unknownMask()) {
            return 2;
        }
        return q.kind == Question::Kind::Several ? 1 + std::max(0, std::popcount(value) - 1) : 1;
    }

    // Fills in the questions from `depth` on with their smallest answers, for an example of what a
    // count below stands for.
    void complete(int depth, int& size)
    {
        for (int q = depth; q < static_cast<int>(m_values.values.size()); ++q) {
            if (!m_questionnaire.isAsked(q, m_values)) {
                m_values[q] = answer::NotAsked;
                continue;
            }
            const auto& classes = m_classes[static_cast<std::size_t>(q)];
            const auto smallest = std::min_element(classes.begin(), classes.end(), [&](const auto& x, const auto& y) {
                return weight(q, x.representative) < weight(q, y.representative);
            });
            m_values[q] = smallest->representative;
            size += weight(q, smallest->representative);
        }
    }

    void record(std::uint64_t count, int before, int after, int size, std::optional<bool> otherAdvice = std::nullopt)
    {
        m_effect.situations += count;
        m_effect.verdicts[static_cast<std::size_t>(before) + 1][static_cast<std::size_t>(after) + 1] += count;
        std::optional<Kind> kind;
        if (after > before) {
            kind = Kind::Stricter;
            m_effect.stricter += count;
        } else if (after < before) {
            kind = Kind::LessStrict;
            m_effect.lessStrict += count;
        } else if (otherAdvice.value_or(m_unbalanced[before == severity(Verdict::OutOfScope) ? 1 : 0] != 0) &&
                   before != DiffEffect::kNoVerdict) {
            kind = Kind::OtherAdvice;
            m_effect.otherAdvice += count;
        } else {
            m_effect.same += count;
        }
        if (!kind) {
            return;
        }
        const AnswerValue activity = m_activity >= 0 ? m_values[m_activity] : 0;
        m_effect.activities[static_cast<std::size_t>(*kind)] |= activity;
        const int activityIndex = answer::isGiven(activity) && activity != 0 ? std::countr_zero(activity) + 1 : 0;
        DiffEffect::Example& best =
            m_best[((static_cast<std::size_t>(*kind) * (answer::kMaxOptions + 1) + activityIndex) * kVerdictSlots +
                    static_cast<std::size_t>(before + 1)) *
                       kVerdictSlots +
                   static_cast<std::size_t>(after + 1)];
        if (best.size == 0 || size < best.size) {
            best = {*kind, m_values, before, after, std::max(size, 1)};
        }
    }

    const CodeOfConduct m_both;
    const Questionnaire& m_questionnaire;
    const int m_beforeCount;
    Answers m_values;
    std::vector<std::vector<ValueClass>> m_classes;
    std::vector<std::vector<RuleIndex::Trigger>> m_triggers;
    std::optional<CombinationCount> m_counter;
    int m_activity = -1;
    std::vector<bool> m_onPath;
    std::vector<int> m_path;
    std::vector<int> m_key;     // by rule of either version: the advice it gives (paired rules share one)
    std::vector<int> m_balance; // by advice: how many of the old version's rules give it, less the new one's
    std::vector<int> m_partner; // by rule: the rule of the other version that gives the same advice, or -1
    std::array<int, 2> m_unbalanced = {
        0, 0};                    // advice given more by one version than the other: [0] other advice, [1] out of scope
    std::vector<int> m_differing; // rules without a twin of the same condition and advice in the other version
    std::vector<DiffEffect::Example> m_best; // the smallest example by kind, activity and verdicts
    DiffEffect m_effect;
};

} // namespace

std::uint64_t DiffEffect::count(Kind kind) const
{
    switch (kind) {
    case Kind::Stricter:
        return stricter;
    case Kind::LessStrict:
        return lessStrict;
    case Kind::OtherAdvice:
        return otherAdvice;
    }
    return 0;
}

DiffEffect diffEffect(const CodeOfConduct& before, const CodeOfConduct& after, const RulePairing& pairing,
                      const Questionnaire& questionnaire, int examplesPerKind)
{
    return EffectWalk(before, after, pairing, questionnaire).run(examplesPerKind);
}

} // namespace codewijzer
