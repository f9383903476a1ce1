#include "TestData.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/StepList.h"
#include "wizard/WelcomePage.h"

#include <QAccessible>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>
#include <set>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

// Every scenario file, answered in the wizard page by page as a person does: the result page shows
// the verdict and the articles the scenario expects.
class WizardScenario : public testing::TestWithParam<std::string>, protected WizardFixture
{
protected:
    void SetUp() override { makeWizard(); }
};

} // namespace

TEST_P(WizardScenario, ShowsTheResultTheScenarioExpects)
{
    const Scenario scenario = Scenario::read(sourcePath(QString::fromStdString(GetParam())));
    SCOPED_TRACE(scenario.description.toStdString());
    m_driver->chooseCode(scenario.file.code);
    m_driver->answer(scenario.file.given);
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Review);
    const Questionnaire& q = m_document->questionnaire();
    const Questionnaire::QuestionSet& asks = m_document->code()->asks;
    EXPECT_EQ(q.resolve(m_document->given(), nullptr, asks), q.resolve(scenario.file.given, nullptr, asks))
        << "every answer the code asks for, as the file has it";
    m_driver->next();
    expectResult(scenario.verdict.toUtf8().constData());
    std::set<std::string> expected;
    for (const QString& id : scenario.articles) {
        expected.insert(id.toStdString());
    }
    EXPECT_EQ(shownArticles(), expected);
}

INSTANTIATE_TEST_SUITE_P(Scenarios, WizardScenario, testing::ValuesIn(jsonFiles(QStringLiteral("tests/scenarios"))),
                         [](const testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param.substr(info.param.rfind('/') + 1);
                             name = name.substr(0, name.size() - 5);
                             for (char& c : name) {
                                 c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             }
                             return name;
                         });

TEST_F(Wizard, DunamareClassPhotoNeedsExplicitConsent)
{
    useCode("dunamare");
    classPhoto("under_16", "enrolment_only");
    expectResult("check_first");
    EXPECT_TRUE(shownArticles().count("III.B.9"));
}

TEST_F(Wizard, MondiaClassPhotoWithEnrolmentConsentGoes)
{
    useCode("mondia");
    classPhoto("under_16", "enrolment_only");
    expectResult("go");
    EXPECT_TRUE(shownArticles().count("scholen.3"));
}

TEST_F(Wizard, ColleagueFriendRequestGoes)
{
    useCode("dunamare");
    WizardDriver& d = *m_driver;
    d.next();
    d.choose("activity", {"connect"});
    d.next();
    EXPECT_EQ(d.page(), AssessmentWizard::Page_FirstQuestions + 1) << "the context page asks for the account";
    d.choose("account", {"personal"});
    d.next();
    d.choose("audience", {"colleagues"});
    d.next();
    d.choose("prior_relationship", {"no"});
    d.next();
    d.next();
    expectResult("go");
    EXPECT_EQ(shownArticles(), std::set<std::string>{"III.B.3"});
}

TEST_F(Wizard, BackFromTheResultKeepsEveryAnswer)
{
    useCode("dunamare");
    classPhoto("16_or_older", "explicit");
    expectResult("go");
    const Answers before = m_document->given();
    WizardDriver& d = *m_driver;
    d.back(); // review
    d.back(); // timing
    d.back(); // pupils
    EXPECT_TRUE(d.control(QStringLiteral("option_consent_explicit"))->isChecked());
    d.back(); // content
    EXPECT_TRUE(d.control(QStringLiteral("option_content_pupil_images"))->isChecked());
    d.next();
    d.next();
    d.next();
    d.next();
    EXPECT_EQ(m_document->given(), before);
    expectResult("go");
}

TEST_F(Wizard, SwitchingLanguageHalfwayKeepsAnswersAndTranslatesEverything)
{
    useCode("dunamare");
    WizardDriver& d = *m_driver;
    d.next();
    d.choose("activity", {"contact"});
    d.next();
    EXPECT_EQ(m_wizard->currentPage()->title(), QStringLiteral("Waar en met welk account"));
    d.control(QStringLiteral("languageButton"))->click();
    QApplication::processEvents(); // LanguageChange goes through the event loop
    EXPECT_EQ(currentLanguage(), Language::English);
    EXPECT_EQ(m_wizard->currentPage()->title(), QStringLiteral("Where, and with which account"));
    EXPECT_EQ(m_wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
    EXPECT_EQ(d.control(QStringLiteral("option_channel_email"))->text(), QStringLiteral("E-mail"));
    d.choose("channel", {"email"});
    d.choose("account", {"personal"});
    d.next();
    d.choose("audience", {"pupils"});
    d.next();
    d.next(); // nothing in it
    d.choose("during_lesson", {"no"});
    d.next();
    d.choose("prior_relationship", {"no"});
    d.next();
    d.choose("escalating", {"no"});
    d.next();
    d.next();
    expectResult("stop");
    EXPECT_TRUE(m_wizard->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text().contains(u"Stop"));
    d.control(QStringLiteral("languageButton"))->click();
    QApplication::processEvents(); // LanguageChange goes through the event loop
    EXPECT_TRUE(m_wizard->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text().contains(u"Niet doen"));
    EXPECT_EQ(d.control(QStringLiteral("startAgainButton"))->text().remove(u'&'), QStringLiteral("Nieuwe beoordeling"));
}

TEST_F(Wizard, IDontKnowCountsAsNotKnown)
{
    useCode("dunamare");
    classPhoto("unknown", "unknown");
    expectResult("check_first");
    const Evaluation e = m_document->evaluation();
    EXPECT_EQ(e.unknown.size(), 2u); // age and consent
}

TEST_F(Wizard, ASchoolsOwnCodeFile)
{
    auto* welcome = m_wizard->welcomePage();
    ASSERT_TRUE(welcome);
    Diagnostics problems;
    EXPECT_FALSE(welcome->useCodeFile(QStringLiteral(CODEWIJZER_SOURCE_DIR "/tests/data/malformed/unknown-option.json"),
                                      &problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].message.contains(u"\"publsh\"")) << "names the option that is not there";
    EXPECT_EQ(problems[0].jsonPath, QStringLiteral("rules[0].when.all[0].is[1]"));
    EXPECT_EQ(m_wizard->findChild<QComboBox*>(QStringLiteral("codeCombo"))->currentData().toString(),
              QStringLiteral("dunamare"))
        << "a broken file keeps the code that applied";
    ASSERT_TRUE(welcome->useCodeFile(QStringLiteral(CODEWIJZER_SOURCE_DIR "/docs/examples/voorbeeldschool.json")));
    EXPECT_EQ(m_document->code()->id, QStringLiteral("voorbeeldschool"));
    classPhoto("under_16", "none");
    expectResult("check_first");
    EXPECT_TRUE(shownArticles().count("2"));
    EXPECT_TRUE(QSettings().value(QStringLiteral("code")).toString().endsWith(u"voorbeeldschool.json"));
}

TEST_F(Wizard, ReportThenStartAgainClearsEverything)
{
    useCode("mondia");
    WizardDriver& d = *m_driver;
    d.next();
    d.choose("activity", {"report"});
    d.next();
    EXPECT_EQ(d.page(), AssessmentWizard::Page_Review) << "reporting asks nothing more";
    d.next();
    expectResult("go");
    EXPECT_EQ(shownArticles(), (std::set<std::string>{"betrokkenen.6", "melding"}));
    ASSERT_TRUE(d.control(QStringLiteral("startAgainButton"))->isVisible());
    d.control(QStringLiteral("startAgainButton"))->click();
    EXPECT_EQ(d.page(), AssessmentWizard::Page_Welcome);
    EXPECT_EQ(m_document->given(), Answers(m_document->questionnaire().questions().size()));
    d.next();
    EXPECT_FALSE(d.control(QStringLiteral("option_activity_report"))->isChecked());
    EXPECT_FALSE(d.canGoNext());
}

TEST_F(Wizard, ChangingAnAnswerFromTheReview)
{
    useCode("dunamare");
    WizardDriver& d = *m_driver;
    d.next();
    d.choose("activity", {"contact"});
    d.next();
    d.choose("channel", {"direct"});
    d.choose("account", {"personal"});
    d.next();
    d.choose("audience", {"pupils"});
    d.next();
    d.next();
    d.choose("during_lesson", {"no"});
    d.next();
    d.choose("prior_relationship", {"no"});
    d.choose("leadership_exception", {"no"});
    d.next();
    d.choose("escalating", {"no"});
    d.next();
    d.next();
    expectResult("check_first"); // WhatsApp without the leadership's exception
    d.back();
    d.control(QStringLiteral("change_channel"))->click();
    EXPECT_EQ(d.page(), AssessmentWizard::Page_FirstQuestions + 1);
    d.choose("channel", {"school_system"});
    EXPECT_FALSE(m_wizard->findChild<QWidget*>(QStringLiteral("question_account"))->isVisible());
    d.next();
    d.next();
    d.next();
    d.next();
    d.choose("escalating", {"no"});
    d.next();
    EXPECT_EQ(d.page(), AssessmentWizard::Page_Review);
    d.next();
    expectResult("go"); // Magister
}

TEST_F(Wizard, NextWaitsForAnAnswerAndQuestionsAppearWhenTheyMatter)
{
    WizardDriver& d = *m_driver;
    d.next();
    EXPECT_FALSE(d.canGoNext());
    d.choose("activity", {"publish"});
    EXPECT_TRUE(d.canGoNext());
    d.next();
    EXPECT_FALSE(m_wizard->findChild<QWidget*>(QStringLiteral("question_account"))->isVisible());
    d.choose("school_related", {"yes"});
    EXPECT_FALSE(d.canGoNext());
    d.choose("channel", {"semi_public"});
    EXPECT_TRUE(m_wizard->findChild<QWidget*>(QStringLiteral("question_account"))->isVisible());
    EXPECT_FALSE(d.canGoNext());
    d.choose("account", {"personal"});
    EXPECT_TRUE(d.canGoNext());
}

// The line under the questions never shows a verdict that a later answer could still change.
TEST_F(Wizard, AVerdictShowsOnlyOnceNoAnswerToComeCanChangeIt)
{
    useCode("dunamare");
    WizardDriver& d = *m_driver;
    const auto soFar = [this] {
        return m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("soFarLabel"));
    };
    d.next();
    d.choose("activity", {"publish"});
    EXPECT_TRUE(soFar()->text().startsWith(u"Nog geen oordeel")) << soFar()->text().toStdString();
    EXPECT_FALSE(soFar()->property("verdict").isValid());
    d.next();
    d.choose("school_related", {"yes"});
    d.choose("channel", {"public"});
    d.choose("account", {"school"});
    // A class photo on the school's own account: go, until the pupils' age and consent are known.
    EXPECT_FALSE(soFar()->text().contains(u"Mag")) << soFar()->text().toStdString();
    EXPECT_FALSE(soFar()->property("verdict").isValid());

    d.back();
    d.choose("activity", {"report"});
    EXPECT_EQ(soFar()->property("verdict").toString(), QStringLiteral("go"));
    EXPECT_TRUE(soFar()->text().contains(u"Meld het bericht bij je leidinggevende")) << soFar()->text().toStdString();
}

TEST_F(Wizard, UsableByKeyboardAlone)
{
    useCode("mondia");
    WizardDriver& d = *m_driver;
    QApplication::setActiveWindow(m_wizard.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_wizard.get()));
    QTest::keyClick(m_wizard.get(), Qt::Key_Return);
    ASSERT_EQ(d.page(), AssessmentWizard::Page_FirstQuestions)
        << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "no focus");
    d.control(QStringLiteral("option_activity_publish"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // choose the option with focus
    EXPECT_TRUE(d.control(QStringLiteral("option_activity_publish"))->isChecked());
    for (int i = 0; i < 5; ++i) { // arrow keys move through the options of a question
        ASSERT_TRUE(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    }
    EXPECT_TRUE(d.control(QStringLiteral("option_activity_report"))->isChecked());
    QTest::keyClick(m_wizard.get(), Qt::Key_Return); // Enter is Next
    EXPECT_EQ(d.page(), AssessmentWizard::Page_Review);
    QTest::keyClick(m_wizard.get(), Qt::Key_Return);
    expectResult("go");
}

TEST_F(Wizard, EveryControlHasAnAccessibleName)
{
    useCode("dunamare");
    classPhoto("mixed", "none");
    m_driver->back();
    for (int id : m_wizard->visitedIds()) {
        QWizardPage* page = m_wizard->page(id);
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (!qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QComboBox*>(widget)) {
                continue;
            }
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            ASSERT_TRUE(accessible);
            EXPECT_FALSE(accessible->text(QAccessible::Name).isEmpty())
                << "page " << id << ": " << widget->metaObject()->className() << " "
                << widget->objectName().toStdString() << " in " << widget->parentWidget()->objectName().toStdString();
            if (widget->objectName().startsWith(u"option_")) {
                EXPECT_FALSE(accessible->text(QAccessible::Description).isEmpty())
                    << widget->objectName().toStdString();
            }
        }
    }
    for (auto which : {QWizard::CustomButton1, QWizard::NextButton, QWizard::BackButton}) {
        EXPECT_FALSE(QAccessible::queryAccessibleInterface(m_wizard->button(which))->text(QAccessible::Name).isEmpty());
    }
}

TEST_F(Wizard, FitsA1366By768Screen)
{
    EXPECT_LE(m_wizard->frameGeometry().width(), 1366);
    EXPECT_LE(m_wizard->frameGeometry().height(), 768 - 40); // a taskbar's height left over
    EXPECT_LE(m_wizard->minimumSizeHint().width(), 1366 * 2 / 3);
}

TEST_F(Wizard, TheStepListFollowsTheAnswers)
{
    useCode("dunamare");
    WizardDriver& d = *m_driver;
    auto* steps = m_wizard->findChild<StepList*>(QStringLiteral("stepList"));
    ASSERT_TRUE(steps);
    auto* counter = steps->findChild<QLabel*>(QStringLiteral("stepCounter"));
    d.next();
    d.choose("activity", {"report"});
    const auto reporting = steps->steps();
    EXPECT_EQ(reporting.size(), 4u) << "start, the first questions, the review and the verdict";
    EXPECT_EQ(counter->text(), QStringLiteral("Stap 2 van 4"));
    d.choose("activity", {"publish"});
    EXPECT_GT(steps->steps().size(), reporting.size()) << "publishing brings in more questions";
    d.next();
    EXPECT_EQ(steps->current(), d.page());
    EXPECT_TRUE(counter->text().startsWith(u"Stap 3 van ")) << counter->text().toStdString();
}
