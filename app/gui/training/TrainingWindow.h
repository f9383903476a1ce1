#pragma once

#include "model/Verdict.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class TrainingWindow;
}

namespace codewijzer {

class AnswerGrid;
class AssessmentDocument;
class TrainingSession;

// Training mode, for a session on a projector: it shows a TrainingSession. Pick a code and one of
// its cases; the situation is shown large; the trainer reveals the answers one by one or all at
// once, then the verdict with the advice, the reasons and the articles in full. In a quiz the group
// chooses a verdict first. Any revealed answer can be changed to see at once what the code then
// says; the codes can be compared side by side, and the case set exported as a handout. F11 toggles
// the presenter view (full screen, large type, high contrast); Page Down takes the next step,
// Page Up goes back a case.
class TrainingWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingWindow)

public:
    // Offers the document's code (a school's own file included) beside the built-in ones, and starts
    // on it.
    explicit TrainingWindow(AssessmentDocument* document, QWidget* parent = nullptr);
    ~TrainingWindow() override;

    TrainingSession& session() const { return *m_session; }

    void setPresenterView(bool on);
    bool presenterView() const { return m_presenter; }
    bool exportHandout(const QString& path, QString& error) const;
    // The side-by-side view of the codes for the answers as they stand.
    void showComparison();

signals:
    void switchLanguageRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fillCodes();
    void showCases();
    void showAnswers();
    void showProgress();
    void showResult();
    void showScore();
    void updatePresenterStyle();
    void retranslate();
    void exportHandoutWithDialog();

    const QScopedPointer<Ui::TrainingWindow> m_ui;
    AssessmentDocument* const m_document;
    TrainingSession* const m_session;
    AnswerGrid* const m_grid; // the case's answers, revealed one by one, each open to a what-if change
    bool m_presenter = false;
};

} // namespace codewijzer
