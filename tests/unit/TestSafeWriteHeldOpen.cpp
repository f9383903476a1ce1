// Saving over a file that another program has open, such as a report still open in a PDF reader.
// On Linux the file is replaced and the reader keeps what it had. On Windows a program that holds the
// file open (PDF readers and word processors do, without FILE_SHARE_DELETE) keeps it from being
// replaced: the old file stays whole, nothing is left beside it, and the error says what to do in
// the program's own words. Run under Wine by scripts/package-windows.

#include "io/SafeWrite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#ifdef Q_OS_WIN
#define WIN32_LEAN_AND_MEAN
#include <string>
#include <windows.h>
#endif

using namespace codewijzer;

namespace {

QByteArray heldFileContent(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

QStringList heldFolderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

#ifdef Q_OS_WIN
// The file opened as another program opens it, with the sharing it allows others.
HANDLE openAsAnotherProgram(const QString& path, DWORD sharing)
{
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    return CreateFileW(native.c_str(), GENERIC_READ, sharing, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
}
#endif

} // namespace

TEST(SafeWriteHeldOpen, AFileOpenInAnotherProgramIsReplacedOrKeptWholeWithWhatToDo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    ASSERT_TRUE(writeFileSafely(path, "old", error)) << error.toStdString();
#ifdef Q_OS_WIN
    const HANDLE held = openAsAnotherProgram(path, FILE_SHARE_READ | FILE_SHARE_WRITE);
    ASSERT_NE(held, INVALID_HANDLE_VALUE);
    const bool saved = writeFileSafely(path, "new", error);
    CloseHandle(held);
    EXPECT_FALSE(saved);
    EXPECT_TRUE(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": cannot write: ")))
        << error.toStdString();
    EXPECT_TRUE(error.endsWith(QStringLiteral("the file is open in another program; close it there and try again")))
        << error.toStdString();
    EXPECT_EQ(heldFileContent(path), "old");
    EXPECT_EQ(heldFolderEntries(dir.path()), QStringList{QStringLiteral("report.pdf")});

    // Closed there, the same save goes through.
    ASSERT_TRUE(writeFileSafely(path, "new", error)) << error.toStdString();
    EXPECT_EQ(heldFileContent(path), "new");

    // A program that allows deleting (FILE_SHARE_DELETE) may still keep the file: Wine and older
    // Windows do not replace a file that is open at all. Then the same words, and the old file whole.
    const HANDLE lenient = openAsAnotherProgram(path, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE);
    ASSERT_NE(lenient, INVALID_HANDLE_VALUE);
    const bool savedBeside = writeFileSafely(path, "newer", error);
    CloseHandle(lenient);
    if (savedBeside) {
        EXPECT_EQ(heldFileContent(path), "newer");
    } else {
        EXPECT_TRUE(error.endsWith(QStringLiteral("the file is open in another program; close it there and try again")))
            << error.toStdString();
        EXPECT_EQ(heldFileContent(path), "new");
    }
#else
    QFile reader(path);
    ASSERT_TRUE(reader.open(QIODevice::ReadOnly));
    ASSERT_TRUE(writeFileSafely(path, "new", error)) << error.toStdString();
    EXPECT_EQ(reader.readAll(), "old");
    EXPECT_EQ(heldFileContent(path), "new");
#endif
    EXPECT_EQ(heldFolderEntries(dir.path()), QStringList{QStringLiteral("report.pdf")});
}
