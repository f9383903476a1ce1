#include "rules/RuleIndex.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"

#include <algorithm>
#include <map>

namespace codewijzer {

namespace {

void collectAtoms(const Condition& c, std::vector<std::vector<const Condition*>>& atoms)
{
    if (c.isAtom()) {
        atoms[static_cast<std::size_t>(c.question)].push_back(&c);
    }
    for (const Condition& child : c.children) {
        collectAtoms(child, atoms);
    }
}

// Every value a question can take when asked, grouped by what the conditions that look at it see.
std::vector<RuleIndex::ValueClass> valueClasses(const Question& question, int index,
                                                const std::vector<const Condition*>& atoms)
{
    std::map<std::vector<bool>, std::size_t> bySignature;
    std::vector<RuleIndex::ValueClass> classes;
    Answers probe(static_cast<std::size_t>(index) + 1);
    for (AnswerValue value : question.possibleAnswers()) {
        probe[index] = value;
        std::vector<bool> signature;
        signature.reserve(atoms.size());
        for (const Condition* atom : atoms) {
            signature.push_back(atom->holds(probe));
        }
        const auto [it, inserted] = bySignature.try_emplace(std::move(signature), classes.size());
        if (inserted) {
            classes.push_back({value, 1});
        } else {
            ++classes[it->second].count;
        }
    }
    return classes;
}

bool toldApart(const Question& question, int index, const std::vector<const Condition*>& atoms)
{
    return valueClasses(question, index, atoms).size() > 1;
}

} // namespace

RuleIndex RuleIndex::of(const CodeOfConduct& code, const Questionnaire& questionnaire)
{
    const std::size_t n = questionnaire.questions().size();
    RuleIndex index;
    index.triggers.resize(n);
    std::vector<std::vector<const Condition*>> atoms(n);
    std::vector<std::vector<const Condition*>> ruleAtoms(n);
    for (const Question& q : questionnaire.questions()) {
        collectAtoms(q.askedWhen, atoms);
    }
    const auto addTrigger = [&](int rule, const Condition& condition) {
        const std::vector<int> questions = condition.questions();
        const int depth = questions.empty() ? 0 : questions.back();
        index.triggers[static_cast<std::size_t>(depth)].push_back({rule, &condition});
    };
    for (std::size_t r = 0; r < code.rules.size(); ++r) {
        const Condition& when = code.rules[r].when;
        collectAtoms(when, atoms);
        collectAtoms(when, ruleAtoms);
        // The branches of a top-level "any" are tested separately, each as soon as it can be.
        if (when.op == Condition::Op::Any) {
            for (const Condition& branch : when.children) {
                addTrigger(static_cast<int>(r), branch);
            }
        } else {
            addTrigger(static_cast<int>(r), when);
        }
    }
    for (std::size_t q = 0; q < n; ++q) {
        index.classes.push_back(
            valueClasses(questionnaire.question(static_cast<int>(q)), static_cast<int>(q), atoms[q]));
        index.toldApartByRules.push_back(
            toldApart(questionnaire.question(static_cast<int>(q)), static_cast<int>(q), ruleAtoms[q]));
    }
    return index;
}

const std::vector<RuleIndex::ValueClass>& walkedValues(const std::vector<std::vector<RuleIndex::ValueClass>>& classes,
                                                       int question, bool asked)
{
    static const std::vector<RuleIndex::ValueClass> notAsked{{answer::NotAsked, 1}};
    return asked ? classes[static_cast<std::size_t>(question)] : notAsked;
}

CombinationCount::CombinationCount(const Questionnaire& questionnaire,
                                   const std::vector<std::vector<RuleIndex::ValueClass>>& classes)
    : m_questionnaire(questionnaire)
    , m_classes(classes)
{
    const std::size_t n = questionnaire.questions().size();
    m_flowInputs.resize(n + 1);
    m_memo.resize(n + 1);
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

std::uint64_t CombinationCount::below(int depth, Answers& values)
{
    if (depth == static_cast<int>(values.values.size())) {
        return 1;
    }
    std::vector<AnswerValue> key;
    key.reserve(m_flowInputs[static_cast<std::size_t>(depth)].size());
    for (int q : m_flowInputs[static_cast<std::size_t>(depth)]) {
        key.push_back(values[q]);
    }
    auto& memo = m_memo[static_cast<std::size_t>(depth)];
    if (const auto it = memo.find(key); it != memo.end()) {
        return it->second;
    }
    std::uint64_t total = 0;
    if (!m_questionnaire.isAsked(depth, values)) {
        values[depth] = answer::NotAsked;
        total = below(depth + 1, values);
    } else {
        for (const RuleIndex::ValueClass& value : m_classes[static_cast<std::size_t>(depth)]) {
            values[depth] = value.representative;
            total += value.count * below(depth + 1, values);
        }
    }
    memo.emplace(std::move(key), total);
    return total;
}

} // namespace codewijzer
