#pragma once

#include "rules/Evaluator.h"

#include <vector>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// One assessment's answers under two versions of a code: the verdict each version gives and, rule by
// rule, what in the code made the difference. For a saved assessment opened under a newer version.
struct VersionEffect
{
    struct RuleDifference
    {
        enum class Kind {
            Added,           // a rule the old version did not have, and it applies
            Removed,         // a rule that applied and is gone
            NowApplies,      // the same rule (by id) applies now and did not before: its condition changed
            NoLongerApplies, // the same rule applied before and does not now
            VerdictChanged,  // applies under both, with another verdict
            AdviceChanged,   // applies under both with the same verdict, other advice or articles
        };
        Kind kind = Kind::VerdictChanged;
        int before = -1; // the rule's index in the old version; -1 when it has none
        int after = -1;  // in the new version; -1 when removed
    };

    Evaluation before;
    Evaluation after;
    // In the new version's order of rules, then the old version's rules that are gone.
    std::vector<RuleDifference> differences;

    bool verdictChanged() const { return before.verdict != after.verdict; }
};

// The same answers (as a person gave them) under both versions of a code.
VersionEffect versionEffect(const CodeOfConduct& before, const CodeOfConduct& after, const Questionnaire& questionnaire,
                            const Answers& given);

} // namespace codewijzer
