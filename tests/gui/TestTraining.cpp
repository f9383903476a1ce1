// Training mode end to end, offscreen: by object names, clicks and keys, as a trainer uses it.

#include "MainWindow.h"
#include "ReadBack.h"
#include "WindowFixture.h"
#include "dialogs/CompareDialog.h"
#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "session/TrainingSession.h"
#include "settings/ProgramLanguage.h"
#include "training/CaseLibrary.h"
#include "training/TrainingWindow.h"
#include "widgets/AnswerEditor.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/WelcomePage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace codewijzer;

namespace {

class Training : public test::WindowFixture
{
protected:
    // Opens training mode from the View menu, on a code and a case.
    TrainingWindow& open(const char* code = "dunamare", const char* caseId = nullptr)
    {
        m_window->findChild<QAction*>(QStringLiteral("actionTraining"))->trigger();
        auto* training = m_window->findChild<TrainingWindow*>();
        EXPECT_TRUE(training);
        EXPECT_TRUE(training->isVisible());
        // Page Down, Page Up and F11 are the window's shortcuts: they work while it is active.
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
            auto* list = training->findChild<QListWidget*>(QStringLiteral("caseList"));
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->data(Qt::UserRole).toString() == QLatin1String(caseId)) {
                    list->setCurrentRow(row);
                }
            }
            EXPECT_EQ(training->session().currentCase()->id, QString::fromLatin1(caseId));
        }
        return *training;
    }

    template <typename T>
    static T* child(const QWidget& parent, const char* name)
    {
        auto* found = parent.findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(found) << name;
        return found;
    }

    static void click(const QWidget& parent, const char* name)
    {
        auto* button = child<QPushButton>(parent, name);
        ASSERT_TRUE(button->isVisible() && button->isEnabled()) << name;
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static QString verdictShown(const QWidget& training)
    {
        return child<QWidget>(training, "verdictFrame")->property("verdict").toString();
    }

    static std::vector<AnswerEditor*> editors(const QWidget& training)
    {
        std::vector<AnswerEditor*> out;
        for (AnswerEditor* editor : training.findChildren<AnswerEditor*>()) {
            if (!editor->objectName().isEmpty()) { // those being replaced have lost their name
                out.push_back(editor);
            }
        }
        return out;
    }

    static int revealedEditors(const QWidget& training)
    {
        int revealed = 0;
        for (AnswerEditor* editor : editors(training)) {
            revealed += editor->isRevealed() ? 1 : 0;
        }
        return revealed;
    }

    // Chooses an option of a one-option question as a person does in its list.
    static void chooseInEditor(const QWidget& training, const char* question, const char* option)
    {
        auto* editor = child<AnswerEditor>(training, (std::string("answer_") + question).c_str());
        auto* combo = editor->findChild<QComboBox*>();
        const Question& q =
            Questionnaire::builtin().question(Questionnaire::builtin().indexOf(QString::fromLatin1(question)));
        const int index =
            combo->findData(QVariant::fromValue(answer::option(q.optionIndex(QString::fromLatin1(option)))));
        ASSERT_GE(index, 0) << option;
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
};

} // namespace

TEST_F(Training, OpensOnACaseWithItsSituationLargeAndTheAnswersAndVerdictHidden)
{
    TrainingWindow& training = open("mondia");
    auto* list = child<QListWidget>(training, "caseList");
    EXPECT_GE(list->count(), 12);
    const TrainingCase* first = training.session().currentCase();
    ASSERT_TRUE(first);
    EXPECT_EQ(child<QLabel>(training, "situationLabel")->text(), first->situation.en);
    EXPECT_EQ(child<QLabel>(training, "caseTitle")->text(), first->title.en);
    EXPECT_GT(child<QLabel>(training, "situationLabel")->font().pointSizeF(), training.font().pointSizeF());
    EXPECT_EQ(static_cast<int>(editors(training).size()), training.session().askedCount());
    EXPECT_EQ(revealedEditors(training), 0);
    EXPECT_FALSE(child<QWidget>(training, "resultBox")->isVisible());
    EXPECT_FALSE(list->item(0)->text().contains(QStringLiteral("Go"))) << "the list gives nothing away";
}

TEST_F(Training, RevealsTheAnswersOneAtATimeOrAllAtOnce)
{
    TrainingWindow& training = open("dunamare", "klassenfoto-instagram");
    click(training, "revealNextButton");
    click(training, "revealNextButton");
    EXPECT_EQ(revealedEditors(training), 2);
    EXPECT_TRUE(editors(training)[0]->isRevealed());
    EXPECT_FALSE(editors(training)[2]->isRevealed());
    click(training, "revealAllButton");
    EXPECT_EQ(revealedEditors(training), training.session().askedCount());
    EXPECT_FALSE(child<QPushButton>(training, "revealNextButton")->isEnabled());
    EXPECT_FALSE(child<QWidget>(training, "resultBox")->isVisible()) << "the verdict waits for the trainer";
    click(training, "showVerdictButton");
    EXPECT_TRUE(child<QWidget>(training, "resultBox")->isVisible());
    EXPECT_EQ(verdictShown(training), QStringLiteral("check_first"));
    // The deciding advice, its article and the rest are three parts, each revealed by its own step.
    const QString details = child<QLabel>(training, "adviceLabel")->text() +
                            child<QLabel>(training, "articleLabel")->text() +
                            child<QLabel>(training, "resultDetails")->text();
    EXPECT_TRUE(details.contains(u"III.B.9")) << "the advice names its article";
    const Article& article = training.session().code()->articles[static_cast<std::size_t>(
        training.session().code()->articleIndex(u"III.B.9"))];
    EXPECT_TRUE(details.contains(article.text.toHtmlEscaped().left(80))) << "and quotes it in full";
    EXPECT_TRUE(details.contains(u"Social media protocol")) << "and says what the other code makes of it";
}

TEST_F(Training, PageDownRevealsTheAnswersThenTheVerdictThenTheNextCase)
{
    TrainingWindow& training = open("dunamare", "vriendverzoek-leerling");
    for (int i = 0; i < training.session().askedCount(); ++i) {
        QTest::keyClick(&training, Qt::Key_PageDown);
        EXPECT_EQ(revealedEditors(training), i + 1);
    }
    EXPECT_FALSE(training.session().verdictShown());
    QTest::keyClick(&training, Qt::Key_PageDown);
    EXPECT_TRUE(training.session().verdictShown());
    EXPECT_EQ(verdictShown(training), QStringLiteral("stop"));
    QTest::keyClick(&training, Qt::Key_PageDown);
    EXPECT_TRUE(training.session().adviceShown()) << "then the deciding advice";
    QTest::keyClick(&training, Qt::Key_PageDown);
    EXPECT_TRUE(training.session().articleShown()) << "then its article";
    QTest::keyClick(&training, Qt::Key_PageDown);
    EXPECT_EQ(training.session().currentCase()->id, QStringLiteral("vriendverzoek-ouder"));
    EXPECT_EQ(revealedEditors(training), 0);
    EXPECT_FALSE(training.session().verdictShown());
    QTest::keyClick(&training, Qt::Key_PageUp);
    EXPECT_EQ(training.session().currentCase()->id, QStringLiteral("vriendverzoek-leerling"));
    EXPECT_TRUE(training.session().caseComplete()) << "Page Up takes one step back: the previous case's last";
}

TEST_F(Training, TheQuizAsksForAVerdictFirstAndKeepsTheScore)
{
    TrainingWindow& training = open("mondia", "whatsapp-groep-klas");
    child<QCheckBox>(training, "quizCheck")->setChecked(true);
    EXPECT_FALSE(child<QPushButton>(training, "showVerdictButton")->isEnabled());
    click(training, "revealAllButton");
    QTest::keyClick(&training, Qt::Key_PageDown);
    EXPECT_FALSE(training.session().verdictShown()) << "in a quiz the group chooses first";

    click(training, "guess_conditions");
    EXPECT_TRUE(training.session().verdictShown());
    auto* feedback = child<QLabel>(training, "quizFeedback");
    EXPECT_TRUE(feedback->isVisible());
    EXPECT_TRUE(feedback->property("right").toBool());
    EXPECT_TRUE(feedback->text().startsWith(u"Right")) << feedback->text().toStdString();
    EXPECT_EQ(child<QLabel>(training, "scoreLabel")->text(), QStringLiteral("Quiz: 1 of 1 right"));

    click(training, "nextCaseButton");
    EXPECT_FALSE(training.session().verdictShown());
    click(training, "guess_go");
    EXPECT_FALSE(feedback->property("right").toBool());
    EXPECT_TRUE(feedback->text().contains(u"you chose “Go”, the code says “Go, if you follow the advice”"))
        << feedback->text().toStdString();
    EXPECT_EQ(child<QLabel>(training, "scoreLabel")->text(), QStringLiteral("Quiz: 1 of 2 right"));
}

TEST_F(Training, ChangingARevealedAnswerShowsTheNewVerdictAtOnce)
{
    TrainingWindow& training = open("dunamare", "klassenfoto-instagram");
    click(training, "showVerdictButton");
    EXPECT_EQ(verdictShown(training), QStringLiteral("check_first"));
    chooseInEditor(training, "consent", "explicit");
    EXPECT_EQ(verdictShown(training), QStringLiteral("go"));
    EXPECT_TRUE(child<AnswerEditor>(training, "answer_consent")->property("changed").toBool());
    EXPECT_TRUE(child<QLabel>(training, "verdictLabel")->text().contains(u"The case as written: Check first"));
    auto* reset = child<QPushButton>(training, "resetAnswersButton");
    EXPECT_TRUE(reset->isVisible());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(verdictShown(training), QStringLiteral("check_first"));
    EXPECT_FALSE(reset->isVisible());
}

TEST_F(Training, AChangeThatBringsNewQuestionsShowsThemUnanswered)
{
    TrainingWindow& training = open("dunamare", "mening-rooster");
    click(training, "showVerdictButton");
    EXPECT_EQ(verdictShown(training), QStringLiteral("conditions"));
    const int asked = training.session().askedCount();
    auto* content = child<AnswerEditor>(training, "answer_content");
    QAction* photos = content->findChild<QAction*>(QStringLiteral("option_pupil_images"));
    ASSERT_TRUE(photos);
    photos->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(training.session().askedCount(), asked + 3) << "age, consent and prominence now matter";
    EXPECT_EQ(revealedEditors(training), training.session().askedCount());
    EXPECT_EQ(verdictShown(training), QStringLiteral("check_first")) << "unanswered counts as I don't know";
}

TEST_F(Training, F11TogglesTheLargeHighContrastPresenterView)
{
    TrainingWindow& training = open("mondia");
    auto* situation = child<QLabel>(training, "situationLabel");
    situation->ensurePolished();
    const int normalSize = QFontInfo(situation->font()).pixelSize();
    QTest::keyClick(&training, Qt::Key_F11);
    EXPECT_TRUE(training.presenterView());
    EXPECT_TRUE(training.windowState() & Qt::WindowFullScreen);
    EXPECT_TRUE(child<QPushButton>(training, "presenterButton")->isChecked());
    EXPECT_FALSE(child<QListWidget>(training, "caseList")->isVisible());
    situation->ensurePolished();
    EXPECT_GT(QFontInfo(situation->font()).pixelSize(), normalSize);
    EXPECT_EQ(situation->palette().color(QPalette::WindowText), QColor(Qt::white));
    EXPECT_EQ(situation->palette().color(QPalette::Window), QColor(Qt::black));
    QTest::keyClick(&training, Qt::Key_Escape);
    EXPECT_FALSE(training.presenterView());
    EXPECT_FALSE(training.windowState() & Qt::WindowFullScreen);
    EXPECT_TRUE(child<QListWidget>(training, "caseList")->isVisible());
}

TEST_F(Training, ComparesTheCodesSideBySideWithTheDifferenceMarked)
{
    TrainingWindow& training = open("dunamare", "vriendverzoek-ouder");
    click(training, "compareButton");
    auto* dialog = qobject_cast<CompareDialog*>(QApplication::activeModalWidget());
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->verdictsDiffer());
    auto* table = child<QTableWidget>(*dialog, "comparisonTable");
    ASSERT_EQ(table->columnCount(), 2);
    EXPECT_EQ(table->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("stop"));
    EXPECT_EQ(table->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("go"));
    EXPECT_TRUE(table->verticalHeaderItem(0)->text().contains(u"≠"));
    EXPECT_TRUE(child<QLabel>(*dialog, "summaryLabel")->text().contains(u"Code of conduct for social media"));
    EXPECT_TRUE(table->item(3, 0)->text().contains(u"III.B.3")) << table->item(3, 0)->text().toStdString();
    dialog->close();
}

TEST_F(Training, ExportsTheHandoutOfTheCaseSet)
{
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    TrainingWindow& training = open("dunamare");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    QString error;
    ASSERT_TRUE(training.exportHandout(pdf, error)) << error.toStdString();
    const QString text = codewijzer::test::pdfToText(pdf).simplified();
    ASSERT_FALSE(training.session().cases().empty());
    for (const TrainingCase& c : training.session().cases()) {
        EXPECT_TRUE(text.contains(c.title.en.simplified())) << c.id.toStdString();
    }
}

TEST_F(Training, FollowsTheLanguageSwitch)
{
    TrainingWindow& training = open("mondia");
    click(training, "languageButton");
    QCoreApplication::sendPostedEvents(); // the language change reaches the widgets as an event
    EXPECT_EQ(currentLanguage(), Language::Dutch);
    EXPECT_EQ(child<QLabel>(training, "situationLabel")->text(), training.session().currentCase()->situation.nl);
    EXPECT_EQ(child<QPushButton>(training, "languageButton")->text(), QStringLiteral("English"));
}

TEST_F(Training, OffersASchoolsOwnCodeWithItsCasesAndSaysWhenACodeHasNone)
{
    ASSERT_TRUE(m_document->useCode(
        CodeSource::file(QStringLiteral(CODEWIJZER_SOURCE_DIR "/docs/examples/voorbeeldschool.json"))));
    m_window->findChild<QAction*>(QStringLiteral("actionTraining"))->trigger();
    auto* training = m_window->findChild<TrainingWindow*>();
    ASSERT_TRUE(training);
    EXPECT_EQ(training->session().code()->id, QStringLiteral("voorbeeldschool"));
    EXPECT_EQ(child<QListWidget>(*training, "caseList")->count(), 2);

    ASSERT_TRUE(training->session().selectCode(
        CodeSource::file(QStringLiteral(CODEWIJZER_SOURCE_DIR "/tests/data/codes/with-gaps.json"))));
    EXPECT_EQ(child<QListWidget>(*training, "caseList")->count(), 0);
    EXPECT_EQ(child<QLabel>(*training, "caseTitle")->text(), QStringLiteral("This code has no training cases"));
    EXPECT_FALSE(child<QPushButton>(*training, "handoutButton")->isEnabled());
    EXPECT_FALSE(child<QWidget>(*training, "quizBox")->isVisible());
}

TEST_F(Training, TheWindowComparesTheCodesForYourOwnAnswers)
{
    QAction* compare = m_window->findChild<QAction*>(QStringLiteral("actionCompareCodes"));
    EXPECT_FALSE(compare->isEnabled()) << "nothing to compare before an answer";
    useCode("dunamare");
    m_driver->next();
    m_driver->choose("activity", {"connect"});
    EXPECT_TRUE(compare->isEnabled());
    CompareDialog* dialog = m_window->compareCodes();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->findChild<QTableWidget*>(QStringLiteral("comparisonTable"))->columnCount(), 2);
    dialog->close();
}
