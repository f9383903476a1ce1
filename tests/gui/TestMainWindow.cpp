// The window around the wizard: save, open and drop .codewijzer files, the report, the autosave and
// resuming after a kill -9, deleting the answers, and how the program starts (settings, lock, a
// broken code file).

#include "ChildProcess.h"
#include "MainWindow.h"
#include "ReadBack.h"
#include "ReportActions.h"
#include "Startup.h"
#include "TestData.h"
#include "WindowFixture.h"
#include "WizardDriver.h"
#include "dialogs/CodeFileProblemDialog.h"
#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "session/Recovery.h"
#include "settings/ProgramLanguage.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/ResultPage.h"
#include "wizard/WelcomePage.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

class Window : public WindowFixture
{
protected:
    // Opens a file and expects it to work without a notice.
    void open(const QString& path)
    {
        QString problem;
        QString notice;
        ASSERT_TRUE(m_window->openFile(path, problem, notice)) << problem.toStdString();
        EXPECT_TRUE(notice.isEmpty()) << notice.toStdString();
    }

    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Window, SaveThenOpenKeepsEveryAnswerAndTheCliReadsTheFileAsItIs)
{
    open(sourcePath(QStringLiteral("tests/scenarios/class-photo-explicit-consent.dunamare.json")));
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Review) << "every question answered: the review shows";
    const Answers answers = m_document->given();

    const QString saved = m_dir.filePath(QStringLiteral("photo.codewijzer"));
    QString error;
    ASSERT_TRUE(m_window->saveTo(saved, error)) << error.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(readAll(saved)).object();
    EXPECT_EQ(json.value(u"code").toString(), QStringLiteral("dunamare"));
    EXPECT_EQ(json.value(u"fingerprint").toString(), m_document->code()->fingerprint);
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("photo.codewijzer[*] - Codewijzer"));

    m_window->deleteMyAnswers();
    EXPECT_FALSE(m_document->hasAnyAnswer());
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Welcome);
    useCode("mondia");

    open(saved);
    EXPECT_EQ(m_document->given(), answers);
    EXPECT_EQ(m_document->codeSource().name(), QStringLiteral("dunamare"));
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Review);
    m_driver->next();
    EXPECT_EQ(m_window->wizard()->currentId(), AssessmentWizard::Page_Result);

    QProcess cli;
    cli.start(QStringLiteral(CODEWIJZER_CLI), {QStringLiteral("evaluate"), saved});
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"verdict").toString(),
              verdictId(m_document->evaluation().verdict));
}

TEST_F(Window, AnUnfinishedFileOpensAtItsFirstOpenQuestion)
{
    write(m_dir.filePath(QStringLiteral("half.codewijzer")),
          R"({"code": "mondia", "answers": {"activity": "publish", "school_related": "yes", "channel": "public",
              "account": "school"}})");
    open(m_dir.filePath(QStringLiteral("half.codewijzer")));
    const Questionnaire& q = m_document->questionnaire();
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_FirstQuestions + q.pageOf(q.indexOf(u"audience")));
    m_driver->back();
    EXPECT_TRUE(m_driver->control(QStringLiteral("option_account_school"))->isChecked());
}

TEST_F(Window, ADroppedFileOpens)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(sourcePath(QStringLiteral("tests/scenarios/whatsapp-group-class.mondia.json")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    EXPECT_EQ(m_document->codeSource().name(), QStringLiteral("mondia"));
    EXPECT_TRUE(m_document->hasAnyAnswer());
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Review);
}

TEST_F(Window, AFileSavedUnderAnotherVersionOfTheCodeOpensWithANotice)
{
    const QString path = m_dir.filePath(QStringLiteral("old.codewijzer"));
    write(path, R"({"code": "mondia", "fingerprint": "0123456789ab", "answers": {"activity": "connect"}})");
    QString problem;
    QString notice;
    ASSERT_TRUE(m_window->openFile(path, problem, notice)) << problem.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("0123456789ab"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(m_document->code()->fingerprint));
    EXPECT_TRUE(notice.contains(QStringLiteral("changed")));
    // The report names the version the file was saved under, until it is saved under this one.
    EXPECT_TRUE(m_window->reports()->reportText().contains(QStringLiteral("0123456789ab")));
    QString error;
    ASSERT_TRUE(m_window->saveTo(path, error)) << error.toStdString();
    EXPECT_FALSE(m_window->reports()->reportText().contains(QStringLiteral("0123456789ab")));
}

TEST_F(Window, ADamagedOrForeignFileSaysWhatIsWrongAndWhereAndChangesNothing)
{
    open(sourcePath(QStringLiteral("tests/scenarios/whatsapp-group-class.mondia.json")));
    QString saved = m_dir.filePath(QStringLiteral("mine.codewijzer"));
    QString error;
    ASSERT_TRUE(m_window->saveTo(saved, error));
    const Answers before = m_document->given();
    const int page = m_driver->page();
    const QString title = m_window->windowTitle();

    const struct
    {
        const char* name;
        QByteArray content;
        const char* expected;
    } damaged[] = {
        {"cut.codewijzer", R"({"code": "mondia", "answers": {"activity": "pub)", "cut.codewijzer:1:"},
        {"unknown.codewijzer", R"({"code": "mondia", "answers": {"activity": "publish", "colour": "red"}})",
         "answers.colour"},
        {"option.codewijzer", R"({"code": "mondia", "answers": {"activity": "dance"}})", "\"dance\""},
        {"foreign.codewijzer", R"({"name": "holiday photos", "files": []})", "missing \"answers\""},
        {"nocode.codewijzer", R"({"answers": {"activity": "publish"}})", "\"code\""},
        {"school.codewijzer", R"({"code": "other-school", "answers": {"activity": "publish"}})", "other-school"},
        {"binary.codewijzer", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "binary.codewijzer"},
        {"empty.codewijzer", QByteArray(), "empty.codewijzer"},
    };
    for (const auto& file : damaged) {
        const QString path = m_dir.filePath(QString::fromLatin1(file.name));
        write(path, file.content);
        QString problem;
        QString notice;
        EXPECT_FALSE(m_window->openFile(path, problem, notice)) << file.name;
        EXPECT_TRUE(problem.contains(QString::fromLatin1(file.expected))) << file.name << ": " << problem.toStdString();
        EXPECT_EQ(m_document->given(), before) << file.name;
        EXPECT_EQ(m_driver->page(), page) << file.name;
        EXPECT_EQ(m_window->windowTitle(), title) << file.name;
    }
    QString problem;
    QString notice;
    EXPECT_FALSE(m_window->openFile(m_dir.filePath(QStringLiteral("missing.codewijzer")), problem, notice));
    EXPECT_TRUE(problem.contains(QStringLiteral("missing.codewijzer"))) << problem.toStdString();
    EXPECT_EQ(m_document->given(), before);
}

TEST_F(Window, TheReportExportsAsPdfAndCopiesAsTextFromTheResult)
{
    open(sourcePath(QStringLiteral("tests/scenarios/lesson-under16-no-consent.dunamare.json")));
    EXPECT_FALSE(action("actionExportPdf")->isEnabled()) << "the report is made from the result page";
    m_driver->next();
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    EXPECT_TRUE(action("actionExportPdf")->isEnabled());
    EXPECT_TRUE(action("actionPrint")->isEnabled());
    for (const char* button : {"exportPdfButton", "printButton", "copyTextButton"}) {
        EXPECT_TRUE(m_window->findChild<QPushButton*>(QString::fromLatin1(button))->isVisible()) << button;
    }

    const Evaluation result = m_document->evaluation();
    const QString verdict = m_document->questionnaire().verdictLabel(result.verdict).in(Language::English);
    const QString text = m_window->reports()->reportText();
    EXPECT_TRUE(text.contains(verdict.toUpper())) << text.toStdString();
    for (int a : result.articles) {
        EXPECT_TRUE(text.contains(m_document->code()->articles[static_cast<std::size_t>(a)].text));
    }
    m_window->findChild<QPushButton*>(QStringLiteral("copyTextButton"))->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), m_window->reports()->reportText());

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    ASSERT_TRUE(m_window->reports()->exportPdf(pdf, error)) << error.toStdString();
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    // Ligatures ("ﬁ") as letters.
    const QString pdfText = codewijzer::test::pdfToText(pdf).normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(pdfText.contains(verdict)) << pdfText.toStdString();
    EXPECT_TRUE(pdfText.contains(QStringLiteral("page 1 of")));
}

TEST_F(Window, AnswersAreKeptAfterEveryChangeAndGoneWhenStartedAgainOrDeleted)
{
    useCode("mondia");
    m_driver->next();
    EXPECT_FALSE(QFile::exists(m_document->recoveryPath()));
    m_driver->choose("activity", {"publish"});
    ASSERT_TRUE(QFile::exists(m_document->recoveryPath()));
    std::optional<Recovery::Leftover> found = Recovery::read(m_document->recoveryPath(), m_document->questionnaire());
    ASSERT_TRUE(found);
    EXPECT_EQ(found->answers.given, m_document->given());
    EXPECT_EQ(found->source.name(), QStringLiteral("mondia"));

    m_driver->next();
    m_driver->choose("school_related", {"no"});
    EXPECT_EQ(Recovery::read(m_document->recoveryPath(), m_document->questionnaire())->answers.given,
              m_document->given());

    m_window->deleteMyAnswers();
    EXPECT_FALSE(QFile::exists(m_document->recoveryPath()));
    EXPECT_FALSE(m_document->hasAnyAnswer());

    open(sourcePath(QStringLiteral("tests/scenarios/friend-request-pupil.mondia.json")));
    EXPECT_TRUE(QFile::exists(m_document->recoveryPath()));
    m_driver->next();
    m_window->wizard()->startAgain();
    EXPECT_FALSE(QFile::exists(m_document->recoveryPath()));
}

TEST_F(Window, AfterAKillTheNextStartResumesEveryAnswer)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildOrganisationVariable), QCoreApplication::organizationName());
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildAnswerAndWait)});
    ASSERT_TRUE(child.waitForReadyRead(30000)) << child.readAllStandardError().toStdString();
    ASSERT_EQ(child.readLine().trimmed(), QByteArray("ready"));
    child.kill(); // SIGKILL: no clean-up of any kind
    ASSERT_TRUE(child.waitForFinished(10000));
    ASSERT_EQ(child.exitStatus(), QProcess::CrashExit);

    makeWindow();
    m_window->offerResume();
    auto* frame = m_window->findChild<QFrame*>(QStringLiteral("resumeFrame"));
    ASSERT_TRUE(frame->isVisible());
    EXPECT_TRUE(m_window->findChild<QLabel*>(QStringLiteral("resumeLabel"))
                    ->text()
                    .contains(QStringLiteral("Answers given: 6.")))
        << m_window->findChild<QLabel*>(QStringLiteral("resumeLabel"))->text().toStdString();
    m_window->findChild<QPushButton*>(QStringLiteral("resumeButton"))->click();

    const Questionnaire& q = m_document->questionnaire();
    EXPECT_EQ(m_document->codeSource().name(), QStringLiteral("mondia"));
    EXPECT_FALSE(frame->isVisible());
    // The child had ticked "pupil images" on the content page: it goes on with the questions about
    // the pupils.
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_FirstQuestions + q.pageOf(q.indexOf(u"pupil_age")));
    m_driver->back();
    EXPECT_TRUE(m_driver->control(QStringLiteral("option_content_pupil_images"))->isChecked());
    m_driver->back();
    EXPECT_TRUE(m_driver->control(QStringLiteral("option_audience_parents"))->isChecked());
    EXPECT_TRUE(m_driver->control(QStringLiteral("option_audience_public"))->isChecked());
    m_driver->back();
    EXPECT_TRUE(m_driver->control(QStringLiteral("option_account_school"))->isChecked());
    EXPECT_TRUE(m_driver->control(QStringLiteral("option_channel_public"))->isChecked());
    EXPECT_TRUE(m_driver->control(QStringLiteral("option_school_related_yes"))->isChecked());
}

TEST_F(Window, DiscardingTheResumeOfferDeletesTheAnswers)
{
    open(sourcePath(QStringLiteral("tests/scenarios/friend-request-pupil.mondia.json")));
    const QString recovery = m_document->recoveryPath();
    ASSERT_TRUE(QFile::exists(recovery));
    m_window.reset(); // gone without closing, as in a crash
    ASSERT_TRUE(QFile::exists(recovery));
    makeWindow();
    m_window->offerResume();
    m_window->findChild<QPushButton*>(QStringLiteral("discardResumeButton"))->click();
    EXPECT_FALSE(QFile::exists(recovery));
    EXPECT_FALSE(m_window->findChild<QFrame*>(QStringLiteral("resumeFrame"))->isVisible());
}

TEST_F(Window, ASaveKilledHalfwayLeavesTheOldFileWhole)
{
    const QString path = m_dir.filePath(QStringLiteral("saved.codewijzer"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildOrganisationVariable), QCoreApplication::organizationName());
    for (int round = 0; round < 20; ++round) {
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildSaveForever), path});
        ASSERT_TRUE(child.waitForReadyRead(30000)) << child.readAllStandardError().toStdString();
        QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(1, 60)));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit) << "the child was saving when it was killed";

        Diagnostics problems;
        const std::optional<AnswersFile> file =
            AnswersFile::parse(readAll(path), path, m_document->questionnaire(), problems);
        ASSERT_TRUE(file) << "round " << round << ": " << readAll(path).toStdString();
        const Questionnaire& q = m_document->questionnaire();
        const AnswerValue activity = file->given[q.indexOf(u"activity")];
        EXPECT_TRUE(activity == answer::option(q.question(0).optionIndex(u"publish")) ||
                    activity == answer::option(q.question(0).optionIndex(u"connect")));
    }
}

TEST_F(Window, TheRolloutShowsOnlyTheCodesItNamesAndComparesASchoolsCodeWithNone)
{
    StartupChoice onlyMondia;
    onlyMondia.shownCodes = QStringList{QStringLiteral("mondia")};
    ASSERT_TRUE(applyStartupCode(*m_window, onlyMondia));
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("codeCombo"));
    ASSERT_EQ(combo->count(), 1);
    EXPECT_EQ(combo->itemData(0).toString(), QStringLiteral("mondia"));
    EXPECT_EQ(m_document->codeSource().name(), QStringLiteral("mondia")) << "the first code shown, not Dunamare";
    m_document->setAnswer(0, answer::option(0));
    EXPECT_FALSE(m_window->findChild<QAction*>(QStringLiteral("actionCompareCodes"))->isEnabled())
        << "nothing to compare with";

    // A school's own code: compared with nothing by default, with what the roll-out names otherwise.
    makeWindow();
    StartupChoice school;
    school.code = CodeSource::file(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")));
    ASSERT_TRUE(applyStartupCode(*m_window, school));
    EXPECT_EQ(m_window->findChild<QComboBox*>(QStringLiteral("codeCombo"))->count(), 3);
    m_document->setAnswer(0, answer::option(0));
    EXPECT_FALSE(m_window->findChild<QAction*>(QStringLiteral("actionCompareCodes"))->isEnabled());
    school.comparedWith = QStringList{QStringLiteral("dunamare")};
    ASSERT_TRUE(applyStartupCode(*m_window, school));
    m_document->setAnswer(0, answer::option(1));
    EXPECT_TRUE(m_window->findChild<QAction*>(QStringLiteral("actionCompareCodes"))->isEnabled());
}

TEST_F(Window, SettingsPresetAndLockTheCode)
{
    const StartupChoice locked{CodeSource::builtin(QStringLiteral("mondia")), SettingSource::BesideProgram, true,
                               Language::English, SettingSource::BesideProgram};
    ASSERT_TRUE(applyStartupCode(*m_window, locked, [](CodeFileProblemDialog&) -> std::optional<QString> {
        ADD_FAILURE() << "no dialog for a code that works";
        return std::nullopt;
    }));
    EXPECT_EQ(m_document->codeSource().name(), QStringLiteral("mondia"));
    EXPECT_FALSE(m_window->findChild<QComboBox*>(QStringLiteral("codeCombo"))->isEnabled());
    EXPECT_FALSE(m_window->findChild<QPushButton*>(QStringLiteral("codeFileButton"))->isVisible());
    EXPECT_TRUE(m_window->findChild<QLabel*>(QStringLiteral("codeLockedLabel"))->isVisible());
    m_driver->next();
    EXPECT_EQ(m_document->codeSource().name(), QStringLiteral("mondia"));
    EXPECT_TRUE(QSettings().value(QStringLiteral("code")).toString().isEmpty())
        << "a preset is not remembered as the user's own choice";

    makeWindow();
    const StartupChoice free{CodeSource::builtin(QStringLiteral("dunamare")), SettingSource::CommandLine, false,
                             std::nullopt, SettingSource::Default};
    ASSERT_TRUE(applyStartupCode(*m_window, free));
    EXPECT_TRUE(m_window->findChild<QComboBox*>(QStringLiteral("codeCombo"))->isEnabled());
    EXPECT_EQ(m_document->codeSource().name(), QStringLiteral("dunamare"));
}

TEST_F(Window, ABrokenCodeFileAtStartShowsItsProblemsAndOffersTheBuiltInCodes)
{
    const QString broken = sourcePath(QStringLiteral("tests/data/malformed/unknown-article.json"));
    ASSERT_TRUE(QFile::exists(broken));
    const StartupChoice choice{CodeSource::file(broken), SettingSource::BesideProgram, true, std::nullopt,
                               SettingSource::Default};
    QString shown;
    ASSERT_TRUE(applyStartupCode(*m_window, choice, [&](CodeFileProblemDialog& dialog) -> std::optional<QString> {
        shown = dialog.problemsText();
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("builtinCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("mondia")));
        dialog.findChild<QPushButton*>(QStringLiteral("useBuiltinButton"))->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        return dialog.chosenCode();
    }));
    EXPECT_TRUE(shown.contains(QStringLiteral("unknown-article.json:"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("articles"))) << shown.toStdString();
    EXPECT_EQ(m_document->codeSource().name(), QStringLiteral("mondia"));
    EXPECT_TRUE(m_window->findChild<QComboBox*>(QStringLiteral("codeCombo"))->isEnabled());
    m_driver->next();
    EXPECT_EQ(m_document->codeSource().name(), QStringLiteral("mondia"));

    makeWindow();
    const StartupChoice unknown{CodeSource::builtin(QStringLiteral("nosuchcode")), SettingSource::CommandLine, false,
                                std::nullopt, SettingSource::Default};
    EXPECT_FALSE(applyStartupCode(*m_window, unknown, [&](CodeFileProblemDialog& dialog) -> std::optional<QString> {
        EXPECT_TRUE(dialog.problemsText().contains(QStringLiteral("unknown code \"nosuchcode\"")));
        dialog.findChild<QPushButton*>(QStringLiteral("quitButton"))->click();
        return std::nullopt;
    })) << "quitting is the other way out";
}

TEST_F(Window, TheRollOutMayShowTheOtherCodeOnTheResult)
{
    StartupChoice choice;
    choice.code = CodeSource::builtin(QStringLiteral("mondia"));
    choice.showOtherCodes = true;
    ASSERT_TRUE(applyStartupCode(*m_window, choice));
    open(sourcePath(QStringLiteral("tests/scenarios/friend-request-pupil.mondia.json")));
    m_driver->next();
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    m_window->wizard()->resultPage()->showMore();
    EXPECT_TRUE(m_window->findChild<QLabel*>(QStringLiteral("compare_dunamare")));
}
