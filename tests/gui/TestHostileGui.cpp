// What a full disk, a hostile code file or a careless roll-out does to the window (issue 17): saving
// fails loudly and keeps the old file, data is shown as text and never as markup, a named pipe as
// the code does not hang the start, a long title keeps the buttons on screen, and "Delete my
// answers" also clears what Qt's file dialog remembers.

#include "Startup.h"
#include "WindowFixture.h"
#include "dialogs/CodeFileProblemDialog.h"
#include "io/SafeWrite.h"
#include "training/TrainingWindow.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/WelcomePage.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

class HostileGui : public WindowFixture
{
protected:
    // The example school's code file with one text replaced.
    QString schoolFile(const QByteArray& from, const QByteArray& to)
    {
        QFile in(QStringLiteral(CODEWIJZER_SOURCE_DIR "/docs/examples/voorbeeldschool.json"));
        EXPECT_TRUE(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        EXPECT_TRUE(text.contains(from));
        text.replace(from, to);
        const QString path = m_dir.filePath(QStringLiteral("school.json"));
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text);
        return path;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(HostileGui, ASaveOnAFullDiskFailsAndKeepsTheOldFile)
{
    m_driver->chooseCode(QStringLiteral("mondia"));
    m_driver->next();
    m_driver->choose("activity", {"report"});
    const QString path = m_dir.filePath(QStringLiteral("mine.codewijzer"));
    QString error;
    ASSERT_TRUE(m_window->saveTo(path, error)) << error.toStdString();
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    m_driver->back();
    m_driver->next();
    m_document->setAnswer(0, answer::option(0)); // publish: a change to save
    setWriteFaultForTesting(WriteFault{0, ENOSPC});
    EXPECT_FALSE(m_window->saveTo(path, error)) << "never \"Saved\" when it was not";
    setWriteFaultForTesting(std::nullopt);
    EXPECT_TRUE(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC)))) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before) << "the old file stays whole";
    EXPECT_TRUE(m_document->isModified()) << "the answers are still unsaved";
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1) << "no temporary file left";
}

TEST_F(HostileGui, TextsFromACodeFileAreShownAsTextNeverAsMarkup)
{
    const QByteArray markup = R"(<img src=\"file:///etc/hostname\"><b>X</b>)";
    const QString path = schoolFile("\"organisation\": \"", "\"organisation\": \"" + markup);
    ASSERT_TRUE(m_document->useCode(CodeSource::file(path)));
    auto* details = m_window->findChild<QLabel*>(QStringLiteral("codeDetailsLabel"));
    ASSERT_TRUE(details);
    EXPECT_EQ(details->textFormat(), Qt::PlainText);
    EXPECT_TRUE(details->text().contains(QStringLiteral("<img src=\"file:///etc/hostname\">")));

    TrainingWindow* training = m_window->openTraining();
    for (const char* name : {"caseTitle", "situationLabel"}) {
        auto* label = training->findChild<QLabel*>(QString::fromLatin1(name));
        ASSERT_TRUE(label) << name;
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << name;
    }
    training->close();

    m_driver->next();
    m_driver->choose("activity", {"report"});
    m_driver->next();
    m_driver->next();
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    const QString subtitle = m_window->wizard()->currentPage()->subTitle();
    EXPECT_FALSE(subtitle.contains(QStringLiteral("<img"))) << "escaped: " << subtitle.toStdString();
    EXPECT_TRUE(subtitle.contains(QStringLiteral("&lt;img"))) << subtitle.toStdString();
}

#ifdef Q_OS_UNIX // named pipes are Unix files
TEST_F(HostileGui, ANamedPipeAsTheCodeDoesNotHangTheStart)
{
    const QString fifo = m_dir.filePath(QStringLiteral("code.json"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QString shown;
    const StartupChoice choice{CodeSource::file(fifo), SettingSource::BesideProgram, true, std::nullopt,
                               SettingSource::Default};
    EXPECT_TRUE(applyStartupCode(*m_window, choice, [&](CodeFileProblemDialog& dialog) -> std::optional<QString> {
        shown = dialog.problemsText();
        return QStringLiteral("mondia");
    }));
    EXPECT_LT(timer.elapsed(), 5000) << "refused at once";
    EXPECT_TRUE(shown.contains(QStringLiteral("code.json"))) << shown.toStdString();
    EXPECT_EQ(m_document->codeSource(), CodeSource::builtin(QStringLiteral("mondia")));
}
#endif

TEST_F(HostileGui, ALongCodeTitleKeepsTheButtonsOnA1366By768Screen)
{
    const QByteArray title(222, 'W');
    const QString path = schoolFile("\"en\": \"Voorbeeldschool social media protocol\"", "\"en\": \"" + title + "\"");
    ASSERT_TRUE(m_document->useCode(CodeSource::file(path)));
    QApplication::processEvents();
    EXPECT_LE(m_window->minimumSizeHint().width(), 1366);
    EXPECT_LE(m_window->sizeHint().width(), 1366);
}

TEST_F(HostileGui, DeletingMyAnswersAlsoClearsWhatTheFileDialogRemembers)
{
    {
        QSettings qt(QSettings::UserScope, QStringLiteral("QtProject"));
        qt.setValue(QStringLiteral("FileDialog/lastVisited"), QStringLiteral("file:///home/teacher/leerlingen"));
    }
    m_window->deleteMyAnswers();
    QSettings qt(QSettings::UserScope, QStringLiteral("QtProject"));
    EXPECT_FALSE(qt.contains(QStringLiteral("FileDialog/lastVisited")));
}
