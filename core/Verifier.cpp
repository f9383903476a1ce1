#include "Verifier.h"

#include "CodeOfConduct.h"
#include "Questionnaire.h"

#include <algorithm>
#include <map>

namespace codewijzer {

namespace {

constexpr std::size_t kMaxExamples = 5;

struct ValueClass
{
    AnswerValue representative;
    std::uint64_t count;
};

struct Trigger
{
    int rule;
    const Condition* condition;
};

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
std::vector<ValueClass> valueClasses(const Question& question, int index, const std::vector<const Condition*>& atoms)
{
    std::map<std::vector<bool>, std::size_t> bySignature;
    std::vector<ValueClass> classes;
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

class Walk
{
public:
    Walk(const CodeOfConduct& code, const Questionnaire& questionnaire)
        : m_code(code)
        , m_questionnaire(questionnaire)
        , m_values(questionnaire.questions().size())
        , m_triggers(questionnaire.questions().size())
        , m_fired(code.rules.size(), false)
        , m_contributed(code.rules.size(), false)
        , m_onPath(code.rules.size(), false)
    {
        const std::size_t n = questionnaire.questions().size();
        std::vector<std::vector<const Condition*>> atoms(n);
        for (const Question& q : questionnaire.questions()) {
            collectAtoms(q.askedWhen, atoms);
        }
        for (std::size_t r = 0; r < code.rules.size(); ++r) {
            const Condition& when = code.rules[r].when;
            collectAtoms(when, atoms);
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
            m_classes.push_back(
                valueClasses(questionnaire.question(static_cast<int>(q)), static_cast<int>(q), atoms[q]));
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
    void addTrigger(int rule, const Condition& condition)
    {
        const std::vector<int> questions = condition.questions();
        const int depth = questions.empty() ? 0 : questions.back();
        m_triggers[static_cast<std::size_t>(depth)].push_back({rule, &condition});
    }

    void descend(int depth, std::uint64_t count, int strictest)
    {
        if (depth == static_cast<int>(m_values.values.size())) {
            leaf(count, strictest);
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
                    m_fired[r] = true;
                    const Verdict v = m_code.rules[r].verdict;
                    if (v != Verdict::OutOfScope) {
                        m_contributed[r] = true; // advice other than out-of-scope is always given
                    }
                    strictestHere = std::max(strictestHere, severity(v));
                }
            }
            descend(depth + 1, count * value.count, strictestHere);
            while (m_path.size() > mark) {
                m_onPath[static_cast<std::size_t>(m_path.back())] = false;
                m_path.pop_back();
            }
        }
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
        bool cites = false;
        for (int r : m_path) {
            const Rule& rule = m_code.rules[static_cast<std::size_t>(r)];
            if (severity(rule.verdict) == severity(Verdict::OutOfScope) && strictest != severity(Verdict::OutOfScope)) {
                continue;
            }
            m_contributed[static_cast<std::size_t>(r)] = true;
            cites = cites || !rule.articles.empty();
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
    VerifyReport m_report;
};

} // namespace

VerifyReport verify(const CodeOfConduct& code, const Questionnaire& questionnaire)
{
    return Walk(code, questionnaire).run();
}

} // namespace codewijzer
