#include "session/Recovery.h"

#include "io/DataFile.h"
#include "io/SafeWrite.h"
#include "model/Questionnaire.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

namespace codewijzer {

namespace {

const QString kCodeSourceKey = QStringLiteral("codeSource");
const QString kSuffix = QStringLiteral(".codewijzer");

} // namespace

QString Recovery::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

QString Recovery::lockPathOf(const QString& recoveryPath)
{
    QString lock = recoveryPath;
    lock.chop(kSuffix.size());
    return lock + QStringLiteral(".lock");
}

Recovery::Recovery()
    : m_path(QDir(folder()).filePath(
          QStringLiteral("answers-%1%2").arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8), kSuffix)))
{}

Recovery::~Recovery() = default;

bool Recovery::isHeldByAnotherInstance(const QString& recoveryPath)
{
    QLockFile lock(lockPathOf(recoveryPath));
    // Stale only when the process that holds it has gone (not by age): tryLock then takes it over.
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return true;
}

bool Recovery::keep(const AnswersFile& answers, const CodeSource& source, const Questionnaire& questionnaire,
                    QString& error)
{
    if (!m_lock) {
        if (!QDir().mkpath(folder())) {
            error = QCoreApplication::translate("Recovery", "%1: cannot make the folder")
                        .arg(QDir::toNativeSeparators(folder()));
            return false;
        }
        auto lock = std::make_unique<QLockFile>(lockPathOf(m_path));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            error = QCoreApplication::translate("Recovery", "%1: cannot write the lock")
                        .arg(QDir::toNativeSeparators(lock->fileName()));
            return false;
        }
        m_lock = std::move(lock);
    }
    QJsonObject root = answers.toJsonObject(questionnaire);
    root.insert(kCodeSourceKey, source.toSetting());
    return writeFileSafely(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

void Recovery::discard()
{
    QFile::remove(m_path);
}

std::optional<Recovery::Leftover> Recovery::read(const QString& path, const Questionnaire& questionnaire)
{
    Diagnostics problems;
    const std::optional<QByteArray> bytes = readDataFile(path, problems);
    if (!bytes) {
        return std::nullopt;
    }
    std::optional<AnswersFile> answers = AnswersFile::parse(*bytes, path, questionnaire, problems);
    const CodeSource source =
        CodeSource::fromSetting(QJsonDocument::fromJson(*bytes).object().value(kCodeSourceKey).toString());
    if (!answers || source.isNull()) {
        return std::nullopt;
    }
    const auto count = std::count_if(answers->given.values.begin(), answers->given.values.end(),
                                     [](AnswerValue v) { return answer::isGiven(v); });
    return Leftover{path, std::move(*answers), source, QFileInfo(path).lastModified(), static_cast<int>(count)};
}

std::optional<Recovery::Leftover> Recovery::findLeftover(const Questionnaire& questionnaire) const
{
    const QDir dir(folder());
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("answers-*") + kSuffix}, QDir::Files, QDir::Time)) {
        const QString file = info.absoluteFilePath();
        if (file == m_path || isHeldByAnotherInstance(file)) {
            continue;
        }
        if (std::optional<Leftover> leftover = read(file, questionnaire)) {
            return leftover;
        }
        qWarning("Removed an unreadable recovery file: %s", qUtf8Printable(file));
        removeLeftover(file);
    }
    return std::nullopt;
}

void Recovery::removeLeftover(const QString& path)
{
    QFile::remove(path);
    QFile::remove(lockPathOf(path));
}

void Recovery::removeEverything()
{
    const QDir dir(folder());
    // Half-written copies too: a process killed while writing leaves "answers-….codewijzer.XXXXXX".
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("answers-*")}, QDir::Files | QDir::Hidden)) {
        const QString file = info.absoluteFilePath();
        const qsizetype suffixAt = file.lastIndexOf(kSuffix);
        if (suffixAt < 0) {
            continue; // a lock: removed with its file
        }
        const QString recoveryPath = file.left(suffixAt + kSuffix.size());
        if (recoveryPath != m_path && isHeldByAnotherInstance(recoveryPath)) {
            continue; // another running instance's answers
        }
        QFile::remove(file);
        if (recoveryPath != m_path && file == recoveryPath) {
            QFile::remove(lockPathOf(file));
        }
    }
}

} // namespace codewijzer
