#include "session/TrainingSession.h"

#include "io/Printable.h"
#include "model/Questionnaire.h"

#include <QCoreApplication>
#include <QSet>

namespace codewijzer {

namespace {

// The messages about a session file are the file's, wherever they are found out.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSessionFile)
};

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
    m_others = m_catalogue.comparedWith(m_code->code.id);
    QStringList lines;
    for (const Diagnostic& problem : m_code->caseProblems) {
        lines << problem.toString();
    }
    m_casesProblem = lines.join(u'\n');
    m_chosen.clear();
    m_score.clear();
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

const std::vector<TrainingCase>& TrainingSession::allCases() const
{
    return m_code && m_code->cases ? m_code->cases->cases : kNoCases;
}

const std::vector<TrainingCase>& TrainingSession::cases() const
{
    return m_chosen.empty() ? allCases() : m_chosen;
}

bool TrainingSession::chooseCases(const QStringList& ids)
{
    if (!m_code || !m_code->cases) {
        return ids.isEmpty();
    }
    std::vector<TrainingCase> chosen;
    QSet<QString> seen;
    for (const QString& id : ids) {
        const TrainingCase* item = m_code->cases->find(id);
        if (!item || seen.contains(id)) {
            return false;
        }
        seen.insert(id);
        chosen.push_back(*item);
    }
    m_chosen = std::move(chosen);
    m_case = -1;
    emit casesChosen();
    showCase(0);
    return true;
}

QStringList TrainingSession::caseIds() const
{
    QStringList ids;
    for (const TrainingCase& item : cases()) {
        ids << item.id;
    }
    return ids;
}

TrainingSessionFile TrainingSession::sessionFile() const
{
    TrainingSessionFile file;
    if (m_code) {
        file.code = m_code->code.id;
        file.fingerprint = m_code->code.fingerprint;
    }
    file.cases = caseIds();
    return file;
}

bool TrainingSession::useSessionFile(const TrainingSessionFile& file, Diagnostics& out, QString* notice)
{
    if (!m_code || m_code->code.id != file.code) {
        if (!CodeSource::isBuiltinId(file.code)) {
            out.push_back(
                {file.file,
                 0,
                 0,
                 QStringLiteral("code"),
                 {},
                 Text::tr(R"(this session is for the code "%1": open that code first)").arg(shown(file.code))});
            return false;
        }
        // Checked before anything changes: a wrong file leaves the session as it was.
        Diagnostics problems;
        const std::shared_ptr<const LoadedCode> loaded = m_catalogue.load(CodeSource::builtin(file.code), problems);
        if (!loaded || !loaded->cases || !file.casesIn(*loaded->cases, out)) {
            out.insert(out.end(), problems.begin(), problems.end());
            return false;
        }
        selectCode(CodeSource::builtin(file.code));
    } else if (!m_code->cases || !file.casesIn(*m_code->cases, out)) {
        return false;
    }
    if (notice) {
        *notice = !file.fingerprint.isEmpty() && file.fingerprint != m_code->code.fingerprint
                      ? Text::tr("The code of conduct has changed since this session was saved. Its cases are "
                                 "still there, but their answers or verdicts may differ.")
                      : QString();
    }
    return chooseCases(file.cases);
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
    m_steps.restart();
    m_guess.reset();
    if (const TrainingCase* item = currentCase()) {
        m_guess = m_score.guessAt(item->id); // guessed before: the guess stands
    }
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

int TrainingSession::revealedCount() const
{
    return m_steps.revealed(askedCount());
}

Evaluation TrainingSession::evaluation() const
{
    return evaluateGiven(*code(), questionnaire(), m_answers);
}

CaseOutline TrainingSession::outline() const
{
    CaseOutline out{askedCount(), m_quiz};
    if (!currentCase()) {
        return out;
    }
    // The advice and the articles that decide: those of the rules that give the verdict.
    const Evaluation result = evaluation();
    for (const AdviceItem& item : result.advice) {
        if (item.verdict == result.verdict) {
            out.advice = true;
            out.article = out.article || !code()->rules[static_cast<std::size_t>(item.rule)].articles.empty();
        }
    }
    return out;
}

std::vector<TrainingStep> TrainingSession::steps() const
{
    return currentCase() ? CaseSteps::of(outline()) : std::vector<TrainingStep>();
}

TrainingStep TrainingSession::step() const
{
    return m_steps.current(askedCount());
}

int TrainingSession::stepIndex() const
{
    return currentCase() ? m_steps.index(outline()) : 0;
}

bool TrainingSession::caseComplete() const
{
    if (!currentCase() || !verdictShown()) {
        return false;
    }
    const CaseOutline now = outline();
    return m_steps.index(now) + 1 == static_cast<int>(CaseSteps::of(now).size());
}

bool TrainingSession::waitsForGuess() const
{
    return currentCase() && m_quiz && m_steps.atGuess() && !m_guess;
}

void TrainingSession::setStep(const TrainingStep& step)
{
    const bool verdictBefore = verdictShown();
    m_steps.go(step);
    emit progressChanged();
    if (!verdictBefore && verdictShown()) {
        emit verdictRevealed();
    }
}

void TrainingSession::keepStepValid()
{
    m_steps.keepValid(outline());
}

void TrainingSession::goToStep(int index)
{
    const std::vector<TrainingStep> all = steps();
    if (all.empty()) {
        return;
    }
    setStep(all[static_cast<std::size_t>(CaseSteps::reachable(all, index, m_quiz && !m_guess))]);
}

bool TrainingSession::nextStep()
{
    if (!currentCase() || waitsForGuess()) {
        return false;
    }
    const int index = stepIndex();
    if (index + 1 < static_cast<int>(steps().size())) {
        goToStep(index + 1);
        return true;
    }
    if (m_case + 1 < static_cast<int>(cases().size())) {
        showCase(m_case + 1);
        return true;
    }
    return false;
}

bool TrainingSession::previousStep()
{
    if (!currentCase()) {
        return false;
    }
    const int index = stepIndex();
    if (index > 0) {
        goToStep(index - 1);
        return true;
    }
    if (m_case > 0) {
        showCase(m_case - 1);
        lastStep();
        return true;
    }
    return false;
}

void TrainingSession::firstStep()
{
    goToStep(0);
}

void TrainingSession::lastStep()
{
    goToStep(static_cast<int>(steps().size()) - 1);
}

void TrainingSession::revealNextAnswer()
{
    if (m_steps.revealNext(askedCount())) {
        emit progressChanged();
    }
}

void TrainingSession::revealAllAnswers()
{
    if (m_steps.revealAll(askedCount())) {
        emit progressChanged();
    }
}

void TrainingSession::showVerdict()
{
    if (!currentCase() || caseComplete()) {
        return;
    }
    const std::vector<TrainingStep> all = steps();
    setStep(all.back()); // the verdict rests on every answer: show them all, and all it says
}

void TrainingSession::setAnswer(int question, AnswerValue value)
{
    if (!currentCase()) {
        return;
    }
    m_answers[question] = value;
    // A change can bring other questions into play; from here on the group explores, so show them.
    m_steps.revealAnswers(askedCount());
    keepStepValid();
    emit caseChanged();
    emit progressChanged();
}

void TrainingSession::resetAnswers()
{
    if (!currentCase()) {
        return;
    }
    m_answers = currentCase()->given;
    m_steps.revealAnswers(askedCount());
    keepStepValid();
    emit caseChanged();
    emit progressChanged();
}

void TrainingSession::setQuiz(bool on)
{
    m_quiz = on;
    keepStepValid();
    emit progressChanged();
}

void TrainingSession::guess(Verdict verdict)
{
    const TrainingCase* item = currentCase();
    if (!item || verdictShown()) {
        return;
    }
    m_guess = verdict;
    if (!answersChanged()) {
        m_score.count(item->id, verdict);
    }
    setStep({TrainingStep::Kind::Verdict});
}

int TrainingSession::rightGuesses() const
{
    // Looked up among all of the code's cases: a guess at a case since left out of the choice counts.
    return m_score.right(m_code && m_code->cases ? &*m_code->cases : nullptr);
}

std::vector<QuizRecord> TrainingSession::quizSummary() const
{
    return m_score.summary(cases());
}

void TrainingSession::clearScore()
{
    m_score.clear();
    m_guess.reset();
    m_steps.forgetGuess(m_quiz);
    emit progressChanged();
}

} // namespace codewijzer
