#pragma once

#include "model/Answers.h"
#include "model/Verdict.h"

#include <vector>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// One piece of advice: the rule that gave it, and the answers that made that rule apply.
struct AdviceItem
{
    int rule = -1;
    Verdict verdict = Verdict::Go;
    std::vector<int> because;              // question indices, ascending
    std::vector<AnswerValue> becauseParts; // beside each: the part of its answer that counts (Condition)
};

struct Evaluation
{
    Verdict verdict = Verdict::OutOfScope;
    bool anyRuleApplied = false;
    std::vector<AdviceItem> advice; // strictest first, then in the code's order
    std::vector<int> articles;      // every article the advice rests on, each once, in the code's order
    std::vector<int> unknown;       // asked questions answered "I don't know"
    Answers answers;                // as the rules saw them (after Questionnaire::resolve)
};

// Answers -> verdict, advice and articles. The strictest verdict of the rules that apply wins;
// out-of-scope advice is only given when nothing else applies.
Evaluation evaluate(const CodeOfConduct& code, const Questionnaire& questionnaire, const Answers& resolved);
// The same for answers as a person gave them (NotAsked where none), resolved as this code asks them:
// a question it never asks is left out of the result's answers.
Evaluation evaluateGiven(const CodeOfConduct& code, const Questionnaire& questionnaire, const Answers& given);

} // namespace codewijzer
