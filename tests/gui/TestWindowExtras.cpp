// Around the result: the print preview, opening an exported PDF or its folder, the list of the
// assessments saved or opened last, and the user guide.

#include "ReportActions.h"
#include "TestData.h"
#include "WindowFixture.h"
#include "dialogs/GuideDialog.h"
#include "settings/Settings.h"
#include "widgets/ExportedFileBar.h"
#include "widgets/RecentAssessmentsBox.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

// Takes the URLs the program hands to the desktop, instead of starting a program.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    UrlCatcher() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "take"); }
    ~UrlCatcher() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    UrlCatcher(const UrlCatcher&) = delete;
    UrlCatcher& operator=(const UrlCatcher&) = delete;

    QList<QUrl> urls;

public slots:
    void take(const QUrl& url) { urls << url; }
};

// The Alt+letter shortcuts a person can press in the window as it is: the menu bar's and those of
// the buttons shown. Two on one letter make Alt+letter move between them instead of pressing one.
QStringList shortcutClashes(QMainWindow& window)
{
    QMap<QChar, QStringList> byLetter;
    const auto add = [&byLetter](const QString& text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) != u'&') {
                    byLetter[text.at(i + 1).toLower()] << QString(text).remove(u'&');
                }
                ++i;
            }
        }
    };
    for (QAction* action : window.menuBar()->actions()) {
        add(action->text());
    }
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisible()) {
            add(button->text());
        }
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1) {
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
        }
    }
    return clashes;
}

class WindowExtras : public WindowFixture
{
protected:
    void openScenario(const char* relative)
    {
        QString problem;
        QString notice;
        ASSERT_TRUE(m_window->openFile(sourcePath(QString::fromLatin1(relative)), problem, notice))
            << problem.toStdString();
    }

    RecentAssessmentsBox* recent() const { return m_window->wizard()->welcomePage()->recentAssessments(); }

    // The buttons of the list as it is now (the list is made anew; its old buttons go later).
    QPushButton* recentButton(int i) const
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return recent()->findChild<QPushButton*>(QStringLiteral("recentAssessment%1").arg(i));
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(WindowExtras, ThePrintPreviewShowsTheReportsPagesFromTheResult)
{
    openScenario("tests/scenarios/lesson-under16-no-consent.dunamare.json");
    QAction* preview = m_window->findChild<QAction*>(QStringLiteral("actionPrintPreview"));
    ASSERT_TRUE(preview);
    EXPECT_FALSE(preview->isEnabled()) << "the report is made from the result page";
    m_driver->next();
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    EXPECT_TRUE(preview->isEnabled());

    QPrintPreviewDialog* dialog = m_window->reports()->makePreview();
    dialog->open();
    QApplication::processEvents();
    auto* pages = dialog->findChild<QPrintPreviewWidget*>();
    ASSERT_TRUE(pages);
    EXPECT_GE(pages->pageCount(), 1) << "the report, laid out on its pages";
    dialog->close();
    delete dialog;
}

TEST_F(WindowExtras, AfterAnExportThePdfAndItsFolderOpenFromTheStatusBar)
{
    openScenario("tests/scenarios/lesson-under16-no-consent.dunamare.json");
    m_driver->next();
    auto* bar = m_window->findChild<ExportedFileBar*>();
    ASSERT_TRUE(bar);
    EXPECT_FALSE(bar->isVisible()) << "nothing to open before an export";

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(m_window->reports()->exportPdfWithFeedback(pdf));
    EXPECT_TRUE(bar->isVisible());
    UrlCatcher catcher;
    bar->findChild<QPushButton*>(QStringLiteral("openExportedButton"))->click();
    bar->findChild<QPushButton*>(QStringLiteral("showExportedFolderButton"))->click();
    ASSERT_EQ(catcher.urls.size(), 2);
    EXPECT_EQ(catcher.urls[0], QUrl::fromLocalFile(pdf));
    EXPECT_EQ(catcher.urls[1], QUrl::fromLocalFile(QFileInfo(pdf).absolutePath()));
}

TEST_F(WindowExtras, TheLastSavedAssessmentsAreOnTheFirstPageUntilTheListOrTheAnswersAreCleared)
{
    EXPECT_FALSE(recent()->isVisibleTo(m_window.get())) << "an empty list is not shown";
    openScenario("tests/scenarios/lesson-under16-no-consent.dunamare.json");
    QString error;
    const QString first = QFileInfo(m_dir.filePath(QStringLiteral("first & last.codewijzer"))).absoluteFilePath();
    const QString second = QFileInfo(m_dir.filePath(QStringLiteral("second.codewijzer"))).absoluteFilePath();
    ASSERT_TRUE(m_window->saveTo(first, error)) << error.toStdString();
    ASSERT_TRUE(m_window->saveTo(second, error)) << error.toStdString();
    const QString opened =
        QFileInfo(sourcePath(QStringLiteral("tests/scenarios/lesson-under16-no-consent.dunamare.json")))
            .absoluteFilePath();
    EXPECT_EQ(settings::recentAssessments(), (QStringList{second, first, opened})) << "newest first, opened ones too";
    ASSERT_TRUE(recentButton(0) && recentButton(1));
    EXPECT_EQ(recentButton(0)->text(), QStringLiteral("second.codewijzer")) << "the file's name only";
    EXPECT_EQ(recentButton(1)->text(), QStringLiteral("first && last.codewijzer")) << "an & is shown, not a shortcut";

    // A new start shows the list, and a click opens the file.
    makeWindow();
    EXPECT_TRUE(recent()->isVisibleTo(m_window.get()));
    recentButton(1)->click();
    EXPECT_EQ(m_document->filePath(), first);
    EXPECT_EQ(settings::recentAssessments().first(), first) << "opened: first in the list again";

    // A file that is gone leaves the list (the message box is closed by the test).
    QFile::remove(second);
    QTimer::singleShot(0, [] {
        if (QWidget* box = QApplication::activeModalWidget()) {
            box->close();
        }
    });
    recentButton(1)->click();
    EXPECT_EQ(settings::recentAssessments(), (QStringList{first, opened}));

    recent()->findChild<QPushButton*>(QStringLiteral("clearRecentButton"))->click();
    EXPECT_TRUE(settings::recentAssessments().isEmpty());
    EXPECT_FALSE(recent()->isVisibleTo(m_window.get()));

    ASSERT_TRUE(m_window->saveTo(second, error)) << error.toStdString();
    EXPECT_FALSE(settings::recentAssessments().isEmpty());
    m_window->deleteMyAnswers();
    EXPECT_TRUE(settings::recentAssessments().isEmpty()) << "Delete my answers clears the list too";
    EXPECT_FALSE(recent()->isVisibleTo(m_window.get()));
}

TEST_F(WindowExtras, TheUserGuideOpensInTheProgramsLanguageWithItsPictures)
{
    GuideDialog* guide = m_window->openGuide();
    ASSERT_TRUE(guide);
    auto* browser = guide->findChild<QTextBrowser*>(QStringLiteral("guideBrowser"));
    EXPECT_TRUE(browser->toPlainText().contains(u"Codewijzer: the user guide"));
    EXPECT_TRUE(browser->toPlainText().contains(u"Ready to use"));
    for (const char* picture : {"en-result.png", "en-draft.png"}) {
        const QVariant image = browser->loadResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(picture)));
        EXPECT_FALSE(image.isNull()) << picture;
    }
    useLanguage(Language::Dutch);
    QApplication::processEvents();
    EXPECT_TRUE(browser->toPlainText().contains(u"Codewijzer: de handleiding"));
    EXPECT_EQ(m_window->openGuide(), guide) << "one guide window";
    guide->close();
}

TEST_F(WindowExtras, NoTwoShortcutsShareALetterOnAnyPageInEitherLanguage)
{
    for (const Language language : {Language::Dutch, Language::English}) {
        useLanguage(language);
        QApplication::processEvents();
        m_window->deleteMyAnswers();
        m_window->wizard()->welcomePage()->offerResume(QStringLiteral("answers of an earlier run"));
        EXPECT_TRUE(shortcutClashes(*m_window).isEmpty())
            << "welcome: " << shortcutClashes(*m_window).join(QStringLiteral("; ")).toStdString();
        m_window->wizard()->welcomePage()->withdrawResume();
        openScenario("tests/scenarios/lesson-under16-no-consent.dunamare.json");
        ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Review);
        EXPECT_TRUE(shortcutClashes(*m_window).isEmpty())
            << "review: " << shortcutClashes(*m_window).join(QStringLiteral("; ")).toStdString();
        m_window->wizard()->back();
        EXPECT_TRUE(shortcutClashes(*m_window).isEmpty())
            << "a question page: " << shortcutClashes(*m_window).join(QStringLiteral("; ")).toStdString();
        m_window->wizard()->next();
        m_driver->next();
        ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
        ASSERT_TRUE(m_window->reports()->exportPdfWithFeedback(m_dir.filePath(QStringLiteral("r.pdf"))));
        EXPECT_TRUE(shortcutClashes(*m_window).isEmpty())
            << "result: " << shortcutClashes(*m_window).join(QStringLiteral("; ")).toStdString();
    }
}

#include "TestWindowExtras.moc"
