#pragma once

#include <cstdint>
#include <vector>

namespace codewijzer {

// The answer to one question, packed into 32 bits: a bit per option (at most kMaxOptions options),
// or one of the two states below. An empty set (0) is a valid answer to a several-option question.
using AnswerValue = std::uint32_t;

namespace answer {
inline constexpr int kMaxOptions = 24;
inline constexpr AnswerValue NotAsked = 1U << 31; // the question is not asked (or, as input: not given)
inline constexpr AnswerValue Unknown = 1U << 30;  // asked, and the answer is "I don't know"

constexpr AnswerValue option(int index)
{
    return AnswerValue{1} << index;
}
constexpr bool isGiven(AnswerValue v)
{
    return (v & (NotAsked | Unknown)) == 0;
}
} // namespace answer

// One value per question of the questionnaire, in its order.
struct Answers
{
    std::vector<AnswerValue> values;

    explicit Answers(std::size_t questionCount = 0)
        : values(questionCount, answer::NotAsked)
    {}
    AnswerValue operator[](int question) const { return values[static_cast<std::size_t>(question)]; }
    AnswerValue& operator[](int question) { return values[static_cast<std::size_t>(question)]; }
    bool operator==(const Answers&) const = default;
};

} // namespace codewijzer
