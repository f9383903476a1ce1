#pragma once

#include "model/Answers.h"

#include <cstdint>
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

    static RuleIndex of(const CodeOfConduct& code, const Questionnaire& questionnaire);
};

} // namespace codewijzer
