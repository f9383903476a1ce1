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

// What one rule does over every combination (verify with VerifyDetail::PerRule).
struct RuleCount
{
    std::uint64_t applies = 0; // its "when" holds
    std::uint64_t decides = 0; // it applies and its verdict is the verdict given
    std::uint64_t given = 0;   // its advice is given (out-of-scope advice only where nothing else applies)
    // its advice is given and adds something: no other rule given with it, as strict or stricter,
    // has the same advice and articles
    std::uint64_t matters = 0;
    std::uint64_t lowers = 0; // an exception: it applies where the rule it lowers would apply too
};

enum class VerifyDetail {
    Totals, // the counts over all rules: fast enough to run on every load
    PerRule // also what each rule does: walks every combination one class at a time
};

struct VerifyReport
{
    std::uint64_t combinations = 0;
    std::array<std::uint64_t, kAllVerdicts.size()> verdicts{};
    std::uint64_t withoutVerdict = 0; // no rule applies
    std::uint64_t withoutArticle = 0; // the advice cites no article
    std::vector<Answers> examples;    // a few of the combinations with a problem
    std::vector<int> unreachedArticles;
    std::vector<int> unfiredRules;
    std::vector<RuleCount> rules;           // by rule, with VerifyDetail::PerRule; else empty
    std::vector<int> silentRules;           // with VerifyDetail::PerRule: rules that apply but never matter
    std::vector<int> idleExceptions;        // with VerifyDetail::PerRule: exceptions that never apply, so lower nothing
    std::vector<int> unaskedQuestions;      // questions this code never asks: no answer to them changes anything
    std::vector<int> questionsNotToldApart; // asked, but the rules treat every answer to them alike
    int cases = 0;                          // training cases checked against the rules (verifyWithCases)
    Diagnostics caseProblems;               // a case whose file is damaged or whose expectation the rules do not give
    // With their place in the code file (verifyWithCases): a rule that never applies or never matters,
    // an article that no combination cites and that gives no "notCited" reason.
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
//
// With VerifyDetail::PerRule the walk does not stop early below a "stop" (where every combination
// has its verdict), as each rule's counts need every combination it applies in.
VerifyReport verify(const CodeOfConduct& code, const Questionnaire& questionnaire,
                    VerifyDetail detail = VerifyDetail::Totals);

} // namespace codewijzer
