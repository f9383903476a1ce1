#pragma once

#include "render/Handout.h"
#include "training/ResultView.h"

#include <QScopedPointer>
#include <QWidget>
#include <array>

namespace Ui {
class TrainingWindow;
}

class QPushButton;

namespace codewijzer {

class AnswerGrid;
class AssessmentDocument;
class CaseChoiceDialog;
class HandoutActions;
class PresenterView;
class QuizSummaryDialog;
class RemoteKeys;
class TrainingSession;

// Training mode, for a session on a projector: it shows a TrainingSession. Pick a code and the cases
// for today; the situation is shown large; a presenter's remote takes the case step by step (Page
// Down: each answer, in a quiz the group's guess with keys 1 to 5, the verdict, the deciding advice,
// its article, then the next case; Page Up: one step back; Home and End: the case's first and last
// step; B: a black screen), and every step scrolls what it reveals into view. Any revealed answer
// can be changed to see at once what the code then says; the codes can be compared side by side, the
// cases exported as an exercise sheet and an answer key, and the quiz's results as a PDF. F11
// toggles the presenter view (full screen, large type, high contrast). The window holds the parts
// together: PresenterView, RemoteKeys, HandoutActions and ResultView do their own.
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
    bool presenterView() const;
    // The answer key (the default) or the exercise sheet of the session's cases.
    bool exportHandout(const QString& path, QString& error) const
    {
        return exportHandout(path, Handout::Kind::Key, error);
    }
    bool exportHandout(const QString& path, Handout::Kind kind, QString& error) const;
    // The side-by-side view of the codes for the answers as they stand.
    void showComparison();
    // The dialog that chooses the session's cases (window-modal, not blocking).
    CaseChoiceDialog* chooseCases();
    // Takes these cases for the session (in this order) and, if asked, starts the presenter view.
    bool startSession(const QStringList& caseIds, bool presenter);
    // The quiz's results (window-modal, not blocking).
    QuizSummaryDialog* showQuizSummary();

    // The black screen (B), and what the case's step on screen has just revealed.
    bool isBlank() const;
    QWidget* revealedWidget() const;

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
    void showScore();
    void reserveAnswerSpace();
    void retranslate();
    void bringStepIntoView();

    const QScopedPointer<Ui::TrainingWindow> m_ui;
    AssessmentDocument* const m_document;
    TrainingSession* const m_session;
    AnswerGrid* const m_grid; // the case's answers, revealed one by one, each open to a what-if change
    PresenterView* const m_presenter;
    const ResultView m_result;
    // Set up once the form is: they work on its widgets.
    HandoutActions* m_handouts = nullptr;
    RemoteKeys* m_keys = nullptr;
    std::array<QPushButton*, 5> m_guessButtons{};
};

} // namespace codewijzer
