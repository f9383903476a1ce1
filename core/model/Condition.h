#pragma once

#include "model/Answers.h"

#include <QJsonValue>
#include <QString>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace codewijzer {

class JsonReader;
struct Question;

// A condition on answers, as written in a data file ("when" of a rule, "askedWhen" of a question)
// and compiled against the questionnaire. The JSON forms are documented in docs/code-format.md.
struct Condition
{
    enum class Op : std::uint8_t {
        Always,  // true
        All,     // every child holds
        Any,     // at least one child holds
        Not,     // the child does not hold
        Is,      // one-option question: the answer is one of `mask`
        Has,     // several-option question: the answer includes one of `mask`
        Empty,   // several-option question: answered with none of the options
        Unknown, // asked and answered "I don't know" (`mask` holds the question's unknown bits)
        Asked,   // the question is asked
    };

    Op op = Op::Always;
    int question = -1;
    AnswerValue mask = 0;
    std::vector<Condition> children;

    bool holds(const Answers& answers) const
    {
        switch (op) {
        case Op::Always:
            return true;
        case Op::All:
            return std::all_of(children.begin(), children.end(), [&](const Condition& c) { return c.holds(answers); });
        case Op::Any:
            return std::any_of(children.begin(), children.end(), [&](const Condition& c) { return c.holds(answers); });
        case Op::Not:
            return !children.front().holds(answers);
        case Op::Is:
        case Op::Has:
        case Op::Unknown:
            return (answers[question] & mask) != 0;
        case Op::Empty:
            return answers[question] == 0;
        case Op::Asked:
            return (answers[question] & answer::NotAsked) == 0;
        }
        return false;
    }

    // Whether the condition can still hold when only the questions before `known` are answered:
    // false when it cannot, whatever the later answers. A later question that the known answers
    // leave unasked (by the questions' "askedWhen") stays unanswered.
    bool canHold(const Answers& answers, int known, const std::vector<Question>& questions) const
    {
        return partial(answers, known, questions) != Truth::False;
    }

    // The same condition, part for part (not: one that holds for the same answers).
    bool operator==(const Condition&) const = default;

    bool isAtom() const { return op != Op::Always && op != Op::All && op != Op::Any && op != Op::Not; }

    // Every question the condition refers to, each once, ascending.
    std::vector<int> questions() const;

    // The questions whose answers make the condition hold, for "because ..." lines: the atoms that
    // hold under All/Any, and every question under a Not.
    void collectReasons(const Answers& answers, std::vector<int>& out) const;
    // The same, with the part of each answer that counts (OR-ed together per question): the options
    // an "is" or "has" names that the answer has; the whole answer otherwise.
    void collectReasonParts(const Answers& answers, std::vector<std::pair<int, AnswerValue>>& out) const;

    // Compiles the JSON form at `path`; reports every problem through the reader. `maxQuestion`,
    // when not -1, is the last question the condition may refer to (an "askedWhen" may only look back).
    enum class Truth : std::uint8_t { False, True, Maybe };
    Truth partial(const Answers& answers, int known, const std::vector<Question>& questions) const;

    static Condition parse(const QJsonValue& json, const QString& path, const std::vector<Question>& questions,
                           const JsonReader& reader, int maxQuestion = -1);
};

} // namespace codewijzer
