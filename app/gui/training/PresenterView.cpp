#include "training/PresenterView.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace codewijzer {

PresenterView::PresenterView(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_blank(new QWidget(window))
{
    // The black screen: above everything, until B or a step key.
    m_blank->setObjectName(QStringLiteral("blankScreen"));
    m_blank->setAttribute(Qt::WA_StyledBackground);
    m_blank->setStyleSheet(QStringLiteral("#blankScreen { background: #000000; }"));
    m_blank->setAccessibleName(tr("Black screen: press B to go on"));
    m_blank->hide();
    m_window->installEventFilter(this);
}

bool PresenterView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Resize) {
            m_blank->setGeometry(m_window->rect());
        } else if (event->type() == QEvent::Show && m_fullScreenPending && m_on) {
            QTimer::singleShot(0, this, [this] { applyFullScreen(); });
        }
    }
    return QObject::eventFilter(watched, event);
}

void PresenterView::setOn(bool on)
{
    if (on == m_on) {
        return;
    }
    m_on = on;
    for (QWidget* widget : m_hidden) {
        widget->setVisible(!on);
    }
    if (on) {
        if (!(m_window->windowState() & Qt::WindowFullScreen)) {
            m_normalGeometry = m_window->saveGeometry();
        }
        applyStyle(); // first: the large type settles the layout before the window grows
        applyFullScreen();
    } else {
        m_fullScreenPending = false;
        applyStyle(); // first: the small type lets the window become small again
        leaveFullScreen();
    }
}

void PresenterView::placeOnParentScreen()
{
    QWidget* parent = m_window->parentWidget();
    QScreen* screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size(std::min(1280, available.width() * 9 / 10), std::min(800, available.height() * 9 / 10));
    m_window->resize(size.expandedTo(m_window->minimumSizeHint()).boundedTo(available.size()));
    m_window->move(available.center() - QPoint(m_window->width() / 2, m_window->height() / 2));
}

// Full screen on the screen the window is on, once the window is mapped: a state set before that
// may be lost by the window manager.
void PresenterView::applyFullScreen()
{
    QWindow* window = m_window->windowHandle();
    if (!m_window->isVisible() || !window || !window->isExposed()) {
        m_fullScreenPending = true;
        if (!m_window->isVisible()) {
            m_window->show();
        }
        QTimer::singleShot(20, this, [this] {
            if (m_fullScreenPending && m_on) {
                applyFullScreen();
            }
        });
        return;
    }
    m_fullScreenPending = false;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // no later resize undoes it
    if (QScreen* on = window->screen()) {
        window->setScreen(on);
    }
    m_window->setWindowState((m_window->windowState() & ~(Qt::WindowMinimized | Qt::WindowMaximized)) |
                             Qt::WindowFullScreen);
}

// Back to the window as it was before the presenter view: its size and place, never wider than
// the screen.
void PresenterView::leaveFullScreen()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowFullScreen);
    const auto restore = [this] {
        if (m_on) {
            return;
        }
        if (m_normalGeometry.isEmpty() || !m_window->restoreGeometry(m_normalGeometry)) {
            placeOnParentScreen();
        }
        if (const QScreen* on = m_window->screen()) {
            const QRect available = on->availableGeometry();
            const QRect frame = m_window->frameGeometry();
            if (frame.width() > available.width() || frame.height() > available.height()) {
                m_window->resize(m_window->size().boundedTo(available.size() - (frame.size() - m_window->size())));
            }
        }
    };
    restore();
    // The window manager may answer the state change with its own idea of the size: restore again.
    QTimer::singleShot(50, this, restore);
    QTimer::singleShot(250, this, restore);
}

void PresenterView::applyStyle()
{
    if (!m_on) {
        m_window->setStyleSheet(QStringLiteral("#answersHeading { font-weight: 600; }"
                                               " #caseTitle { font-size: 18pt; font-weight: 600; }"
                                               " #situationLabel { font-size: 14pt; }"
                                               " #quizFeedback { font-size: 13pt; font-weight: 600; }"
                                               " #keyHint { color: palette(mid); }"
                                               " #keyHint[urgent=\"true\"] { color: #8a121a; font-weight: 600; }"));
        emit styleApplied();
        return;
    }
    // Sized by the screen: about 30 pixels of text at 1080 lines, still room for a case at 768.
    const QScreen* on = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    const int screenHeight = on ? on->geometry().height() : 1080;
    const int base = std::max(18, screenHeight / 36);
    // Each rule starts at the window's id: "#TrainingWindow QWidget" would outrank a bare "#caseTitle".
    const QString w = QStringLiteral("#TrainingWindow ");
    m_window->setStyleSheet(
        QStringLiteral("#TrainingWindow, %1QWidget { background: #000000; color: #ffffff; font-size: %2px; }"
                       " %1#caseTitle { font-size: %3px; font-weight: 700; color: #ffd84d; }"
                       " %1#situationLabel { font-size: %4px; }"
                       " %1#answersHeading, %1#quizQuestion { color: #ffd84d; }"
                       " %1#quizFeedback { font-weight: 700; color: #ffd84d; }"
                       " %1#keyHint { color: #bdbdbd; font-size: %5px; }"
                       " %1#keyHint[urgent=\"true\"] { color: #000000; background: #ffd84d; font-weight: 700;"
                       " padding: 4px 8px; }"
                       " %1QPushButton, %1QComboBox { background: #1c1c1c; color: #ffffff;"
                       " border: 2px solid #ffffff; border-radius: 6px; padding: 4px 12px; }"
                       " %1QPushButton:focus, %1QComboBox:focus, %1QCheckBox:focus { border: 3px solid #ffd84d; }"
                       " %1QPushButton:checked { background: #ffd84d; color: #000000; }"
                       " %1QPushButton:disabled { color: #8a8a8a; border-color: #5a5a5a; }"
                       " %1QCheckBox::indicator { width: %6px; height: %6px; border: 3px solid #ffffff;"
                       " border-radius: 4px; background: #000000; }"
                       " %1QCheckBox::indicator:checked { background: #ffd84d; border-color: #ffd84d; }"
                       " %1QCheckBox::indicator:focus { border-color: #ffd84d; }"
                       " %1codewijzer--AnswerEditor[changed=\"true\"] QComboBox,"
                       " %1codewijzer--AnswerEditor[changed=\"true\"] QPushButton {"
                       " border: 3px dashed #ffd84d; font-style: italic; }"
                       " QComboBox QAbstractItemView, QMenu { background: #000000; color: #ffffff;"
                       " selection-background-color: #ffd84d; selection-color: #000000; }")
            .arg(w)
            .arg(base)
            .arg(base * 3 / 2)
            .arg(base * 5 / 4)
            .arg(base * 4 / 5)
            .arg(base * 4 / 5));
    emit styleApplied();
}

bool PresenterView::isBlank() const
{
    return m_blank->isVisible();
}

void PresenterView::setBlank(bool on)
{
    m_blank->setGeometry(m_window->rect());
    m_blank->setVisible(on);
    if (on) {
        m_blank->raise();
    }
}

} // namespace codewijzer
