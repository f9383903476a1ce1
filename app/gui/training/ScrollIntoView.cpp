#include "training/ScrollIntoView.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>

namespace codewijzer {

namespace {

// A step's reveal leaves this much room above and below what it shows.
constexpr int kViewMargin = 16;

} // namespace

void scrollIntoView(QScrollArea* area, QWidget* widget)
{
    if (!widget) {
        return;
    }
    QWidget* content = area->widget();
    // What was just revealed has no place yet: lay the case out now, and let the scroll area size it
    // to the view (twice: a scroll bar that appears narrows the view).
    for (int pass = 0; pass < 2; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        content->layout()->activate();
        QEvent request(QEvent::LayoutRequest);
        QCoreApplication::sendEvent(area, &request);
    }
    content->layout()->activate();

    const QRect r(widget->mapTo(content, QPoint(0, 0)), widget->size());
    QScrollBar* bar = area->verticalScrollBar();
    const int view = area->viewport()->height();
    int top = bar->value();
    if (r.height() + 2 * kViewMargin > view || r.top() - kViewMargin < top) {
        top = r.top() - kViewMargin;
    } else if (r.bottom() + kViewMargin > top + view) {
        top = r.bottom() + kViewMargin - view;
    }
    bar->setValue(top);
}

} // namespace codewijzer
