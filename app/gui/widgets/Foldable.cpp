#include "widgets/Foldable.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace codewijzer {

Foldable::Foldable(const QString& name, const QString& title, Build build, QWidget* parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_layout(new QVBoxLayout(this))
    , m_build(std::move(build))
    , m_name(name)
{
    setObjectName(name);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_toggle->setObjectName(name + QStringLiteral("Button"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setProperty("foldable", true);
    m_layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    connect(m_toggle, &QToolButton::toggled, this, &Foldable::setOpen);
    setTitle(title);
}

void Foldable::setTitle(const QString& title)
{
    m_toggle->setText(title);
    m_toggle->setAccessibleName(title);
}

bool Foldable::isOpen() const
{
    return m_toggle->isChecked();
}

QWidget* Foldable::content()
{
    if (!m_content) {
        m_content = m_build(this);
        m_content->setObjectName(m_name + QStringLiteral("Content"));
        m_content->setContentsMargins(18, 0, 0, 6);
        m_content->setVisible(isOpen());
        m_layout->addWidget(m_content);
    }
    return m_content;
}

void Foldable::setOpen(bool open)
{
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(open);
    }
    m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    if (open || m_content) {
        content()->setVisible(open);
    }
    if (open && isVisible()) {
        if (QScrollArea* area = scrollArea()) {
            // Once the page has grown by what opened; and now, when that needs no more room.
            connect(area->verticalScrollBar(), &QScrollBar::rangeChanged, this, &Foldable::scrollIntoView,
                    Qt::SingleShotConnection);
            QTimer::singleShot(0, this, &Foldable::scrollIntoView);
        }
    }
}

QScrollArea* Foldable::scrollArea() const
{
    QWidget* around = parentWidget();
    while (around && !qobject_cast<QScrollArea*>(around)) {
        around = around->parentWidget();
    }
    return qobject_cast<QScrollArea*>(around);
}

void Foldable::scrollIntoView()
{
    // What opens below the fold comes up into view, as much of it as fits, its title never above
    // the top: the page scrolls down only as far as needed.
    QScrollArea* area = scrollArea();
    if (!area || !area->widget() || !isOpen()) {
        return;
    }
    const int top = mapTo(area->widget(), QPoint(0, 0)).y();
    const int bottom = top + height();
    QScrollBar* bar = area->verticalScrollBar();
    const int wanted = std::min(top, bottom - area->viewport()->height());
    if (wanted > bar->value()) {
        bar->setValue(wanted);
    }
}

} // namespace codewijzer
