#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace codewijzer {

class AssessmentDocument;
class CodeFileWatcher;

// Live reload, above the wizard: when the school's code file in use changes on disk, says in one
// line what changed (the answers stay); while an edit does not load, lists its problems, one line
// each with its place, and that the last good code stays in use. Never modal: a coordinator may
// save their editor many times while it is open.
class CodeReloadBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeReloadBar)

public:
    explicit CodeReloadBar(AssessmentDocument* document, QWidget* parent = nullptr);

    CodeFileWatcher* watcher() const { return m_watcher; }
    // The line shown: what changed, or that the file has problems.
    QString message() const;
    // The problems shown, one a line; empty when there are none.
    QString problems() const;

signals:
    // What changed, for the status bar.
    void status(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showChange(const QString& summary);
    void showProblems();
    void setWarning(bool warning);
    void retranslate();

    CodeFileWatcher* const m_watcher;
    QLabel* const m_message;
    QLabel* const m_problems;
    QToolButton* const m_close;
    bool m_showsProblems = false;
};

} // namespace codewijzer
