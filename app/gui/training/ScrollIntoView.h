#pragma once

class QScrollArea;
class QWidget;

namespace codewijzer {

// Scrolls the area so that the widget (inside the area's own widget) is on screen whole, with room
// around it; one taller than the view shows from its start. What a step has just revealed may not
// be laid out yet: the area is laid out first.
void scrollIntoView(QScrollArea* area, QWidget* widget);

} // namespace codewijzer
