#pragma once

#include "rules/Evaluator.h"

#include <vector>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// The same answers under several codes, side by side: each code's own result, and what differs.
// Codes number their articles each in their own way, so articles are never matched across codes;
// what can differ is the verdict and which of each code's rules decide it.
struct Comparison
{
    struct Result
    {
        const CodeOfConduct* code = nullptr;
        Evaluation evaluation;
        std::vector<int> decisive; // indices into evaluation.advice: the advice as strict as the verdict
    };

    std::vector<Result> results; // in the order the codes were given
    bool verdictsDiffer = false;
    int strictest = -1; // index into results of the strictest verdict, -1 when they agree
};

Comparison compare(const std::vector<const CodeOfConduct*>& codes, const Questionnaire& questionnaire,
                   const Answers& given);

} // namespace codewijzer
