#include "Assessment.h"

#include "model/Questionnaire.h"

namespace codewijzer {

Assessment::Assessment(QObject* parent)
    : QObject(parent)
    , m_questionnaire(Questionnaire::builtin())
    , m_given(Questionnaire::builtin().questions().size())
{}

void Assessment::setCode(CodeOfConduct code, const QString& source)
{
    m_code = std::move(code);
    m_codeSource = source;
    emit codeChanged();
}

void Assessment::setLanguage(Language language)
{
    m_language = language;
}

void Assessment::setAnswer(int question, AnswerValue value)
{
    if (m_given[question] != value) {
        m_given[question] = value;
        emit answersChanged();
    }
}

void Assessment::setGiven(const Answers& given)
{
    m_given = given;
    emit answersChanged();
}

void Assessment::clear()
{
    m_given = Answers(m_questionnaire.questions().size());
    emit answersChanged();
}

bool Assessment::isAsked(int question) const
{
    // Only the questions before it decide; unanswered ones among those count as not known yet.
    return m_questionnaire.isAsked(question, m_questionnaire.resolveAnswered(m_given));
}

bool Assessment::hasOpenQuestionOn(int page) const
{
    const std::vector<int>& questions = m_questionnaire.pages()[static_cast<std::size_t>(page)].questions;
    return std::any_of(questions.begin(), questions.end(),
                       [this](int q) { return isAsked(q) && m_given[q] == answer::NotAsked; });
}

bool Assessment::hasAnyAnswer() const
{
    return std::any_of(m_given.values.begin(), m_given.values.end(), [](AnswerValue v) { return answer::isGiven(v); });
}

int Assessment::nextPageAfter(int page) const
{
    const int last = m_questionnaire.pages()[static_cast<std::size_t>(page)].questions.back();
    const int next = m_questionnaire.nextQuestion(last, m_given);
    return next < 0 ? -1 : m_questionnaire.pageOf(next);
}

Evaluation Assessment::evaluation() const
{
    return evaluate(*m_code, m_questionnaire, m_questionnaire.resolve(m_given));
}

Evaluation Assessment::interimEvaluation() const
{
    return evaluate(*m_code, m_questionnaire, m_questionnaire.resolveAnswered(m_given));
}

int Assessment::answeredCount() const
{
    const Answers answered = m_questionnaire.resolveAnswered(m_given);
    return static_cast<int>(std::count_if(answered.values.begin(), answered.values.end(),
                                          [](AnswerValue v) { return v != answer::NotAsked; }));
}

} // namespace codewijzer
