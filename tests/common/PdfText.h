#pragma once
// The tests that read a PDF back as text start pdftotext (poppler-utils), and those that read an
// ODF file back start unzip: Linux programs.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <gtest/gtest.h>

namespace codewijzer::test {

inline bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// A PDF's words as pdftotext reads them, on one line, ligatures undone.
inline QString pdfWords(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace codewijzer::test

// Fails where scripts/test should have installed pdftotext. Skips on Windows: there the tests run
// under Wine, which starts the Linux pdftotext but neither waits for it nor gives it the pipe;
// scripts/package-windows reads the installed program's PDF with pdftotext instead.
#ifdef Q_OS_WIN
#define CODEWIJZER_REQUIRE_PDFTOTEXT() GTEST_SKIP() << "pdftotext cannot be read from a Windows program"
#else
#define CODEWIJZER_REQUIRE_PDFTOTEXT()                                                                                 \
    if (!codewijzer::test::havePdfToText())                                                                            \
    FAIL() << "pdftotext is missing: scripts/test installs poppler-utils"
#endif

// The same for unzip (an ODF file's content.xml).
#ifdef Q_OS_WIN
#define CODEWIJZER_REQUIRE_UNZIP() GTEST_SKIP() << "unzip cannot be read from a Windows program"
#else
#define CODEWIJZER_REQUIRE_UNZIP()                                                                                     \
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())                                             \
    FAIL() << "unzip is missing: scripts/test installs it"
#endif
