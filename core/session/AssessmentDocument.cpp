#include "session/AssessmentDocument.h"

#include "io/DataFile.h"
#include "io/SafeWrite.h"
#include "model/AnswersFile.h"
#include "model/Questionnaire.h"
#include "settings/ProgramLanguage.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentDocument)
};

QString firstProblems(const Diagnostics& problems)
{
    QStringList lines;
    for (std::size_t i = 0; i < problems.size() && i < 5; ++i) {
        lines << problems[i].toString();
    }
    if (problems.size() > 5) {
        lines << Text::tr("(more problems: %1)").arg(problems.size() - 5);
    }
    return lines.join(u'\n');
}

} // namespace

AssessmentDocument::AssessmentDocument(CodeCatalogue& catalogue, QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_questionnaire(catalogue.questionnaire())
    , m_given(m_questionnaire.questions().size())
{
    useCode(CodeCatalogue::builtins().front());
}

AssessmentDocument::~AssessmentDocument() = default;

bool AssessmentDocument::useCode(const CodeSource& source, Diagnostics* problems)
{
    Diagnostics found;
    std::shared_ptr<const LoadedCode> loaded = m_catalogue.load(source, found);
    if (!loaded) {
        if (problems) {
            *problems = std::move(found);
        }
        return false;
    }
    if (loaded != m_code) {
        m_code = std::move(loaded);
        m_reach.reset();
        emit codeChanged();
        keepRecovery();
    }
    return true;
}

bool AssessmentDocument::reloadCode(Diagnostics* problems, std::shared_ptr<const LoadedCode>* before)
{
    if (before) {
        *before = m_code;
    }
    if (!m_code || !m_code->source.isFile()) {
        return true;
    }
    Diagnostics found;
    std::shared_ptr<const LoadedCode> loaded = m_catalogue.reload(m_code->source, found);
    if (!loaded) {
        if (problems) {
            *problems = std::move(found);
        }
        return false;
    }
    if (loaded->code.fingerprint != m_code->code.fingerprint) {
        m_code = std::move(loaded);
        m_reach.reset();
        emit codeChanged();
        keepRecovery();
    }
    return true;
}

void AssessmentDocument::setCodeLocked(bool locked)
{
    if (m_codeLocked != locked) {
        m_codeLocked = locked;
        emit codeChanged();
    }
}

void AssessmentDocument::setAnswer(int question, AnswerValue value)
{
    if (m_given[question] != value) {
        m_given[question] = value;
        answersEdited();
    }
}

void AssessmentDocument::setGiven(const Answers& given)
{
    m_given = given;
    answersEdited();
}

void AssessmentDocument::setNote(const QString& note)
{
    const QString kept = note.left(kMaxNoteLength);
    if (kept != m_note) {
        m_note = kept;
        m_modified = true;
        emit fileStateChanged();
        keepRecovery();
    }
}

AnswersFile AssessmentDocument::asFile() const
{
    return AnswersFile{code()->id, code()->fingerprint, m_note, m_given};
}

ReachableVerdicts AssessmentDocument::reachable() const
{
    if (!m_reach) {
        m_reach = std::make_unique<VerdictReach>(*code(), m_questionnaire);
    }
    return m_reach->of(m_given);
}

void AssessmentDocument::clear()
{
    m_given = Answers(m_questionnaire.questions().size());
    m_note.clear();
    m_filePath.clear();
    setSavedUnder({});
    m_modified = false;
    emit answersChanged();
    emit fileStateChanged();
    m_recovery.discard();
}

void AssessmentDocument::answersEdited()
{
    m_modified = hasAnyAnswer();
    emit answersChanged();
    emit fileStateChanged();
    keepRecovery();
}

void AssessmentDocument::keepRecovery()
{
    if ((!hasAnyAnswer() && m_note.isEmpty()) || !m_code) {
        m_recovery.discard();
        return;
    }
    QString error;
    if (!m_recovery.keep(asFile(), codeSource(), m_questionnaire, error)) {
        if (!m_recoveryFailed) {
            m_recoveryFailed = true;
            emit recoveryFailed(error);
        }
    } else {
        m_recoveryFailed = false;
    }
}

bool AssessmentDocument::hasAnyAnswer() const
{
    return std::any_of(m_given.values.begin(), m_given.values.end(), [](AnswerValue v) { return answer::isGiven(v); });
}

bool AssessmentDocument::isAsked(int question) const
{
    // Only the questions before it decide; unanswered ones among those count as not known yet.
    const Questionnaire::QuestionSet& asks = code()->asks;
    return m_questionnaire.isAsked(question, m_questionnaire.resolveAnswered(m_given, asks), asks);
}

bool AssessmentDocument::hasOpenQuestionOn(int page) const
{
    const std::vector<int>& questions = m_questionnaire.pages()[static_cast<std::size_t>(page)].questions;
    return std::any_of(questions.begin(), questions.end(),
                       [this](int q) { return isAsked(q) && m_given[q] == answer::NotAsked; });
}

int AssessmentDocument::nextPageAfter(int page) const
{
    const int last = m_questionnaire.pages()[static_cast<std::size_t>(page)].questions.back();
    const int next = m_questionnaire.nextQuestion(last, m_given, code()->asks);
    return next < 0 ? -1 : m_questionnaire.pageOf(next);
}

Evaluation AssessmentDocument::evaluation() const
{
    return evaluateGiven(*code(), m_questionnaire, m_given);
}

Evaluation AssessmentDocument::interimEvaluation() const
{
    return evaluate(*code(), m_questionnaire, m_questionnaire.resolveAnswered(m_given, code()->asks));
}

int AssessmentDocument::answeredCount() const
{
    const Answers answered = m_questionnaire.resolveAnswered(m_given, code()->asks);
    return static_cast<int>(std::count_if(answered.values.begin(), answered.values.end(),
                                          [](AnswerValue v) { return v != answer::NotAsked; }));
}

bool AssessmentDocument::take(const AnswersFile& file, QString& problem)
{
    CodeSource source;
    if (CodeSource::isBuiltinId(file.code)) {
        source = CodeSource::builtin(file.code);
    } else if (code() && code()->id == file.code) {
        source = codeSource();
    } else {
        problem = Text::tr("The file was made under the code \"%1\", which is not available here. Open that "
                           "school's own code file on the first page, then open this file again.")
                      .arg(file.code);
        return false;
    }
    Diagnostics problems;
    std::shared_ptr<const LoadedCode> loaded = m_catalogue.load(source, problems);
    if (!loaded) {
        problem = firstProblems(problems);
        return false;
    }
    const bool codeChanges = loaded != m_code;
    m_code = std::move(loaded);
    if (codeChanges) {
        m_reach.reset();
    }
    m_given = file.given;
    m_note = file.note;
    if (codeChanges) {
        emit codeChanged();
    }
    emit answersChanged();
    return true;
}

bool AssessmentDocument::open(const QString& path, QString& problem, QString& notice)
{
    Diagnostics problems;
    const std::optional<QByteArray> bytes = readDataFile(path, problems);
    const std::optional<AnswersFile> file =
        bytes ? AnswersFile::parse(*bytes, path, m_questionnaire, problems) : std::nullopt;
    if (!file) {
        problem = firstProblems(problems);
        return false;
    }
    if (file->code.isEmpty()) {
        problem = Text::tr("%1: the file does not say which code it was made under (\"code\")").arg(path);
        return false;
    }
    if (!take(*file, problem)) {
        problem = QStringLiteral("%1: %2").arg(path, problem);
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_modified = false;
    notice.clear();
    std::shared_ptr<const LoadedCode> version;
    if (!file->fingerprint.isEmpty() && file->fingerprint != code()->fingerprint) {
        // That version's file may be beside the assessment, or beside the school's code in use.
        const QStringList folders{QFileInfo(path).absolutePath(),
                                  m_code->source.isFile() ? QFileInfo(m_code->source.codeFile()).absolutePath()
                                                          : QString()};
        version = m_catalogue.findVersion(code()->id, file->fingerprint, folders);
        notice = version ? Text::tr("This assessment was saved under another version of %1 (fingerprint %2; now %3). "
                                    "The result shows the verdict under both versions, and what made the difference.")
                               .arg(code()->title.in(currentLanguage()), file->fingerprint, code()->fingerprint)
                         : Text::tr("This assessment was saved under another version of %1 (fingerprint %2; now %3). "
                                    "The rules have changed since: check the answers and the result again.")
                               .arg(code()->title.in(currentLanguage()), file->fingerprint, code()->fingerprint);
    }
    setSavedUnder(file->fingerprint, std::move(version));
    emit fileStateChanged();
    keepRecovery();
    return true;
}

bool AssessmentDocument::save(const QString& path, QString& error)
{
    if (!writeFileSafely(path, asFile().toJson(m_questionnaire), error)) {
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    setSavedUnder(code()->fingerprint);
    m_modified = false;
    emit fileStateChanged();
    return true;
}

std::optional<Recovery::Leftover> AssessmentDocument::findLeftover() const
{
    return m_recovery.findLeftover(m_questionnaire);
}

bool AssessmentDocument::resume(const Recovery::Leftover& leftover, QString& problem)
{
    AnswersFile file = leftover.answers;
    if (leftover.source.isFile()) {
        // A school's own code: the one it was made under, if it still loads.
        Diagnostics problems;
        if (!useCode(leftover.source, &problems)) {
            problem = firstProblems(problems);
            return false;
        }
    }
    if (!take(file, problem)) {
        return false;
    }
    m_filePath.clear();
    setSavedUnder({});
    m_modified = true;
    emit fileStateChanged();
    keepRecovery();
    Recovery::removeLeftover(leftover.path);
    return true;
}

bool AssessmentDocument::savedUnderAnotherVersion() const
{
    return !m_savedUnder.isEmpty() && code() && m_savedUnder != code()->fingerprint;
}

bool AssessmentDocument::useSavedVersion(const QString& path, QString& problem)
{
    Diagnostics problems;
    std::shared_ptr<const LoadedCode> version = m_catalogue.loadVersion(CodeSource::file(path), problems);
    if (!version) {
        problem = firstProblems(problems);
        return false;
    }
    if (version->code.id != code()->id || version->code.fingerprint != m_savedUnder) {
        problem =
            Text::tr("%1 is not the version this assessment was saved under: it is %2 with fingerprint %3, the "
                     "assessment was saved under %4 with fingerprint %5.")
                .arg(QFileInfo(path).fileName(), version->code.id, version->code.fingerprint, code()->id, m_savedUnder);
        return false;
    }
    setSavedUnder(m_savedUnder, std::move(version));
    return true;
}

void AssessmentDocument::setSavedUnder(const QString& fingerprint, std::shared_ptr<const LoadedCode> version)
{
    const bool changes = fingerprint != m_savedUnder || version != m_savedVersion;
    m_savedUnder = fingerprint;
    m_savedVersion = std::move(version);
    if (changes) {
        emit savedVersionChanged();
    }
}

void AssessmentDocument::declineLeftover(const Recovery::Leftover& leftover)
{
    Recovery::removeLeftover(leftover.path);
}

void AssessmentDocument::close()
{
    m_recovery.discard();
}

void AssessmentDocument::forget()
{
    clear();
    m_recovery.removeEverything();
}

} // namespace codewijzer
