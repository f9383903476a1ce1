// The small widgets the pages are made of: the wheel guard on lists and the foldable section.

#include "widgets/Foldable.h"
#include "widgets/WheelGuard.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace codewijzer;

namespace {

// A long page in a scroll area with a guarded list halfway down, as on the result page.
struct LongPage
{
    LongPage()
    {
        auto* content = new QWidget;
        auto* layout = new QVBoxLayout(content);
        layout->addSpacing(600);
        combo = new QComboBox(content);
        combo->addItems({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
        combo->setCurrentIndex(1);
        WheelGuard::install(combo);
        layout->addWidget(combo);
        layout->addSpacing(600);
        area.setWidget(content);
        area.setWidgetResizable(true);
        area.resize(300, 300);
        area.show();
        area.ensureWidgetVisible(combo);
        QCoreApplication::processEvents();
    }

    void wheelDownOverTheList()
    {
        const QPoint at = combo->rect().center();
        QWheelEvent wheel(at, combo->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(combo, &wheel);
    }

    QScrollArea area;
    QComboBox* combo = nullptr;
};

} // namespace

TEST(WheelGuard, TheWheelOverAListWithoutFocusScrollsThePageAndLeavesTheAnswer)
{
    LongPage page;
    page.combo->clearFocus(); // the window may have given it the focus as the first control
    ASSERT_FALSE(page.combo->hasFocus());
    const int before = page.area.verticalScrollBar()->value();
    page.wheelDownOverTheList();
    EXPECT_EQ(page.combo->currentIndex(), 1);
    EXPECT_GT(page.area.verticalScrollBar()->value(), before);
}

TEST(WheelGuard, TheWheelChangesAListThatHasTheFocus)
{
    LongPage page;
    page.area.activateWindow();
    page.combo->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.combo->hasFocus(); }));
    page.wheelDownOverTheList();
    EXPECT_EQ(page.combo->currentIndex(), 2);
}

TEST(Foldable, ItsContentIsMadeWhenFirstOpenedAndStaysMade)
{
    int made = 0;
    Foldable fold(QStringLiteral("more"), QStringLiteral("More"), [&](QWidget* parent) {
        ++made;
        return new QLabel(QStringLiteral("inside"), parent);
    });
    fold.show();
    EXPECT_EQ(made, 0);
    EXPECT_FALSE(fold.isOpen());
    fold.toggle()->click();
    EXPECT_TRUE(fold.isOpen());
    EXPECT_EQ(made, 1);
    EXPECT_TRUE(fold.content()->isVisible());
    fold.toggle()->click();
    EXPECT_FALSE(fold.content()->isVisible());
    fold.setOpen(true);
    EXPECT_EQ(made, 1);
    EXPECT_EQ(fold.toggle()->objectName(), QStringLiteral("moreButton"));
}

TEST(Foldable, OpeningBelowTheFoldScrollsItIntoView)
{
    QScrollArea area;
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addSpacing(800);
    auto* fold = new Foldable(QStringLiteral("more"), QStringLiteral("More"), [](QWidget* parent) {
        auto* inside = new QLabel(QStringLiteral("inside"), parent);
        inside->setMinimumHeight(200);
        return inside;
    });
    layout->addWidget(fold);
    area.setWidget(content);
    area.setWidgetResizable(true);
    area.resize(300, 400);
    area.show();
    QCoreApplication::processEvents();
    area.ensureWidgetVisible(fold->toggle());
    const int before = area.verticalScrollBar()->value();
    fold->toggle()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return area.verticalScrollBar()->value() > before; }));
    const QPoint top = fold->content()->mapTo(area.viewport(), QPoint(0, 0));
    EXPECT_GE(top.y(), 0);
    EXPECT_LE(top.y() + fold->content()->height(), area.viewport()->height()) << "the whole of it, as it fits";
    EXPECT_GE(fold->toggle()->mapTo(area.viewport(), QPoint(0, 0)).y(), 0) << "its title still in view";
}
