#pragma once

#include "io/Diagnostic.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

namespace codewijzer {

class AssessmentDocument;
struct CodeDiff;
struct LoadedCode;

// Live reload: watches the school's code file that the document uses and, when it changes on disk,
// reads it again and uses it, keeping the answers. A broken edit keeps the last good code in use and
// holds the file's problems until an edit that loads. Under a built-in code nothing is watched.
class CodeFileWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFileWatcher)

public:
    // An editor's save may come as several changes in a burst: the file is read once they settle.
    static constexpr int kSettleMs = 300;

    explicit CodeFileWatcher(AssessmentDocument* document, QObject* parent = nullptr);

    // The file watched; empty under a built-in code.
    const QString& path() const { return m_path; }
    // The problems of the file as it is on disk when it does not load; empty when it does.
    const Diagnostics& problems() const { return m_problems; }
    // Reads the file again now, as a change on disk does once it settles.
    void check();

    // "The code file changed: 2 rules and 1 article changed; your answers are kept." Without
    // `answersKept` (there are none, as after "Start again") the line ends after what changed.
    static QString describe(const CodeDiff& diff, bool answersKept = true);

signals:
    // The file changed and is the code in use now; `summary` says what changed, in one line.
    void reloaded(const QString& summary);
    // Problems were found in the file, they changed, or they are gone.
    void problemsChanged();

private:
    // Follows the document to the file of the code it uses, and says what changed when that file
    // was read again (by check(), or by "Start again").
    void follow();
    // (Re)adds the watches: a save that renames a new file over the old one ends the file's watch.
    void watch();
    void setProblems(Diagnostics problems);

    AssessmentDocument* const m_document;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    std::shared_ptr<const LoadedCode> m_last; // the code in use when last seen
    Diagnostics m_problems;
};

} // namespace codewijzer
