// View › What has changed: the code in use against an earlier version of it, in the window; and a
// saved assessment opened under a newer version: both verdicts on its result.

#include "CodeVersions.h"
#include "WindowFixture.h"
#include "dialogs/ChangesDialog.h"
#include "model/CodeOfConduct.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/SavedVersionPanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

class Changes : public WindowFixture
{
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // The built-in code as it was before: sharing knowledge was allowed only with its advice followed.
    QByteArray earlierDunamare() const
    {
        QFile shipped(QStringLiteral(":/codes/dunamare.json"));
        EXPECT_TRUE(shipped.open(QIODevice::ReadOnly));
        return CodeEdit(shipped.readAll())
            .setVerdict(QStringLiteral("share-knowledge"), QStringLiteral("conditions"))
            .json();
    }

    // A lesson's knowledge on a class page, saved under the version with this fingerprint, opened and
    // taken to its result.
    void openSavedUnder(const QString& fingerprint)
    {
        const QString saved =
            write(QStringLiteral("lesson.codewijzer"),
                  QStringLiteral(R"({"code": "dunamare", "fingerprint": "%1", "answers": {"activity": "lesson",
                "channel": "public", "account": "school", "audience": ["pupils", "parents"],
                "content": ["teaching_material"], "pupil_age": "16_or_older", "consent": "explicit"}})")
                      .arg(fingerprint)
                      .toUtf8());
        QString problem;
        QString notice;
        ASSERT_TRUE(m_window->openFile(saved, problem, notice)) << problem.toStdString();
        m_notice = notice;
        ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Review);
        m_driver->next();
        ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    }

    QString shown(const char* name) const
    {
        auto* label = m_window->findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

    // The panel as the result shows it now: a result made anew is laid out and shown by events.
    SavedVersionPanel* panel() const
    {
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return m_window->findChild<SavedVersionPanel*>(QStringLiteral("savedVersionPanel"));
    }

    QTemporaryDir m_dir;
    QString m_notice;
};

} // namespace

TEST_F(Changes, TheCodeInUseIsComparedWithAnEarlierFile)
{
    const QString id = m_document->code()->id;
    QFile shipped(QStringLiteral(":/codes/%1.json").arg(id));
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    // The earlier version was stricter on sharing knowledge: now it is allowed again.
    const QString earlier = write(
        QStringLiteral("earlier.json"),
        CodeEdit(shipped.readAll()).setVerdict(QStringLiteral("share-knowledge"), QStringLiteral("conditions")).json());
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionWhatChanged"));
    ASSERT_TRUE(action);
    EXPECT_TRUE(action->isEnabled());

    QString problem;
    ChangesDialog* dialog = m_window->showChangesSince(earlier, problem);
    ASSERT_TRUE(dialog) << problem.toStdString();
    ASSERT_EQ(dialog->diff().rules.size(), 1u);
    EXPECT_GT(dialog->diff().effect.lessStrict, 0u);
    EXPECT_EQ(dialog->diff().effect.stricter, 0u);
    const QString shown = dialog->findChild<QTextBrowser*>(QStringLiteral("changesView"))->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("What changes for you"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("What is now allowed")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Until now: Go, if you follow the advice. Now: Go.")))
        << shown.toStdString();
    const QString pdf = m_dir.filePath(QStringLiteral("changes.pdf"));
    QString error;
    EXPECT_TRUE(dialog->exportPdf(pdf, error)) << error.toStdString();
    EXPECT_GT(QFile(pdf).size(), 1000);
    dialog->close();
}

TEST_F(Changes, AFileThatIsNoCodeIsRefusedWithItsPlace)
{
    const QString broken = write(QStringLiteral("broken.json"), "{\"format\": \"codewijzer-code\",\n  \"id\": }");
    QString problem;
    EXPECT_FALSE(m_window->showChangesSince(broken, problem));
    EXPECT_TRUE(problem.contains(QDir::toNativeSeparators(broken) + QStringLiteral(":2:"))) << problem.toStdString();
}

TEST_F(Changes, ASavedAssessmentUnderAnEarlierVersionShowsBothVerdictsAndWhatMadeTheDifference)
{
    // The earlier version's file lies beside the assessment, as a coordinator keeps it.
    const QByteArray earlier = earlierDunamare();
    write(QStringLiteral("dunamare-2019.json"), earlier);
    openSavedUnder(codeFingerprint(earlier));
    EXPECT_TRUE(m_notice.contains(QStringLiteral("both versions"))) << m_notice.toStdString();

    ASSERT_TRUE(panel());
    EXPECT_TRUE(panel()->isVisible());
    EXPECT_EQ(shown("savedVersionHeading"), QStringLiteral("Saved under another version of the code"));
    EXPECT_TRUE(shown("savedVersionThen").contains(QStringLiteral("When it was saved")));
    EXPECT_TRUE(shown("savedVersionThen").endsWith(QStringLiteral("Go, if you follow the advice")))
        << shown("savedVersionThen").toStdString();
    EXPECT_TRUE(shown("savedVersionNow").endsWith(QStringLiteral("✔ Go"))) << shown("savedVersionNow").toStdString();
    EXPECT_TRUE(shown("savedVersionNow").contains(m_document->code()->fingerprint));
    EXPECT_TRUE(shown("savedVersionDifference_0")
                    .startsWith(QStringLiteral("• Another verdict for the same advice (until now: Go, if you follow "
                                               "the advice; now: Go): \"Share only")))
        << shown("savedVersionDifference_0").toStdString();
    EXPECT_TRUE(shown("savedVersionDifference_0").endsWith(QStringLiteral("harms no one.\"")));
    EXPECT_TRUE(shown("savedVersionDifference_1").isEmpty()) << "one rule made the difference";
    EXPECT_FALSE(m_window->findChild<QPushButton*>(QStringLiteral("chooseSavedVersion")));

    // Saved under the version in use, it is one version again.
    QString error;
    ASSERT_TRUE(m_window->saveTo(m_dir.filePath(QStringLiteral("lesson.codewijzer")), error)) << error.toStdString();
    m_driver->back();
    m_driver->next();
    EXPECT_FALSE(panel());
}

TEST_F(Changes, WithoutThatVersionsFileTheResultSaysSoAndTheFileCanBeChosen)
{
    const QByteArray earlier = earlierDunamare();
    openSavedUnder(codeFingerprint(earlier));
    EXPECT_TRUE(m_notice.contains(QStringLiteral("The rules have changed"))) << m_notice.toStdString();
    ASSERT_TRUE(panel());
    EXPECT_TRUE(shown("savedVersionThen").isEmpty());
    EXPECT_TRUE(shown("savedVersionConclusion").contains(QStringLiteral("follows the version in use now")));
    EXPECT_TRUE(m_window->findChild<QPushButton*>(QStringLiteral("chooseSavedVersion"))->isVisible());

    // Another version is refused, with both fingerprints.
    QFile shipped(QStringLiteral(":/codes/dunamare.json"));
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    const QString other = m_dir.filePath(QStringLiteral("other/dunamare.json"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(other).absolutePath()));
    const QByteArray otherBytes =
        CodeEdit(shipped.readAll()).setVerdict(QStringLiteral("share-knowledge"), QStringLiteral("stop")).json();
    QFile otherFile(other);
    ASSERT_TRUE(otherFile.open(QIODevice::WriteOnly));
    otherFile.write(otherBytes);
    otherFile.close();
    EXPECT_FALSE(panel()->chooseFile(other));
    EXPECT_TRUE(shown("savedVersionProblem").contains(codeFingerprint(otherBytes)))
        << shown("savedVersionProblem").toStdString();
    EXPECT_TRUE(shown("savedVersionProblem").contains(codeFingerprint(earlier)));

    // The right one: the result shows both verdicts.
    const QString right = m_dir.filePath(QStringLiteral("other/dunamare-2019.json"));
    QFile rightFile(right);
    ASSERT_TRUE(rightFile.open(QIODevice::WriteOnly));
    rightFile.write(earlier);
    rightFile.close();
    EXPECT_TRUE(panel()->chooseFile(right));
    QApplication::processEvents();
    ASSERT_TRUE(panel());
    EXPECT_TRUE(shown("savedVersionThen").endsWith(QStringLiteral("Go, if you follow the advice")));
    EXPECT_TRUE(shown("savedVersionDifference_0")
                    .contains(QStringLiteral("(until now: Go, if you follow the advice; now: Go)")));
    EXPECT_FALSE(m_window->findChild<QPushButton*>(QStringLiteral("chooseSavedVersion")));
}
