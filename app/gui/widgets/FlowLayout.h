#pragma once

#include <QLayout>
#include <QList>

class QBoxLayout;

namespace codewijzer {

// Lays its widgets out in a row, and goes on in the next row where the width runs out (as Qt's
// flow layout example): a row of buttons in the presenter's large type on a 1024×768 projector
// wraps instead of making the whole page scroll sideways.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

    // Moves the widgets of `row` (a layout inside `within`) into a new widget of this layout, in the
    // same place; `row` and its spacers go. Returns the new widget, named `name`.
    static QWidget* replace(QBoxLayout* within, QLayout* row, const QString& name);

private:
    // Places the items in `rect` (or only measures, when `place` is false); returns the height used.
    int arrange(const QRect& rect, bool place) const;

    QList<QLayoutItem*> m_items;
};

} // namespace codewijzer
