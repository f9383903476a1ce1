#include "ChildProcess.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <gtest/gtest.h>

// One QApplication for the whole binary; offscreen unless a platform is asked for.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#ifdef Q_OS_WIN
    // Offscreen on Windows finds no fonts of its own (every font would have pixel size -1): point
    // it at Windows' fonts.
    if (qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(u"offscreen") &&
        qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR")) {
        qputenv("QT_QPA_FONTDIR", (qEnvironmentVariable("WINDIR") + QStringLiteral("\\Fonts")).toLocal8Bit());
    }
#endif
    QApplication app(argc, argv);
    // Settings and the autosave go to a test folder, not the user's, and to files of this process
    // alone: ctest runs the tests in parallel processes. A child process shares its parent's.
    QStandardPaths::setTestModeEnabled(true);
    const QString organisation = qEnvironmentVariable(codewijzer::test::kChildOrganisationVariable);
    QApplication::setOrganizationName(
        organisation.isEmpty() ? QStringLiteral("Codewijzer-tests-%1").arg(QCoreApplication::applicationPid())
                               : organisation);
    codewijzer::test::runChildIfAsked(QCoreApplication::arguments());

    testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    QFile::remove(QSettings().fileName());
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    return result;
}
