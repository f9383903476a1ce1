#pragma once

#include "io/Diagnostic.h"
#include "model/Answers.h"
#include "model/Question.h"
#include "model/Verdict.h"

#include <QByteArray>
#include <array>
#include <optional>

namespace codewijzer {

// A group of questions that the wizard shows together, in the questionnaire's order.
struct QuestionnairePage
{
    QString id;
    LocalizedText title;
    LocalizedText subtitle;
    std::vector<int> questions;
};

// The questions of questionnaire.md, loaded from resources/questionnaire.json, and the flow logic:
// which questions are asked, given the answers so far. The wizard, the CLI, the verifier and the
// tests all use this one definition.
class Questionnaire
{
public:
    // The built-in questionnaire (":/questionnaire.json"); loaded once.
    static const Questionnaire& builtin();
    static std::optional<Questionnaire> load(const QByteArray& json, const QString& file, Diagnostics& out);

    int size() const { return static_cast<int>(m_questions.size()); }
    const Question& question(int index) const { return m_questions[static_cast<std::size_t>(index)]; }
    const std::vector<Question>& questions() const { return m_questions; }
    int indexOf(QStringView id) const;

    const std::vector<QuestionnairePage>& pages() const { return m_pages; }
    int pageOf(int question) const { return m_pageOfQuestion[static_cast<std::size_t>(question)]; }

    // Which questions a code asks at all (CodeOfConduct::asks, by question); empty: every question.
    using QuestionSet = std::vector<bool>;

    // Given answers (NotAsked where not given) become the answers the rules see: each question is
    // asked or not by its "askedWhen", in order; an asked question without an answer counts as
    // "I don't know"; answers to questions that are not asked are dropped and listed in `ignored`.
    // With `asks`, a question the code never asks is not asked either (and its answer not listed).
    Answers resolve(const Answers& given, std::vector<int>* ignored = nullptr, const QuestionSet& asks = {}) const;

    // Whether question `index` is asked, given answers to the questions before it.
    bool isAsked(int index, const Answers& resolved, const QuestionSet& asks = {}) const
    {
        return (asks.empty() || asks[static_cast<std::size_t>(index)]) && question(index).askedWhen.holds(resolved);
    }

    // As resolve(), but a question without an answer counts as not asked: the answers as they
    // stand, for an interim result while the questions are still being answered.
    Answers resolveAnswered(const Answers& given, const QuestionSet& asks = {}) const;

    // The questions that are asked, in order, given the answers so far.
    std::vector<int> askedQuestions(const Answers& given, const QuestionSet& asks = {}) const;

    // The first question after `after` (-1: from the start) that is asked, or -1 when none is left.
    int nextQuestion(int after, const Answers& given, const QuestionSet& asks = {}) const;

    // "Account: my own private account" (or "I don't know", "none of these"), for people to read.
    QString describeAnswer(int index, AnswerValue value, Language language) const;
    QString describeValue(int index, AnswerValue value, Language language) const;

    const LocalizedText& verdictLabel(Verdict verdict) const { return m_verdictLabels[severity(verdict)]; }
    const LocalizedText& verdictDescription(Verdict verdict) const { return m_verdictDescriptions[severity(verdict)]; }
    const LocalizedText& unknownLabel() const { return m_unknownLabel; }
    const LocalizedText& noneLabel() const { return m_noneLabel; }

private:
    std::vector<Question> m_questions;
    std::vector<QuestionnairePage> m_pages;
    std::vector<int> m_pageOfQuestion;
    std::array<LocalizedText, kAllVerdicts.size()> m_verdictLabels;
    std::array<LocalizedText, kAllVerdicts.size()> m_verdictDescriptions;
    LocalizedText m_unknownLabel;
    LocalizedText m_noneLabel;
};

} // namespace codewijzer
