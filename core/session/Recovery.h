#pragma once

#include "model/AnswersFile.h"
#include "model/CodeSource.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <memory>
#include <optional>

namespace codewijzer {

class Questionnaire;

// The answers in progress of one running instance, kept in a recovery file of its own after every
// change, so that a crash or a killed process loses none of them. Each instance holds a lock beside
// its file, so that two instances never share one, and a file whose lock nobody holds is what an
// instance that did not finish left behind: the next start offers it.
class Recovery
{
public:
    Recovery();
    ~Recovery();
    Recovery(const Recovery&) = delete;
    Recovery& operator=(const Recovery&) = delete;

    // "…/Codewijzer/recovery" in the user's application-data folder.
    static QString folder();
    // This instance's recovery file.
    const QString& path() const { return m_path; }

    // Keeps the answers and the code they were given under; false with a reason when it cannot.
    bool keep(const AnswersFile& answers, const CodeSource& source, const Questionnaire& questionnaire, QString& error);
    // Removes this instance's recovery file: the answers need no keeping any more.
    void discard();

    struct Leftover
    {
        QString path;
        AnswersFile answers;
        CodeSource source;
        QDateTime saved;
        int answerCount = 0;
    };
    // Reads a recovery file; nullopt when it cannot be read or is not one.
    static std::optional<Leftover> read(const QString& path, const Questionnaire& questionnaire);
    // The newest recovery file that an instance no longer running left; unreadable ones are removed.
    std::optional<Leftover> findLeftover(const Questionnaire& questionnaire) const;
    // Removes a leftover that was taken up or declined.
    static void removeLeftover(const QString& path);
    // Removes every recovery file no running instance holds, half-written copies included, and this
    // instance's own: "Delete my answers".
    void removeEverything();

private:
    static QString lockPathOf(const QString& recoveryPath);
    static bool isHeldByAnotherInstance(const QString& recoveryPath);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace codewijzer
