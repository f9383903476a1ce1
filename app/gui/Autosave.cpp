#include "Autosave.h"

#include "Assessment.h"
#include "io/AtomicWrite.h"
#include "io/DataFile.h"
#include "model/Questionnaire.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace codewijzer {

namespace {
const QString kCodeSourceKey = QStringLiteral("codeSource");
} // namespace

Autosave::Autosave(Assessment* assessment, QObject* parent)
    : QObject(parent)
    , m_assessment(assessment)
{
    connect(assessment, &Assessment::answersChanged, this, &Autosave::update);
    connect(assessment, &Assessment::codeChanged, this, &Autosave::update);
}

QString Autosave::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave.codewijzer"));
}

std::optional<Autosave::Found> Autosave::find(const Questionnaire& questionnaire)
{
    if (!QFileInfo::exists(path())) {
        return std::nullopt;
    }
    Diagnostics problems;
    const std::optional<QByteArray> bytes = readDataFile(path(), problems);
    std::optional<AnswersFile> answers =
        bytes ? AnswersFile::parse(*bytes, path(), questionnaire, problems) : std::nullopt;
    const QString source =
        bytes ? QJsonDocument::fromJson(*bytes).object().value(kCodeSourceKey).toString() : QString();
    if (!answers || source.isEmpty()) {
        qWarning("Removed an unreadable autosave file: %s",
                 qUtf8Printable(problems.empty() ? path() : problems.front().toString()));
        remove();
        return std::nullopt;
    }
    Found found{std::move(*answers), source, QFileInfo(path()).lastModified(), 0};
    found.answerCount =
        static_cast<int>(std::count_if(found.answers.given.values.begin(), found.answers.given.values.end(),
                                       [](AnswerValue v) { return answer::isGiven(v); }));
    return found;
}

void Autosave::remove()
{
    QFile::remove(path());
}

void Autosave::update()
{
    if (!m_enabled) {
        return;
    }
    const CodeOfConduct* code = m_assessment->code();
    if (!m_assessment->hasAnyAnswer() || !code) {
        remove();
        return;
    }
    const AnswersFile file{code->id, code->fingerprint, m_assessment->given()};
    QJsonObject root = QJsonDocument::fromJson(file.toJson(m_assessment->questionnaire())).object();
    root.insert(kCodeSourceKey, m_assessment->codeSource());
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QString error;
    if (!writeFileAtomically(path(), QJsonDocument(root).toJson(QJsonDocument::Indented), error)) {
        qWarning("Could not keep the answers in progress: %s", qUtf8Printable(error));
    }
}

} // namespace codewijzer
