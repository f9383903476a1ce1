#pragma once

#include "model/Answers.h"
#include "model/Verdict.h"

#include <vector>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// One answer changed: a one-option question gets another option; a several-option question gets one
// option more or fewer.
struct AnswerChange
{
    int question = -1;
    AnswerValue value = answer::NotAsked; // the new answer
};

// A set of changes, and the verdict the code then gives: less strict than the current one.
struct WhatIfAlternative
{
    std::vector<AnswerChange> changes; // in questionnaire order
    Verdict verdict = Verdict::Go;
};

// "What would change this verdict": the smallest sets of changes (one answer, else two) to answers of
// the questions asked that lead to a less strict verdict, found by evaluating the alternatives. A set
// is listed only when no smaller set within it already does so. The facts of the situation (what
// the person wants to do, say: Question::fact) stay as they are, and "I don't know" is never suggested. Ordered least
// strict first ("not covered by the code" last: seldom a change a teacher can make), then by size
// and by question.
std::vector<WhatIfAlternative> whatIf(const CodeOfConduct& code, const Questionnaire& questionnaire,
                                      const Answers& given);

// The answers with the changes made (given answers, as a person would have them).
Answers withChanges(const Answers& given, const std::vector<AnswerChange>& changes);

} // namespace codewijzer
