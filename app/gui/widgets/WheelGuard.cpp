#include "widgets/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QWheelEvent>
#include <QWidget>

namespace codewijzer {

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent)
{}

void WheelGuard::install(QWidget* widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(new WheelGuard(widget));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    auto* widget = static_cast<QWidget*>(watched);
    if (event->type() != QEvent::Wheel || widget->hasFocus()) {
        return QObject::eventFilter(watched, event);
    }
    // Handed to the scroll area around the list, as if the list were not there. Qt passes a wheel
    // event on to the parents only when it comes from the mouse itself, not when it is handed on.
    QWidget* around = widget->parentWidget();
    while (around && !qobject_cast<QAbstractScrollArea*>(around)) {
        around = around->parentWidget();
    }
    if (auto* area = qobject_cast<QAbstractScrollArea*>(around)) {
        const auto* wheel = static_cast<QWheelEvent*>(event);
        QWidget* viewport = area->viewport();
        QWheelEvent passed(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                           wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                           wheel->phase(), wheel->inverted(), wheel->source(), wheel->pointingDevice());
        QCoreApplication::sendEvent(viewport, &passed);
    }
    return true;
}

} // namespace codewijzer
