#pragma once

#include "render/Handout.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QPushButton;
class QWidget;

namespace codewijzer {

class QuizSummaryDialog;
class TrainingSession;

// The session on paper: the exercise sheet and the answer key of its cases as PDF, from the menu of
// the window's handout button, and the quiz's results, shown to the coordinator and exported from
// there. Nothing is written unless the coordinator asks.
class HandoutActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoutActions)

public:
    // Gives the button its menu; dialogs open over the window.
    HandoutActions(const TrainingSession& session, QPushButton* button, QWidget* window);

    // Without a dialog (the tests call this); false with a one-line reason when it cannot be done.
    bool exportHandout(const QString& path, Handout::Kind kind, QString& error) const;
    // With the file dialog, and a message when the file is not written.
    void exportWithDialog(Handout::Kind kind);
    // The quiz's results (window-modal, not blocking); none without a code.
    QuizSummaryDialog* showQuizSummary();

    void retranslate();

private:
    const TrainingSession& m_session;
    QWidget* const m_window;
    QMenu* const m_menu; // the handout button's, which owns it
    QAction* const m_exercise;
    QAction* const m_key;
};

} // namespace codewijzer
