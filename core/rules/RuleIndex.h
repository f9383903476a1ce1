#pragma once

#include "model/Answers.h"

#include <cstdint>
#include <map>
#include <vector>

namespace codewijzer {

struct CodeOfConduct;
struct Condition;
class Questionnaire;

// What the exhaustive walks over the answers (the verifier, the reachable verdicts) need to know of
// a code: which of a question's answers its conditions can tell apart, and when each rule can be
// tested.
struct RuleIndex
{
    // Answers to one question that no condition tells apart, walked once with their number.
    struct ValueClass
    {
        AnswerValue representative;
        std::uint64_t count;
    };
    // A rule (or one branch of a top-level "any") to test once its last question is answered.
    struct Trigger
    {
        int rule;
        const Condition* condition;
    };

    std::vector<std::vector<ValueClass>> classes; // by question: every answer it can take when asked
    std::vector<std::vector<Trigger>> triggers;   // by the last question they look at
    std::vector<bool> toldApartByRules;           // by question: some rule treats two of its answers differently

    static RuleIndex of(const CodeOfConduct& code, const Questionnaire& questionnaire);
};

// What an exhaustive walk takes at `question`: the classes of its answers when it is asked, else
// "not asked", once.
const std::vector<RuleIndex::ValueClass>& walkedValues(const std::vector<std::vector<RuleIndex::ValueClass>>& classes,
                                                       int question, bool asked);

// How many combinations the questions from a depth on add to the answers before it, remembered by the
// earlier answers that decide which later questions are asked: what an exhaustive walk counts
// without walking below a point where nothing more can change.
class CombinationCount
{
public:
    CombinationCount(const Questionnaire& questionnaire,
                     const std::vector<std::vector<RuleIndex::ValueClass>>& classes);

    // `values` holds the answers before `depth`; those from `depth` on are overwritten.
    std::uint64_t below(int depth, Answers& values);

private:
    const Questionnaire& m_questionnaire;
    const std::vector<std::vector<RuleIndex::ValueClass>>& m_classes;
    std::vector<std::vector<int>> m_flowInputs; // by depth: the earlier questions that decide what is asked later
    std::vector<std::map<std::vector<AnswerValue>, std::uint64_t>> m_memo;
};

} // namespace codewijzer
