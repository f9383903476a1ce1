// Training mode as a presenter's remote drives it (offscreen): a whole case by Page Down alone, with
// and without the quiz, each step scrolled into view; B, Home and End; a layout that does not move;
// the comparison, the presenter view's check box, the window's place, tool tips and the case list.
// The choice of cases, the handouts and the quiz summary: TestTrainingHandouts.cpp.

#include "TrainingRemoteFixture.h"
#include "dialogs/CompareDialog.h"
#include "model/Questionnaire.h"
#include "render/Explanation.h"

#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>

using namespace codewijzer;
using codewijzer::test::TrainingRemote;

namespace {

// Page Down until the case changes, checking every step on the way: what it reveals is in view.
// Returns the kinds of the steps seen.
std::vector<TrainingStep::Kind> walkCase(TrainingWindow& training)
{
    std::vector<TrainingStep::Kind> seen;
    const int index = training.session().caseIndex();
    for (int presses = 0; presses < 40 && training.session().caseIndex() == index; ++presses) {
        seen.push_back(training.session().step().kind);
        EXPECT_TRUE(test::inView(training, training.revealedWidget()))
            << "step " << presses << " of " << training.session().currentCase()->id.toStdString();
        if (training.session().waitsForGuess()) {
            return seen;
        }
        QTest::keyClick(&training, Qt::Key_PageDown);
        QApplication::processEvents();
    }
    return seen;
}

} // namespace

TEST_F(TrainingRemote, PageDownAloneTakesAWholeCaseToTheArticleAndEachStepIsInView)
{
    TrainingWindow& training = open("dunamare", "klassenfoto-instagram");
    training.setPresenterView(true);
    QApplication::processEvents();
    const TrainingSession& s = training.session();
    const int asked = s.askedCount();
    const Explanation expected = Explanation::of(*s.code(), s.questionnaire(), s.evaluation(), Language::English);

    for (int i = 0; i < asked; ++i) {
        QTest::keyClick(&training, Qt::Key_PageDown);
        EXPECT_EQ(s.revealedCount(), i + 1);
        EXPECT_TRUE(test::inView(training, training.revealedWidget())) << "answer " << i;
    }
    QTest::keyClick(&training, Qt::Key_PageDown);
    auto* verdict = child<QWidget>(training, "verdictFrame");
    EXPECT_EQ(verdict->property("verdict").toString(), QStringLiteral("check_first"));
    EXPECT_TRUE(test::inView(training, verdict));
    EXPECT_FALSE(child<QLabel>(training, "adviceLabel")->isVisible()) << "the advice waits for its own step";

    QTest::keyClick(&training, Qt::Key_PageDown);
    auto* advice = child<QLabel>(training, "adviceLabel");
    EXPECT_TRUE(test::inView(training, advice));
    for (const ExplainedAdvice* item : expected.decisiveAdvice()) {
        EXPECT_TRUE(advice->text().contains(item->text.toHtmlEscaped())) << advice->text().toStdString();
    }
    EXPECT_FALSE(child<QLabel>(training, "articleLabel")->isVisible());

    QTest::keyClick(&training, Qt::Key_PageDown);
    auto* article = child<QLabel>(training, "articleLabel");
    EXPECT_TRUE(test::inView(training, article));
    EXPECT_TRUE(article->text().contains(u"III.B.9")) << article->text().toStdString();
    EXPECT_TRUE(s.caseComplete());
    EXPECT_TRUE(child<QLabel>(training, "keyHint")->text().contains(u"the next case"))
        << child<QLabel>(training, "keyHint")->text().toStdString();

    QTest::keyClick(&training, Qt::Key_PageDown);
    EXPECT_NE(s.currentCase()->id, QStringLiteral("klassenfoto-instagram"));
    EXPECT_EQ(s.step().kind, TrainingStep::Kind::Situation);
    EXPECT_EQ(child<QScrollArea>(training, "caseScroll")->verticalScrollBar()->value(), 0)
        << "the new case from the top";
}

TEST_F(TrainingRemote, InThePresenterViewACaseFitsTheWidthOfA1024By768Projector)
{
    TrainingWindow& training = open("mondia");
    training.setPresenterView(true);
    QApplication::processEvents();
    // The large type must not make the page wider than the screen: rows of buttons wrap.
    auto* content = child<QWidget>(training, "caseContent");
    EXPECT_LE(content->minimumSizeHint().width(), 1024 - 60) << "narrowest the case can be";
    auto* row = child<QWidget>(training, "revealRow");
    const int oneRow = row->sizeHint().width();
    EXPECT_LT(content->minimumSizeHint().width(), oneRow) << "the row of buttons no longer sets the page's width";
    EXPECT_GT(oneRow, row->minimumSizeHint().width()) << "the buttons can wrap";
    ASSERT_TRUE(row->layout()->hasHeightForWidth());
    EXPECT_GT(row->layout()->heightForWidth(oneRow / 2), row->layout()->heightForWidth(oneRow)) << "in two rows";
}

TEST_F(TrainingRemote, EveryCaseCanBeWalkedByPageDownInThePresenterView)
{
    TrainingWindow& training = open("mondia");
    training.setPresenterView(true);
    QApplication::processEvents();
    const std::size_t count = training.session().cases().size();
    for (std::size_t c = 0; c + 1 < count; ++c) {
        const std::vector<TrainingStep::Kind> seen = walkCase(training);
        ASSERT_FALSE(seen.empty());
        EXPECT_EQ(seen.front(), TrainingStep::Kind::Situation);
        EXPECT_NE(std::find(seen.begin(), seen.end(), TrainingStep::Kind::Verdict), seen.end());
    }
}

TEST_F(TrainingRemote, InAQuizPageDownStopsAtTheGuessWithTheButtonsInViewAndSaysWhatToDo)
{
    TrainingWindow& training = open("mondia", "whatsapp-groep-klas");
    child<QCheckBox>(training, "quizCheck")->setChecked(true);
    training.setPresenterView(true);
    QApplication::processEvents();
    const TrainingSession& s = training.session();
    const std::vector<TrainingStep::Kind> seen = walkCase(training);
    ASSERT_EQ(seen.back(), TrainingStep::Kind::Guess);
    ASSERT_TRUE(s.waitsForGuess());
    auto* hint = child<QLabel>(training, "keyHint");
    EXPECT_TRUE(hint->text().contains(u"1–5")) << hint->text().toStdString();
    QTest::keyClick(&training, Qt::Key_PageDown);
    EXPECT_TRUE(s.waitsForGuess()) << "still the guess";
    EXPECT_TRUE(hint->property("urgent").toBool()) << "and the hint stands out";
    for (QPushButton* button : child<QWidget>(training, "quizBox")->findChildren<QPushButton*>()) {
        EXPECT_TRUE(test::inView(training, button)) << button->objectName().toStdString();
    }

    QTest::keyClick(&training, Qt::Key_2); // "Go, if you follow the advice"
    EXPECT_TRUE(s.verdictShown());
    EXPECT_EQ(s.rightGuesses(), 1);
    EXPECT_TRUE(test::inView(training, child<QWidget>(training, "verdictFrame")));
    EXPECT_FALSE(hint->property("urgent").toBool());
    QTest::keyClick(&training, Qt::Key_PageDown);
    EXPECT_TRUE(s.adviceShown());
    EXPECT_TRUE(test::inView(training, child<QWidget>(training, "adviceLabel")));
    while (!s.caseComplete()) {
        QTest::keyClick(&training, Qt::Key_PageDown);
    }
    QTest::keyClick(&training, Qt::Key_PageDown);
    EXPECT_NE(s.currentCase()->id, QStringLiteral("whatsapp-groep-klas"));
    QTest::keyClick(&training, Qt::Key_4);
    EXPECT_FALSE(s.verdictShown()) << "a number key guesses only at the guess step";
    EXPECT_EQ(s.guesses(), 1);
}

TEST_F(TrainingRemote, BBlanksTheScreenAndAStepKeyBringsItBackWithoutStepping)
{
    TrainingWindow& training = open("dunamare", "klassenfoto-instagram");
    training.setPresenterView(true);
    QTest::keyClick(&training, Qt::Key_PageDown);
    const int step = training.session().stepIndex();
    QTest::keyClick(&training, Qt::Key_B);
    auto* blank = child<QWidget>(training, "blankScreen");
    EXPECT_TRUE(training.isBlank());
    EXPECT_EQ(blank->geometry(), training.rect()) << "the whole view";
    QTest::keyClick(&training, Qt::Key_PageDown);
    EXPECT_FALSE(training.isBlank());
    EXPECT_EQ(training.session().stepIndex(), step);
    QTest::keyClick(&training, Qt::Key_B);
    QTest::keyClick(&training, Qt::Key_B);
    EXPECT_FALSE(training.isBlank());
}

TEST_F(TrainingRemote, HomeAndEndGoToTheCasesFirstAndLastStep)
{
    TrainingWindow& training = open("dunamare", "klassenfoto-instagram");
    QTest::keyClick(&training, Qt::Key_End);
    EXPECT_TRUE(training.session().caseComplete());
    EXPECT_EQ(training.session().currentCase()->id, QStringLiteral("klassenfoto-instagram")) << "the same case";
    QTest::keyClick(&training, Qt::Key_Home);
    EXPECT_EQ(training.session().step().kind, TrainingStep::Kind::Situation);
    EXPECT_EQ(training.session().currentCase()->id, QStringLiteral("klassenfoto-instagram"));
    QTest::keyClick(&training, Qt::Key_End, Qt::ControlModifier);
    EXPECT_EQ(training.session().caseIndex(), static_cast<int>(training.session().cases().size()) - 1);
    QTest::keyClick(&training, Qt::Key_Home, Qt::ControlModifier);
    EXPECT_EQ(training.session().caseIndex(), 0);
}

TEST_F(TrainingRemote, RevealingTheAnswersMovesNothingBelowThem)
{
    TrainingWindow& training = open("mondia", "whatsapp-groep-klas");
    child<QCheckBox>(training, "quizCheck")->setChecked(true);
    for (const bool presenter : {false, true}) {
        training.setPresenterView(presenter);
        training.session().firstStep();
        QApplication::processEvents();
        auto* guess = child<QPushButton>(training, "guess_go");
        auto* content = child<QWidget>(training, "caseContent");
        auto* verdictButton = child<QPushButton>(training, "showVerdictButton");
        const QPoint guessBefore = guess->mapTo(content, QPoint(0, 0));
        const QPoint buttonBefore = verdictButton->mapTo(content, QPoint(0, 0));
        QTest::mouseClick(child<QPushButton>(training, "revealAllButton"), Qt::LeftButton);
        QApplication::processEvents();
        EXPECT_EQ(guess->mapTo(content, QPoint(0, 0)), guessBefore)
            << "presenter " << presenter << " reserved " << child<QWidget>(training, "answersBox")->minimumHeight()
            << " now " << child<QWidget>(training, "answersBox")->height() << " y " << guessBefore.y() << " -> "
            << guess->mapTo(content, QPoint(0, 0)).y();
        EXPECT_EQ(verdictButton->mapTo(content, QPoint(0, 0)), buttonBefore) << "presenter " << presenter;
    }
}

TEST_F(TrainingRemote, ChangedAnswersAreMarkedInTheComparisonToo)
{
    TrainingWindow& training = open("dunamare", "klassenfoto-instagram");
    const Questionnaire& q = training.session().questionnaire();
    const int consent = q.indexOf(u"consent");
    training.session().setAnswer(consent, answer::option(q.question(consent).optionIndex(u"explicit")));
    EXPECT_TRUE(child<QLabel>(training, "answersHeading")->text().contains(u"changed"));
    training.showComparison();
    auto* dialog = qobject_cast<CompareDialog*>(QApplication::activeModalWidget());
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(child<QLabel>(*dialog, "subjectLabel")->text().contains(u"with changed answers"))
        << child<QLabel>(*dialog, "subjectLabel")->text().toStdString();
    dialog->close();
    training.session().resetAnswers();
    training.showComparison();
    dialog = qobject_cast<CompareDialog*>(QApplication::activeModalWidget());
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(child<QLabel>(*dialog, "subjectLabel")->text().contains(u"changed"));
    dialog->close();
}

TEST_F(TrainingRemote, ThePresenterViewsCheckBoxHasAVisibleBox)
{
    TrainingWindow& training = open("mondia");
    training.setPresenterView(true);
    auto* quiz = child<QCheckBox>(training, "quizCheck");
    quiz->ensurePolished();
    EXPECT_TRUE(training.styleSheet().contains(u"QCheckBox::indicator")) << "an indicator in presenter colours";
    QImage image(quiz->size(), QImage::Format_ARGB32);
    image.fill(Qt::black);
    quiz->render(&image);
    int white = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < std::min(image.width(), image.height() * 2); ++x) {
            white += QColor(image.pixel(x, y)).lightness() > 200 ? 1 : 0;
        }
    }
    EXPECT_GT(white, image.height() * 2) << "the box's white border shows on black";
}

TEST_F(TrainingRemote, TheWindowOpensCentredOnItsScreenAndFitsIt)
{
    TrainingWindow& training = open("mondia");
    const QRect available = m_window->screen()->availableGeometry();
    EXPECT_LE(training.width(), available.width());
    EXPECT_LE(training.height(), available.height());
    // Where the window manager draws a frame (Windows), the frame's title bar shifts the inside down.
    const int frame = training.frameGeometry().height() - training.height();
    EXPECT_LE(std::abs(training.geometry().center().x() - available.center().x()), 2 + frame);
    EXPECT_LE(std::abs(training.geometry().center().y() - available.center().y()), 2 + frame);
    training.setPresenterView(true);
    training.setPresenterView(false);
    QTest::qWait(300);
    EXPECT_LE(training.frameGeometry().width(), m_window->screen()->geometry().width());
}

TEST_F(TrainingRemote, ALongAnswerIsThereInFullAsItsToolTip)
{
    TrainingWindow& training = open("dunamare", "klassenfoto-instagram");
    auto* channel = child<QWidget>(training, "answer_channel");
    auto* list = channel->findChild<QComboBox*>();
    ASSERT_TRUE(list);
    EXPECT_TRUE(list->toolTip().contains(list->currentText().toHtmlEscaped())) << list->toolTip().toStdString();
    EXPECT_GT(list->toolTip().size(), 40);
}

TEST_F(TrainingRemote, CaseTitlesWrapInTheList)
{
    TrainingWindow& training = open("dunamare");
    auto* list = child<QListWidget>(training, "caseList");
    EXPECT_TRUE(list->wordWrap());
    EXPECT_EQ(list->textElideMode(), Qt::ElideNone);
}
