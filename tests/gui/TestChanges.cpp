// View › What has changed: the code in use against an earlier version of it, in the window.

#include "CodeVersions.h"
#include "WindowFixture.h"
#include "dialogs/ChangesDialog.h"

#include <QAction>
#include <QFile>
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

    QTemporaryDir m_dir;
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
    EXPECT_TRUE(problem.contains(broken + QStringLiteral(":2:"))) << problem.toStdString();
}
