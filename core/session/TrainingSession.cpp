#include "session/TrainingSession.h"

#include "io/DataFile.h"
#include "io/JsonSource.h"
#include "io/Printable.h"
#include "io/SafeWrite.h"
#include "model/Questionnaire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSessionFile)
};

const std::vector<TrainingCase> kNoCases;
const QString kSessionFormat = QStringLiteral("codewijzer-session");

} // namespace

// ---- The session file ----

std::optional<TrainingSessionFile> TrainingSessionFile::parse(const QByteArray& json, const QString& file,
                                                              Diagnostics& out)
{
    const JsonSource source(json, file);
    const std::optional<QJsonDocument> doc = source.parse(out);
    if (!doc) {
        return std::nullopt;
    }
    const JsonReader reader(source, out);
    const std::size_t before = out.size();
    if (!doc->isObject()) {
        reader.error({}, Text::tr(R"(expected a training session: an object with "code" and "cases")"));
        return std::nullopt;
    }
    const QJsonObject root = doc->object();
    reader.rejectUnknownKeys(root, {}, {u"format", u"code", u"fingerprint", u"cases"});
    if (root.value(u"format").toString() != kSessionFormat) {
        reader.error(root.contains(u"format") ? QStringLiteral("format") : QString(),
                     Text::tr(R"(not a training session: "format" must be "%1")").arg(kSessionFormat));
    }
    TrainingSessionFile result;
    result.file = file;
    result.code = reader.string(root, QStringLiteral("code"), {});
    result.fingerprint = reader.string(root, QStringLiteral("fingerprint"), {}, false);
    const QJsonArray cases = reader.array(root, QStringLiteral("cases"), {});
    if (root.value(u"cases").isArray() && cases.isEmpty()) {
        reader.error(QStringLiteral("cases"), Text::tr("a session needs at least one case"));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString at = JsonReader::index(QStringLiteral("cases"), i);
        if (!cases.at(i).isString()) {
            reader.error(at,
                         Text::tr("expected a case id as a string, found %1").arg(JsonReader::typeName(cases.at(i))));
            continue;
        }
        const QString id = cases.at(i).toString();
        if (seen.contains(id)) {
            reader.error(at, Text::tr(R"(the case "%1" is listed twice)").arg(shown(id)));
            continue;
        }
        seen.insert(id);
        result.cases << id;
        result.places.push_back(source.placeOf(at));
    }
    // The reader reports into `out`, which cppcheck does not see.
    // cppcheck-suppress knownConditionTrueFalse
    if (out.size() != before) {
        return std::nullopt;
    }
    return result;
}

std::optional<TrainingSessionFile> TrainingSessionFile::read(const QString& path, Diagnostics& out)
{
    const std::optional<QByteArray> bytes = readDataFile(path, out);
    if (!bytes) {
        return std::nullopt;
    }
    return parse(*bytes, path, out);
}

QByteArray TrainingSessionFile::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), kSessionFormat},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("cases"), QJsonArray::fromStringList(cases)}};
    if (!fingerprint.isEmpty()) {
        root.insert(QStringLiteral("fingerprint"), fingerprint);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool TrainingSessionFile::write(const QString& path, QString& error) const
{
    return writeFileSafely(path, toJson(), error);
}

std::optional<std::vector<const TrainingCase*>> TrainingSessionFile::casesIn(const CaseLibrary& library,
                                                                             Diagnostics& out) const
{
    std::vector<const TrainingCase*> found;
    bool ok = true;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (const TrainingCase* item = library.find(cases.at(i))) {
            found.push_back(item);
            continue;
        }
        const auto place = static_cast<std::size_t>(i) < places.size() ? places[static_cast<std::size_t>(i)]
                                                                       : std::pair<int, int>{0, 0};
        out.push_back({file,
                       place.first,
                       place.second,
                       QStringLiteral("cases[%1]").arg(i),
                       {},
                       Text::tr(R"("%1" is not a case of the code "%2")").arg(shown(cases.at(i)), code)});
        ok = false;
    }
    if (!ok) {
        return std::nullopt;
    }
    return found;
}

// ---- The session ----

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
    m_chosen.clear();
    m_record.clear();
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
    m_stage = Stage::Answers;
    m_revealed = 0;
    m_guess.reset();
    if (const TrainingCase* item = currentCase()) {
        if (const auto found = m_record.find(item->id); found != m_record.end()) {
            m_guess = found->second; // guessed before: the guess stands
        }
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
    return m_stage == Stage::Answers ? std::min(m_revealed, askedCount()) : askedCount();
}

Evaluation TrainingSession::evaluation() const
{
    return evaluateGiven(*code(), questionnaire(), m_answers);
}

bool TrainingSession::hasAdviceStep() const
{
    if (!currentCase()) {
        return false;
    }
    const Evaluation result = evaluation();
    return std::any_of(result.advice.begin(), result.advice.end(),
                       [&](const AdviceItem& item) { return item.verdict == result.verdict; });
}

bool TrainingSession::hasArticleStep() const
{
    if (!currentCase()) {
        return false;
    }
    const Evaluation result = evaluation();
    return std::any_of(result.advice.begin(), result.advice.end(), [&](const AdviceItem& item) {
        return item.verdict == result.verdict && !code()->rules[static_cast<std::size_t>(item.rule)].articles.empty();
    });
}

std::vector<TrainingStep> TrainingSession::steps() const
{
    std::vector<TrainingStep> out;
    if (!currentCase()) {
        return out;
    }
    out.push_back({TrainingStep::Kind::Situation});
    const int asked = askedCount();
    for (int i = 0; i < asked; ++i) {
        out.push_back({TrainingStep::Kind::Answer, i});
    }
    if (m_quiz) {
        out.push_back({TrainingStep::Kind::Guess});
    }
    out.push_back({TrainingStep::Kind::Verdict});
    if (hasAdviceStep()) {
        out.push_back({TrainingStep::Kind::Advice});
        if (hasArticleStep()) {
            out.push_back({TrainingStep::Kind::Article});
        }
    }
    return out;
}

TrainingStep TrainingSession::step() const
{
    switch (m_stage) {
    case Stage::Answers: {
        const int revealed = revealedCount();
        return revealed == 0 ? TrainingStep{TrainingStep::Kind::Situation}
                             : TrainingStep{TrainingStep::Kind::Answer, revealed - 1};
    }
    case Stage::Guess:
        return {TrainingStep::Kind::Guess};
    case Stage::Verdict:
        return {TrainingStep::Kind::Verdict};
    case Stage::Advice:
        return {TrainingStep::Kind::Advice};
    case Stage::Article:
        return {TrainingStep::Kind::Article};
    }
    return {};
}

int TrainingSession::stepIndex() const
{
    const std::vector<TrainingStep> all = steps();
    const auto found = std::find(all.begin(), all.end(), step());
    return found == all.end() ? 0 : static_cast<int>(found - all.begin());
}

bool TrainingSession::caseComplete() const
{
    const std::vector<TrainingStep> all = steps();
    return !all.empty() && verdictShown() && stepIndex() + 1 == static_cast<int>(all.size());
}

bool TrainingSession::waitsForGuess() const
{
    return currentCase() && m_quiz && m_stage == Stage::Guess && !m_guess;
}

void TrainingSession::setStep(const TrainingStep& step)
{
    const bool verdictBefore = verdictShown();
    switch (step.kind) {
    case TrainingStep::Kind::Situation:
        m_stage = Stage::Answers;
        m_revealed = 0;
        break;
    case TrainingStep::Kind::Answer:
        m_stage = Stage::Answers;
        m_revealed = step.answer + 1;
        break;
    case TrainingStep::Kind::Guess:
        m_stage = Stage::Guess;
        break;
    case TrainingStep::Kind::Verdict:
        m_stage = Stage::Verdict;
        break;
    case TrainingStep::Kind::Advice:
        m_stage = Stage::Advice;
        break;
    case TrainingStep::Kind::Article:
        m_stage = Stage::Article;
        break;
    }
    emit progressChanged();
    if (!verdictBefore && verdictShown()) {
        emit verdictRevealed();
    }
}

// After a change of answers or of the quiz, the step stays the same kind where the case still has it.
void TrainingSession::keepStepValid()
{
    if (m_stage == Stage::Guess && !m_quiz) {
        m_stage = Stage::Answers;
        m_revealed = askedCount();
    }
    if (m_stage == Stage::Article && !hasArticleStep()) {
        m_stage = Stage::Advice;
    }
    if (m_stage == Stage::Advice && !hasAdviceStep()) {
        m_stage = Stage::Verdict;
    }
}

void TrainingSession::goToStep(int index)
{
    const std::vector<TrainingStep> all = steps();
    if (all.empty()) {
        return;
    }
    index = std::clamp(index, 0, static_cast<int>(all.size()) - 1);
    if (m_quiz && !m_guess) {
        // Nothing of the code's answer shows before the group has chosen.
        const auto guessStep = std::find(all.begin(), all.end(), TrainingStep{TrainingStep::Kind::Guess});
        index = std::min(index, static_cast<int>(guessStep - all.begin()));
    }
    setStep(all[static_cast<std::size_t>(index)]);
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
    if (m_stage == Stage::Answers && m_revealed < askedCount()) {
        ++m_revealed;
        emit progressChanged();
    }
}

void TrainingSession::revealAllAnswers()
{
    if (m_stage == Stage::Answers) {
        m_revealed = askedCount();
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
    m_revealed = askedCount();
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
    m_revealed = askedCount();
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
    if (!answersChanged() && !m_record.contains(item->id)) {
        m_record.emplace(item->id, verdict);
    }
    setStep({TrainingStep::Kind::Verdict});
}

int TrainingSession::rightGuesses() const
{
    return static_cast<int>(std::count_if(m_record.begin(), m_record.end(), [&](const auto& entry) {
        const TrainingCase* item = m_code && m_code->cases ? m_code->cases->find(entry.first) : nullptr;
        return item && item->verdict == entry.second;
    }));
}

std::vector<QuizRecord> TrainingSession::quizSummary() const
{
    std::vector<QuizRecord> out;
    for (const TrainingCase& item : cases()) {
        if (const auto found = m_record.find(item.id); found != m_record.end()) {
            out.push_back({item.id, found->second, item.verdict});
        }
    }
    return out;
}

void TrainingSession::clearScore()
{
    m_record.clear();
    m_guess.reset();
    if (m_stage == Stage::Verdict || m_stage == Stage::Advice || m_stage == Stage::Article) {
        if (m_quiz) {
            m_stage = Stage::Guess;
        }
    }
    emit progressChanged();
}

} // namespace codewijzer
