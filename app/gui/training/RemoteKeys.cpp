#include "training/RemoteKeys.h"

#include "session/TrainingSession.h"
#include "training/PresenterView.h"

#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QStyle>
#include <QWidget>

namespace codewijzer {

RemoteKeys::RemoteKeys(TrainingSession& session, PresenterView& presenter, QLabel* hint, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_presenter(presenter)
    , m_hint(hint)
{
    // A presenter's remote sends Page Down and Page Up (some also B or "." for a black screen): as
    // the window's shortcuts they work wherever the focus is in it.
    const auto shortcut = [this, window](const QKeySequence& keys, auto&& slot) {
        auto* s = new QShortcut(keys, window);
        connect(s, &QShortcut::activated, this, std::forward<decltype(slot)>(slot));
    };
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { stepKey(Key::Next); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { stepKey(Key::Previous); });
    shortcut(QKeySequence(Qt::Key_Home), [this] { stepKey(Key::First); });
    shortcut(QKeySequence(Qt::Key_End), [this] { stepKey(Key::Last); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Home), [this] { stepKey(Key::FirstCase); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_End), [this] { stepKey(Key::LastCase); });
    shortcut(QKeySequence(Qt::Key_B), [this] { m_presenter.setBlank(!m_presenter.isBlank()); });
    shortcut(QKeySequence(Qt::Key_Period), [this] { m_presenter.setBlank(!m_presenter.isBlank()); });
    shortcut(QKeySequence(Qt::Key_F11), [this] { emit presenterViewRequested(!m_presenter.isOn()); });
    for (int number = 1; number <= 5; ++number) {
        shortcut(QKeySequence(Qt::Key_0 + number), [this, number] { guessKey(number); });
    }
}

void RemoteKeys::stepKey(Key key)
{
    if (m_presenter.isBlank()) {
        m_presenter.setBlank(false); // back to where it was; the next press steps on
        return;
    }
    switch (key) {
    case Key::Next:
        if (!m_session.nextStep() && m_session.waitsForGuess()) {
            // Not stuck in silence: the hint says to choose, and the buttons are on screen.
            m_waitedForGuess = true;
            showHint();
            emit guessAwaited();
        }
        break;
    case Key::Previous:
        m_session.previousStep();
        break;
    case Key::First:
        m_session.firstStep();
        break;
    case Key::Last:
        m_session.lastStep();
        break;
    case Key::FirstCase:
        m_session.showCase(0);
        break;
    case Key::LastCase:
        m_session.showCase(static_cast<int>(m_session.cases().size()) - 1);
        break;
    }
    emit stepKeyPressed();
}

void RemoteKeys::guessKey(int number)
{
    // Only at the step that waits for the guess: a key pressed by mistake earlier gives nothing away.
    if (m_presenter.isBlank() || m_session.step().kind != TrainingStep::Kind::Guess || m_session.verdictShown()) {
        return;
    }
    m_session.guess(kGuessOrder[static_cast<std::size_t>(number - 1)]);
}

void RemoteKeys::showProgress()
{
    if (!m_session.waitsForGuess()) {
        m_waitedForGuess = false;
    }
    showHint();
}

void RemoteKeys::showHint()
{
    const TrainingSession& s = m_session;
    QString hint;
    bool urgent = false;
    if (!s.currentCase()) {
        hint.clear();
    } else if (s.waitsForGuess()) {
        hint = tr("Choose a verdict first: keys 1–5, or click one. Page Up: back.");
        urgent = m_waitedForGuess;
    } else {
        const std::vector<TrainingStep> steps = s.steps();
        const int index = s.stepIndex();
        QString next;
        if (index + 1 < static_cast<int>(steps.size())) {
            switch (steps[static_cast<std::size_t>(index) + 1].kind) {
            case TrainingStep::Kind::Situation:
            case TrainingStep::Kind::Answer:
                next = tr("the next answer");
                break;
            case TrainingStep::Kind::Guess:
                next = tr("the group chooses a verdict");
                break;
            case TrainingStep::Kind::Verdict:
                next = tr("the verdict");
                break;
            case TrainingStep::Kind::Advice:
                next = tr("the advice");
                break;
            case TrainingStep::Kind::Article:
                next = tr("the article");
                break;
            }
        } else if (s.caseIndex() + 1 < static_cast<int>(s.cases().size())) {
            next = tr("the next case");
        } else {
            next = tr("nothing: this was the last case");
        }
        hint = tr("Page Down: %1 · Page Up: back · Home/End: start/end of the case · B: black screen").arg(next);
        if (m_presenter.isOn()) {
            hint += tr(" · Esc: leave");
        }
    }
    m_hint->setText(hint);
    if (m_hint->property("urgent").toBool() != urgent) {
        m_hint->setProperty("urgent", urgent);
        m_hint->style()->unpolish(m_hint);
        m_hint->style()->polish(m_hint);
    }
}

} // namespace codewijzer
