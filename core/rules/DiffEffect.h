#pragma once

#include "model/Answers.h"
#include "model/Verdict.h"

#include <array>
#include <cstdint>
#include <vector>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// What a new version of a code does to every combination of answers the questionnaire can produce
// (the verifier's walk, "I don't know" included): which get a stricter verdict, a less strict one,
// or the same verdict with other advice.
struct DiffEffect
{
    enum class Kind { Stricter, LessStrict, OtherAdvice };
    static constexpr std::array kAllKinds{Kind::Stricter, Kind::LessStrict, Kind::OtherAdvice};

    // A verdict or none: no rule applies (a school's code may leave gaps); kNoVerdict below every verdict.
    static constexpr int kNoVerdict = -1;

    struct Example
    {
        Kind kind = Kind::Stricter;
        Answers answers; // resolved: NotAsked where a question is not asked
        int before = kNoVerdict;
        int after = kNoVerdict;
        int size = 0; // how many answers it takes to say (asked questions, ticked options, "I don't know")
    };

    std::uint64_t situations = 0;
    std::uint64_t stricter = 0;
    std::uint64_t lessStrict = 0;
    std::uint64_t otherAdvice = 0; // same verdict, other advice
    std::uint64_t same = 0;
    // Situations by the verdict before and after: [before + 1][after + 1] (index 0: no verdict).
    std::array<std::array<std::uint64_t, kAllVerdicts.size() + 1>, kAllVerdicts.size() + 1> verdicts{};
    // A few of the smallest situations of each kind, smallest first, for as many activities and
    // verdicts as they take.
    std::vector<Example> examples;
    // The activities (options of the question "activity") with a changed situation, a bit each, by kind.
    std::array<AnswerValue, kAllKinds.size()> activities{};

    std::uint64_t changed() const { return stricter + lessStrict + otherAdvice; }
    std::uint64_t count(Kind kind) const;
};

// Which rule of the new version gives the same advice as a rule of the old one (verdict, texts,
// articles, contacts): by rule of `before`, the rule of `after`, or -1. A situation's advice is the
// same when the rules that give it pair up this way.
struct RulePairing
{
    std::vector<int> afterOf;
};

// The walk tells apart only answers that a condition of either version tells apart, tests a rule once
// its last question is answered, and counts without walking what lies below a "stop" under both
// versions once no rule that differs between them (another condition, or unpaired) could still apply.
DiffEffect diffEffect(const CodeOfConduct& before, const CodeOfConduct& after, const RulePairing& pairing,
                      const Questionnaire& questionnaire, int examplesPerKind = 4);

} // namespace codewijzer
