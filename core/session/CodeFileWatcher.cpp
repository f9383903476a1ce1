#include "session/CodeFileWatcher.h"

#include "rules/CodeDiff.h"
#include "session/AssessmentDocument.h"

#include <QFileInfo>
#include <utility>

namespace codewijzer {

namespace {

QStringList lines(const Diagnostics& problems)
{
    QStringList out;
    for (const Diagnostic& problem : problems) {
        out << problem.toString();
    }
    return out;
}

} // namespace

CodeFileWatcher::CodeFileWatcher(AssessmentDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &CodeFileWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    // The folder tells of a file renamed over the watched one, or written anew after it was removed.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(m_document, &AssessmentDocument::codeChanged, this, &CodeFileWatcher::follow);
    follow();
}

void CodeFileWatcher::follow()
{
    const std::shared_ptr<const LoadedCode> previous = std::exchange(m_last, m_document->loadedCode());
    const QString inUse = m_document->codeSource().isFile() ? m_document->codeSource().name() : QString();
    if (inUse != m_path) {
        if (!m_watcher.files().isEmpty() || !m_watcher.directories().isEmpty()) {
            m_watcher.removePaths(m_watcher.files() + m_watcher.directories());
        }
        m_settle.stop();
        m_path = inUse;
        setProblems({});
        watch();
        return;
    }
    if (!m_path.isEmpty() && previous && m_last && previous->code.fingerprint != m_last->code.fingerprint) {
        setProblems({});
        emit reloaded(describe(diffCodes(*previous, *m_last, m_document->questionnaire()), m_document->hasAnyAnswer()));
    }
}

void CodeFileWatcher::watch()
{
    if (m_path.isEmpty()) {
        return;
    }
    const QFileInfo file(m_path);
    if (file.exists() && !m_watcher.files().contains(m_path)) {
        m_watcher.addPath(m_path);
    }
    const QString folder = file.absolutePath();
    if (!m_watcher.directories().contains(folder)) {
        m_watcher.addPath(folder);
    }
}

void CodeFileWatcher::check()
{
    watch();
    if (m_path.isEmpty()) {
        return;
    }
    Diagnostics found;
    if (!m_document->reloadCode(&found)) {
        setProblems(std::move(found));
        return;
    }
    // A changed file is taken up in follow(), on the document's codeChanged.
    if (!m_problems.empty()) {
        emit reloaded(tr("The code file was read again: nothing changed; your answers are kept."));
        setProblems({});
    }
}

void CodeFileWatcher::setProblems(Diagnostics problems)
{
    if (lines(problems) != lines(m_problems)) {
        m_problems = std::move(problems);
        emit problemsChanged();
    }
}

QString CodeFileWatcher::describe(const CodeDiff& diff, bool answersKept)
{
    QStringList parts;
    const auto rules = static_cast<int>(diff.rules.size());
    const auto articles = static_cast<int>(diff.articles.size());
    if (rules > 0) {
        parts << (rules == 1 ? tr("1 rule") : tr("%1 rules").arg(rules));
    }
    if (articles > 0) {
        parts << (articles == 1 ? tr("1 article") : tr("%1 articles").arg(articles));
    }
    if (!diff.fields.empty() || !diff.contacts.empty()) {
        parts << tr("other details");
    }
    if (parts.isEmpty()) {
        return answersKept ? tr("The code file was read again: no rule or article changed; your answers are kept.")
                           : tr("The code file was read again: no rule or article changed.");
    }
    const QString changed = parts.size() == 1   ? parts[0]
                            : parts.size() == 2 ? tr("%1 and %2").arg(parts[0], parts[1])
                                                : tr("%1, %2 and %3").arg(parts[0], parts[1], parts[2]);
    return (answersKept ? tr("The code file changed: %1 changed; your answers are kept.")
                        : tr("The code file changed: %1 changed."))
        .arg(changed);
}

} // namespace codewijzer
