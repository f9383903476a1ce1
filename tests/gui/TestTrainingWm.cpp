// Training mode on a real X server with a window manager (Xvfb and openbox, started by
// run-with-wm.sh at a projector's size): the first F11 gives a full-screen window that covers the
// screen, and leaving it restores the window exactly; the window opens centred and fits; a case is
// walked by Page Down alone, each step on screen. Skipped, with the reason, when there is no window
// manager to test with.

#include "TrainingDriver.h"
#include "WindowFixture.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QWindow>
#include <functional>

using namespace codewijzer;

namespace {

// Lets the X server and the window manager answer until `done`, for at most `ms`.
bool waitFor(const std::function<bool()>& done, int ms = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms) {
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

// Then a little longer, so that a late answer of the window manager is seen too.
void settle(int ms = 400)
{
    QTest::qWait(ms);
}

class TrainingWm : public test::WindowFixture
{
protected:
    void SetUp() override
    {
        const QString unavailable = qEnvironmentVariable("CODEWIJZER_WM_UNAVAILABLE");
        if (!unavailable.isEmpty()) {
            GTEST_SKIP() << "no window manager to test with: " << unavailable.toStdString();
        }
        if (QGuiApplication::platformName() != u"xcb") {
            GTEST_SKIP() << "needs X and a window manager: run through tests/gui/run-with-wm.sh";
        }
        test::WindowFixture::SetUp();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    TrainingWindow& open(const char* code, const char* caseId = nullptr)
    {
        TrainingWindow& training = test::openTraining(*m_window, code, caseId);
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&training));
        settle();
        return training;
    }

    static QRect screenOf(const QWidget& widget) { return widget.screen()->geometry(); }
};

} // namespace

TEST_F(TrainingWm, TheWindowOpensCentredOnTheScreenAndFitsIt)
{
    TrainingWindow& training = open("mondia");
    const QRect available = training.screen()->availableGeometry();
    const QRect frame = training.frameGeometry();
    EXPECT_TRUE(available.contains(frame))
        << "frame " << frame.x() << "," << frame.y() << " " << frame.width() << "x" << frame.height() << " on "
        << available.width() << "x" << available.height();
    EXPECT_LE(std::abs(frame.center().x() - available.center().x()), 24) << "centred, not at the left edge";
    EXPECT_GT(frame.x(), 1);
}

TEST_F(TrainingWm, TheFirstF11GivesAFullScreenWindowAndLeavingRestoresTheGeometry)
{
    TrainingWindow& training = open("mondia");
    const QRect screen = screenOf(training);
    const QRect before = training.geometry();
    const QRect frameBefore = training.frameGeometry();

    for (int round = 1; round <= 2; ++round) {
        SCOPED_TRACE(round);
        QTest::keyClick(&training, Qt::Key_F11);
        EXPECT_TRUE(waitFor([&] {
            return (training.windowState() & Qt::WindowFullScreen) && training.windowHandle()->geometry() == screen;
        })) << "the first F11: "
            << training.windowHandle()->geometry().width() << "x" << training.windowHandle()->geometry().height()
            << " on " << screen.width() << "x" << screen.height();
        settle();
        EXPECT_EQ(training.windowHandle()->geometry(), screen) << "and it stays full screen";
        EXPECT_TRUE(training.presenterView());

        QTest::keyClick(&training, Qt::Key_Escape);
        EXPECT_TRUE(waitFor([&] {
            return !(training.windowState() & Qt::WindowFullScreen) && training.geometry() == before;
        })) << "back to "
            << before.x() << "," << before.y() << " " << before.width() << "x" << before.height() << ", found "
            << training.geometry().x() << "," << training.geometry().y() << " " << training.geometry().width() << "x"
            << training.geometry().height();
        settle();
        EXPECT_EQ(training.geometry(), before);
        EXPECT_LE(training.frameGeometry().width(), screen.width()) << "never wider than the screen";
        EXPECT_EQ(training.frameGeometry().size(), frameBefore.size());
    }
}

TEST_F(TrainingWm, AQuizCaseIsWalkedByPageDownAloneOnTheScreen)
{
    TrainingWindow& training = open("mondia", "whatsapp-groep-klas");
    training.findChild<QCheckBox*>(QStringLiteral("quizCheck"))->setChecked(true);
    QTest::keyClick(&training, Qt::Key_F11);
    ASSERT_TRUE(waitFor([&] { return training.windowHandle()->geometry() == screenOf(training); }));
    settle();
    const TrainingSession& s = training.session();
    for (int presses = 0; presses < 30 && !s.waitsForGuess(); ++presses) {
        QTest::keyClick(&training, Qt::Key_PageDown);
        QTest::qWait(30);
        EXPECT_TRUE(test::inView(training, training.revealedWidget())) << "press " << presses;
    }
    ASSERT_TRUE(s.waitsForGuess());
    for (QPushButton* button : training.findChild<QWidget*>(QStringLiteral("quizBox"))->findChildren<QPushButton*>()) {
        EXPECT_TRUE(test::inView(training, button)) << button->objectName().toStdString();
    }
    QTest::keyClick(&training, Qt::Key_2);
    while (!s.caseComplete()) {
        QTest::keyClick(&training, Qt::Key_PageDown);
        QTest::qWait(30);
        EXPECT_TRUE(test::inView(training, training.revealedWidget()));
    }
    EXPECT_TRUE(s.articleShown());
    QTest::keyClick(&training, Qt::Key_Escape);
}
