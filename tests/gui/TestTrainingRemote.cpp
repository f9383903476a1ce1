// Training mode as a presenter's remote drives it (offscreen): a whole case by Page Down alone, with
// and without the quiz, each step scrolled into view; B, Home and End; a layout that does not move;
// the choice of cases and its session file; the exercise sheet and the answer key; the quiz summary.

#include "TrainingDriver.h"
#include "WindowFixture.h"
#include "dialogs/CompareDialog.h"
#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "training/CaseChoiceDialog.h"
#include "training/CaseLibrary.h"
#include "training/QuizSummaryDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace codewijzer;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30000));
    // The PDF's ligatures back as letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QStringLiteral("ﬁ"), QStringLiteral("fi"))
        .replace(QStringLiteral("ﬂ"), QStringLiteral("fl"))
        .replace(QStringLiteral("ﬀ"), QStringLiteral("ff"))
        .replace(QStringLiteral("ﬃ"), QStringLiteral("ffi"));
}

class TrainingRemote : public test::WindowFixture
{
protected:
    TrainingWindow& open(const char* code, const char* caseId = nullptr)
    {
        TrainingWindow& training = test::openTraining(*m_window, code, caseId);
        return training;
    }

    template <typename T>
    static T* child(const QWidget& parent, const char* name)
    {
        auto* found = parent.findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(found) << name;
        return found;
    }

    // Page Down until the case changes, checking every step on the way: what it reveals is in view.
    // Returns the kinds of the steps seen.
    static std::vector<TrainingStep::Kind> walkCase(TrainingWindow& training)
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
};

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
    EXPECT_LE(std::abs(training.geometry().center().x() - available.center().x()), 2);
    EXPECT_LE(std::abs(training.geometry().center().y() - available.center().y()), 2);
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

TEST_F(TrainingRemote, TheCasesOfASessionAreChosenOrderedSavedAndOpenedAgain)
{
    TrainingWindow& training = open("dunamare");
    CaseChoiceDialog* dialog = training.chooseCases();
    ASSERT_TRUE(dialog);
    const std::vector<TrainingCase>& all = training.session().allCases();
    dialog->setChosenIds({all[4].id, all[2].id, all[7].id});
    auto* list = child<QListWidget>(*dialog, "caseChoiceList");
    ASSERT_EQ(list->count(), static_cast<int>(all.size()));
    EXPECT_EQ(list->item(0)->data(Qt::UserRole).toString(), all[4].id) << "the chosen ones first, in order";
    // Move the third chosen case up one place, as a person does with the Up button.
    list->setCurrentRow(2);
    QTest::mouseClick(child<QPushButton>(*dialog, "moveUpButton"), Qt::LeftButton);
    const QStringList chosen{all[4].id, all[7].id, all[2].id};
    EXPECT_EQ(dialog->chosenIds(), chosen);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vandaag.json"));
    QString error;
    ASSERT_TRUE(dialog->saveTo(path, error)) << error.toStdString();
    QTest::mouseClick(child<QPushButton>(*dialog, "startPresenterButton"), Qt::LeftButton);
    EXPECT_EQ(training.session().caseIds(), chosen);
    EXPECT_TRUE(training.presenterView()) << "the presenter view starts on the chosen cases";
    EXPECT_EQ(training.session().currentCase()->id, chosen[0]);
    EXPECT_EQ(child<QListWidget>(training, "caseList")->count(), 3);
    training.setPresenterView(false);

    // Another window, another code: the file brings its code and its cases.
    training.session().selectCode(CodeSource::builtin(QStringLiteral("mondia")));
    CaseChoiceDialog* again = training.chooseCases();
    Diagnostics problems;
    QString notice;
    ASSERT_TRUE(again->openFrom(path, problems, notice));
    EXPECT_EQ(training.session().code()->id, QStringLiteral("dunamare"));
    EXPECT_EQ(again->chosenIds(), chosen);
    QTest::mouseClick(child<QPushButton>(*again, "useCasesButton"), Qt::LeftButton);
    EXPECT_EQ(training.session().caseIds(), chosen);
    EXPECT_FALSE(training.presenterView());
}

TEST_F(TrainingRemote, TheExerciseSheetHoldsNoVerdictAndTheKeyHoldsEachChosenCasesVerdict)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        FAIL() << "pdftotext is missing: scripts/test installs poppler-utils";
    }
    for (const Language language : {Language::English, Language::Dutch}) {
        useLanguage(language);
        TrainingWindow& training = open("dunamare");
        const std::vector<TrainingCase>& all = training.session().allCases();
        QStringList chosen;
        for (std::size_t i = 0; i < all.size(); i += 2) {
            chosen << all[i].id;
        }
        ASSERT_TRUE(training.startSession(chosen, false));
        const Questionnaire& q = training.session().questionnaire();
        QTemporaryDir dir;
        const QString sheetPdf = dir.filePath(QStringLiteral("sheet.pdf"));
        const QString keyPdf = dir.filePath(QStringLiteral("key.pdf"));
        QString error;
        ASSERT_TRUE(training.exportHandout(sheetPdf, Handout::Kind::Exercise, error)) << error.toStdString();
        ASSERT_TRUE(training.exportHandout(keyPdf, Handout::Kind::Key, error)) << error.toStdString();
        const QString sheet = pdfText(sheetPdf).simplified();
        const QString key = pdfText(keyPdf).simplified();

        for (const TrainingCase& item : training.session().cases()) {
            EXPECT_TRUE(sheet.contains(item.title.in(language).simplified())) << item.id.toStdString();
            EXPECT_TRUE(key.contains(item.title.in(language).simplified())) << item.id.toStdString();
        }
        for (const TrainingCase& item : all) {
            if (!chosen.contains(item.id)) {
                EXPECT_FALSE(key.contains(item.title.in(language).simplified()))
                    << "not chosen: " << item.id.toStdString();
            }
        }
        // No verdict on the sheet: no label of any verdict, no verdict symbol.
        for (const Verdict verdict :
             {Verdict::Go, Verdict::Conditions, Verdict::CheckFirst, Verdict::Stop, Verdict::OutOfScope}) {
            const QString label = q.verdictLabel(verdict).in(language);
            const bool oneWord = !label.contains(u' ');
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(label)));
            EXPECT_FALSE(oneWord ? sheet.contains(word) : sheet.contains(label, Qt::CaseInsensitive))
                << label.toStdString();
        }
        for (const QString& symbol : {QStringLiteral("✔"), QStringLiteral("✖")}) {
            EXPECT_FALSE(sheet.contains(symbol));
        }
        EXPECT_TRUE(sheet.contains(QStringLiteral("________"))) << "room to write";
        // The key: every chosen case's verdict, with its symbol, in the order of the session.
        qsizetype at = 0;
        for (const TrainingCase& item : training.session().cases()) {
            const QString verdict =
                (language == Language::English ? QStringLiteral("Verdict: %1 %2") : QStringLiteral("Oordeel: %1 %2"))
                    .arg(verdictSymbol(item.verdict), q.verdictLabel(item.verdict).in(language));
            const qsizetype found = key.indexOf(verdict, at);
            EXPECT_GE(found, 0) << item.id.toStdString() << ": " << verdict.toStdString();
            at = std::max(at, found);
        }
        training.close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

TEST_F(TrainingRemote, NoVerdictHeadingIsLeftAloneAtAPagesFoot)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        FAIL() << "pdftotext is missing: scripts/test installs poppler-utils";
    }
    TrainingWindow& training = open("dunamare");
    QTemporaryDir dir;
    const QString keyPdf = dir.filePath(QStringLiteral("key.pdf"));
    QString error;
    ASSERT_TRUE(training.exportHandout(keyPdf, Handout::Kind::Key, error)) << error.toStdString();
    // Page by page: the last line of text above the page's foot never starts a verdict.
    const QStringList pages = pdfText(keyPdf).split(u'\f', Qt::SkipEmptyParts);
    ASSERT_GT(pages.size(), 3);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QStringList lines = pages[p].split(u'\n', Qt::SkipEmptyParts);
        while (!lines.isEmpty() && (lines.last().trimmed().isEmpty() || lines.last().contains(u"page "))) {
            lines.removeLast();
        }
        ASSERT_FALSE(lines.isEmpty());
        EXPECT_FALSE(lines.last().trimmed().startsWith(u"Verdict:")) << "page " << p + 1;
    }
}

TEST_F(TrainingRemote, TheQuizSummaryListsEachGuessAndTheScoreAndExportsAsPdf)
{
    TrainingWindow& training = open("mondia", "whatsapp-groep-klas");
    child<QCheckBox>(training, "quizCheck")->setChecked(true);
    TrainingSession& s = training.session();
    s.guess(Verdict::Conditions); // right
    s.showCase(s.caseIndex() + 1);
    s.guess(s.currentCase()->verdict == Verdict::Stop ? Verdict::Go : Verdict::Stop); // not
    QuizSummaryDialog* dialog = training.showQuizSummary();
    ASSERT_TRUE(dialog);
    const QString shown = child<QTextBrowser>(*dialog, "summaryView")->toPlainText();
    EXPECT_TRUE(shown.contains(u"1 of 2 right")) << shown.toStdString();
    EXPECT_TRUE(shown.contains(s.cases()[static_cast<std::size_t>(s.caseIndex()) - 1].title.en)) << shown.toStdString();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("results.pdf"));
    QString error;
    ASSERT_TRUE(dialog->exportPdf(pdf, error)) << error.toStdString();
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString text = pdfText(pdf).simplified();
        EXPECT_TRUE(text.contains(u"1 of 2 right")) << text.toStdString();
        EXPECT_TRUE(text.contains(u"✔ right"));
        EXPECT_TRUE(text.contains(u"✖ not quite"));
    }
    dialog->close();
}
