#pragma once

// Helpers for the training-mode tests: opening the window on a case, and checking that what a step
// reveals is on screen, in the case's view.

#include "MainWindow.h"
#include "session/TrainingSession.h"
#include "training/TrainingWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QScrollArea>
#include <QTest>
#include <gtest/gtest.h>

namespace codewijzer::test {

// Training mode from the View menu, on a code and (optionally) a case.
inline TrainingWindow& openTraining(MainWindow& window, const char* code, const char* caseId = nullptr)
{
    window.findChild<QAction*>(QStringLiteral("actionTraining"))->trigger();
    auto* training = window.findChild<TrainingWindow*>();
    EXPECT_TRUE(training);
    QApplication::setActiveWindow(training);
    // Up to 30 s, not Qt's 5: under Wine on a loaded machine the window system takes that long to
    // activate the window (the program already raises and activates it). It returns at once when active.
    EXPECT_TRUE(QTest::qWaitForWindowActive(training, 30000));
    auto* combo = training->findChild<QComboBox*>(QStringLiteral("codeCombo"));
    const int index = combo->findData(QString::fromLatin1(code));
    EXPECT_GE(index, 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    if (caseId) {
        EXPECT_TRUE(training->session().selectCase(QString::fromLatin1(caseId)));
    }
    return *training;
}

// Whether the widget is shown and in the case's view: whole, or, when it is taller than the view,
// from its start.
inline ::testing::AssertionResult inView(const TrainingWindow& training, const QWidget* widget)
{
    if (!widget || !widget->isVisible()) {
        return ::testing::AssertionFailure() << "not shown";
    }
    const QWidget* viewport = training.findChild<QScrollArea*>(QStringLiteral("caseScroll"))->viewport();
    const QRect r(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
    const QRect v = viewport->rect();
    const bool ok = r.height() > v.height() ? (r.top() >= 0 && r.top() < v.height() / 4) : v.contains(r);
    if (!ok) {
        return ::testing::AssertionFailure()
               << widget->objectName().toStdString() << " at x " << r.x() << ".." << r.right() << " (view width "
               << v.width() << ") y " << r.y() << ".." << r.bottom() << ", the view 0.." << v.bottom();
    }
    // And the view is on the screen, inside the window.
    const QRect onWindow(viewport->mapTo(&training, QPoint(0, 0)), viewport->size());
    if (!training.rect().contains(onWindow)) {
        return ::testing::AssertionFailure()
               << "the view is outside the window: view " << onWindow.y() << "+" << onWindow.height() << " in window "
               << training.width() << "x" << training.height() << " min " << training.minimumSizeHint().width() << "x"
               << training.minimumSizeHint().height();
    }
    return ::testing::AssertionSuccess();
}

} // namespace codewijzer::test
