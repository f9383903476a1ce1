#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QWidget;

namespace codewijzer {

// The presenter view of the training window (F11): full screen on the screen the window is on,
// large type in high contrast sized by that screen, and after it the window's own size and place
// again; and the black screen (B) over everything. The window says what the view hides.
class PresenterView final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterView)

public:
    // Watches the window's own events (its size, its first showing) for the black screen and a
    // full screen still to come.
    explicit PresenterView(QWidget* window);

    // What the view hides to leave every pixel for the case.
    void setHiddenInView(const QList<QWidget*>& widgets) { m_hidden = widgets; }

    bool isOn() const { return m_on; }
    // Into the view or out of it; nothing happens when it already is so.
    void setOn(bool on);
    // The window's style sheet for the view as it is: large type on black, or the normal one.
    void applyStyle();
    // Centred on the screen of the window it was opened from, at a size that fits that screen.
    void placeOnParentScreen();

    bool isBlank() const;
    void setBlank(bool on);

signals:
    // A new style sheet has set the type: what the window sizes by its text must follow.
    void styleApplied();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFullScreen();
    void leaveFullScreen();

    QWidget* const m_window;
    QWidget* const m_blank; // the black screen over everything
    QList<QWidget*> m_hidden;
    bool m_on = false;
    bool m_fullScreenPending = false;
    QByteArray m_normalGeometry; // the window before the presenter view, restored after it
};

} // namespace codewijzer
