#pragma once

#include <QObject>

class QWidget;

namespace codewijzer {

// Keeps the mouse wheel from changing a list (or a spin box) that has no focus: the wheel then
// scrolls the page it is on, so that scrolling past an answer never changes it. A click or Tab
// gives the control the focus, and then the wheel works on it as usual.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    // Guards `widget` for as long as it lives.
    static void install(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent);
};

} // namespace codewijzer
