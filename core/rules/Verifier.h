#pragma once

#include "io/Diagnostic.h"
#include "model/Answers.h"
#include "model/Verdict.h"

#include <array>
#include <cstdint>
#include <vector>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

struct VerifyReport
{
    std::uint64_t combinations = 0;
    std::array<std::uint64_t, kAllVerdicts.size()> verdicts{};
    std::uint64_t withoutVerdict = 0; // no rule applies
    std::uint64_t withoutArticle = 0; // the advice cites no article
    std::vector<Answers> examples;    // a few of the combinations with a problem
    std::vector<int> unreachedArticles;
    std::vector<int> unfiredRules;
    int cases = 0;            // training cases checked against the rules (verifyWithCases)
    Diagnostics caseProblems; // a case whose file is damaged or whose expectation the rules do not give
    // With their place in the code file (verifyWithCases): a rule that never applies, an article that
    // no combination cites and that gives no "notCited" reason.
    Diagnostics codeProblems;

    bool ok() const
    {
        return withoutVerdict == 0 && withoutArticle == 0 && caseProblems.empty() && codeProblems.empty();
    }
};

// Walks every combination of answers that the questionnaire can produce (following "askedWhen",
// "I don't know" included) and reports what the code's rules make of them.
//
// Answers that no condition tells apart are walked once and counted with their number (the five
// "audience" sets that include "pupils" but not "parents", say, when rules only ask about those
// two), and each rule is tested once its last question is answered, so that the walk stays fast
// while the counts are those of every single combination.
VerifyReport verify(const CodeOfConduct& code, const Questionnaire& questionnaire);

} // namespace codewijzer
