#pragma once

#include "model/Answers.h"
#include "model/Condition.h"
#include "model/LocalizedText.h"

#include <QString>
#include <bit>
#include <optional>
#include <vector>

namespace codewijzer {

struct Option
{
    QString id;
    LocalizedText label;
    LocalizedText reason; // for "because ..." sentences: "de leerlingen jonger zijn dan 16"; may be empty
};

// The wording of a question where it differs for some answers before it ("Met wie?" for a friend
// request, where the question is usually "Wie ziet het?"). Empty texts keep the question's own.
struct QuestionWording
{
    Condition when;
    LocalizedText text;
    LocalizedText shortLabel;
    LocalizedText help;
};

// An answer the wizard fills in beforehand when the answers before make it plain ("Iedereen" sees a
// post on open social media); the teacher sees it ticked and can change it.
struct QuestionPreset
{
    Condition when;
    AnswerValue value = 0;
};

struct Question
{
    enum class Kind { One, Several };

    QString id;
    Kind kind = Kind::One;
    QString page; // questions of one page are shown together in the wizard
    LocalizedText text;
    LocalizedText shortLabel; // for "because ..." lines and the review
    LocalizedText help;
    std::vector<Option> options;
    LocalizedText unknownReason;           // "because ..." when the answer is "I don't know"; may be empty
    LocalizedText noneReason;              // "because ..." when a several-option answer has none of them
    std::vector<QuestionWording> wordings; // the first whose condition holds replaces text, short or help
    std::vector<QuestionPreset> presets;   // the first whose condition holds gives an unanswered question its answer
    Condition askedWhen;
    bool required = false;  // an answer is needed: "I don't know" is no answer to it
    bool fact = false;      // a fact of the situation, not a choice of the teacher's: what-if leaves it alone
    int minSelected = 0;    // several-option questions: how many options an answer needs at least
    int unknownOption = -1; // the option that means "I don't know", if the question offers one

    int optionIndex(QStringView optionId) const
    {
        for (std::size_t i = 0; i < options.size(); ++i) {
            if (options[i].id == optionId) {
                return static_cast<int>(i);
            }
        }
        return -1;
    }

    // The bits that mean "I don't know" for this question.
    AnswerValue unknownMask() const
    {
        return answer::Unknown | (unknownOption >= 0 ? answer::option(unknownOption) : AnswerValue{0});
    }

    // What an asked but unanswered question counts as.
    AnswerValue unanswered() const { return unknownOption >= 0 ? answer::option(unknownOption) : answer::Unknown; }

    // Whether a person can answer "I don't know": an option of its own, or (a one-option question that
    // needs no answer) as the answer that counts as not known.
    bool offersUnknown() const { return unknownOption >= 0 || (kind == Kind::One && !required); }
    // Whether `value` answers the question: an option (a one-option question), enough options (a
    // several-option question; none is an answer when it needs none), or "I don't know" where offered.
    bool isAnsweredBy(AnswerValue value) const
    {
        if (value == answer::Unknown) {
            return offersUnknown();
        }
        if (!answer::isGiven(value)) {
            return false;
        }
        return kind == Kind::One ? value != 0 : std::popcount(value) >= minSelected;
    }

    // Every option bit this question can carry.
    AnswerValue allOptions() const { return (AnswerValue{1} << options.size()) - 1; }

    // The question's text, short label and help for the answers so far (resolved).
    QuestionWording wordingFor(const Answers& answers) const
    {
        QuestionWording wording{{}, text, shortLabel, help};
        for (const QuestionWording& variant : wordings) {
            if (variant.when.holds(answers)) {
                wording.text = variant.text.nl.isEmpty() ? text : variant.text;
                wording.shortLabel = variant.shortLabel.nl.isEmpty() ? shortLabel : variant.shortLabel;
                wording.help = variant.help.nl.isEmpty() ? help : variant.help;
                break;
            }
        }
        return wording;
    }

    // The answer to fill in beforehand for the answers so far (resolved), if any.
    std::optional<AnswerValue> presetFor(const Answers& answers) const
    {
        for (const QuestionPreset& preset : presets) {
            if (preset.when.holds(answers)) {
                return preset.value;
            }
        }
        return std::nullopt;
    }

    // Every answer a person can give when the question is asked, "I don't know" included
    // (unless the question is required): each option, or each allowed set of options.
    std::vector<AnswerValue> possibleAnswers() const;
};

} // namespace codewijzer
