#include "session/TrainingSession.h"

#include "model/Questionnaire.h"

namespace codewijzer {

namespace {
const std::vector<TrainingCase> kNoCases;
} // namespace

TrainingSession::TrainingSession(CodeCatalogue& catalogue, QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_answers(catalogue.questionnaire().questions().size())
{}

TrainingSession::~TrainingSession() = default;

bool TrainingSession::selectCode(const CodeSource& source)
{
    Diagnostics problems;
    std::shared_ptr<const LoadedCode> loaded = m_catalogue.load(source, problems);
    if (!loaded) {
        return false;
    }
    m_code = std::move(loaded);
    m_others = m_catalogue.otherBuiltins(m_code->code.id);
    QStringList lines;
    for (const Diagnostic& problem : m_code->caseProblems) {
        lines << problem.toString();
    }
    m_casesProblem = lines.join(u'\n');
    m_case = -1;
    emit codeChanged();
    showCase(0);
    if (cases().empty()) {
        m_answers = Answers(questionnaire().questions().size());
        resetCase();
        emit caseChanged();
        emit progressChanged();
    }
    return true;
}

const std::vector<TrainingCase>& TrainingSession::cases() const
{
    return m_code && m_code->cases ? m_code->cases->cases : kNoCases;
}

const TrainingCase* TrainingSession::currentCase() const
{
    return m_case >= 0 && m_case < static_cast<int>(cases().size()) ? &cases()[static_cast<std::size_t>(m_case)]
                                                                    : nullptr;
}

bool TrainingSession::selectCase(QStringView caseId)
{
    for (std::size_t i = 0; i < cases().size(); ++i) {
        if (cases()[i].id == caseId) {
            showCase(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

void TrainingSession::resetCase()
{
    m_revealed = 0;
    m_verdictShown = false;
    m_guess.reset();
}

void TrainingSession::showCase(int index)
{
    if (index < 0 || index >= static_cast<int>(cases().size())) {
        return;
    }
    m_case = index;
    m_answers = cases()[static_cast<std::size_t>(index)].given;
    resetCase();
    emit caseChanged();
    emit progressChanged();
}

bool TrainingSession::answersChanged() const
{
    const TrainingCase* item = currentCase();
    return item && m_answers != item->given;
}

int TrainingSession::askedCount() const
{
    return currentCase() ? static_cast<int>(questionnaire().askedQuestions(m_answers, code()->asks).size()) : 0;
}

Evaluation TrainingSession::evaluation() const
{
    return evaluateGiven(*code(), questionnaire(), m_answers);
}

void TrainingSession::revealNextAnswer()
{
    if (m_revealed < askedCount()) {
        ++m_revealed;
        emit progressChanged();
    }
}

void TrainingSession::revealAllAnswers()
{
    m_revealed = askedCount();
    emit progressChanged();
}

void TrainingSession::showVerdict()
{
    if (!currentCase() || m_verdictShown) {
        return;
    }
    m_revealed = askedCount(); // the verdict rests on every answer: show them all
    m_verdictShown = true;
    emit progressChanged();
    emit verdictRevealed();
}

bool TrainingSession::nextStep()
{
    if (m_revealed < askedCount()) {
        revealNextAnswer();
    } else if (!m_verdictShown) {
        if (m_quiz && !m_guess) {
            return false; // the group chooses first
        }
        showVerdict();
    } else {
        showCase(m_case + 1);
    }
    return true;
}

void TrainingSession::setAnswer(int question, AnswerValue value)
{
    if (!currentCase()) {
        return;
    }
    m_answers[question] = value;
    // A change can bring other questions into play; from here on the group explores, so show them.
    m_revealed = askedCount();
    emit caseChanged();
    emit progressChanged();
}

void TrainingSession::resetAnswers()
{
    if (!currentCase()) {
        return;
    }
    m_answers = currentCase()->given;
    m_revealed = askedCount();
    emit caseChanged();
    emit progressChanged();
}

void TrainingSession::setQuiz(bool on)
{
    m_quiz = on;
    emit progressChanged();
}

void TrainingSession::guess(Verdict verdict)
{
    if (!currentCase() || m_verdictShown) {
        return;
    }
    m_guess = verdict;
    if (!answersChanged()) {
        ++m_guesses;
        if (verdict == currentCase()->verdict) {
            ++m_right;
        }
    }
    showVerdict();
}

} // namespace codewijzer
