#pragma once

#include "model/Answers.h"
#include "model/Verdict.h"
#include "rules/RuleIndex.h"

#include <optional>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// The verdicts still possible for the answers given so far.
struct ReachableVerdicts
{
    unsigned verdicts = 0; // a bit per verdict (by severity)
    int openQuestions = 0; // questions the answers so far ask that have no answer yet

    bool contains(Verdict verdict) const { return (verdicts >> severity(verdict)) & 1U; }
    // The one verdict left, once no remaining answer can change it.
    std::optional<Verdict> settled() const;
};

// Which verdicts a code can still give, over every way the questions still open could be answered:
// an asked question without an answer, and every later question those answers could bring in, with
// "I don't know" among the answers. Exact: it walks the answers the code's conditions tell apart,
// and stops below a point where no rule that has not applied could still change the verdict.
class VerdictReach
{
public:
    VerdictReach(const CodeOfConduct& code, const Questionnaire& questionnaire);

    // `given`: the answers so far, NotAsked where there is none (an answer to a question the others
    // leave unasked does not count).
    ReachableVerdicts of(const Answers& given) const;

private:
    class Walk;

    const CodeOfConduct& m_code;
    const Questionnaire& m_questionnaire;
    RuleIndex m_index;
    std::vector<int> m_rulesByVerdict; // strictest first
};

} // namespace codewijzer
