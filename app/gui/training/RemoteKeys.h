#pragma once

#include "model/Verdict.h"

#include <QObject>
#include <array>

class QLabel;
class QWidget;

namespace codewijzer {

class PresenterView;
class TrainingSession;

// Verdicts in the order a group thinks about them: from yes to no, "not covered" last. Keys 1 to 5.
inline constexpr std::array kGuessOrder{Verdict::Go, Verdict::Conditions, Verdict::CheckFirst, Verdict::Stop,
                                        Verdict::OutOfScope};

// The training window's keys, as a presenter's remote sends them, wherever the focus is in the
// window: Page Down and Page Up through the case's steps, Home and End to its first and last step
// (with Ctrl: the first and last case), 1 to 5 for the group's guess, B or "." for the black screen,
// F11 for the presenter view. And the hint below the case that says which key does what.
class RemoteKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteKeys)

public:
    RemoteKeys(TrainingSession& session, PresenterView& presenter, QLabel* hint, QWidget* window);

    // The step on screen has changed: the hint follows it.
    void showProgress();
    // Which key does what, for the step on screen: what Page Down shows next, or that the group chooses.
    void showHint();

signals:
    // A step key has been pressed: the window brings what the step reveals into view.
    void stepKeyPressed();
    // Page Down at a guess still to be made: the window offers the guess buttons.
    void guessAwaited();
    // F11: the presenter view on or off.
    void presenterViewRequested(bool on);

private:
    enum class Key { Next, Previous, First, Last, FirstCase, LastCase };

    void stepKey(Key key);
    void guessKey(int number);

    TrainingSession& m_session;
    PresenterView& m_presenter;
    QLabel* const m_hint;
    bool m_waitedForGuess = false; // Page Down was pressed while the step waits for the guess
};

} // namespace codewijzer
