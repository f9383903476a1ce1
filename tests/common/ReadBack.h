#pragma once
// Reading back what a test wrote: a PDF's text with pdftotext (poppler-utils), an ODF document's
// content.xml with unzip. Linux programs, which a Windows test starts under Wine (LinuxTool.h).

#include "LinuxTool.h"

#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

namespace codewijzer::test {

// A PDF's text as pdftotext gives it; `options` come before the file (e.g. -layout).
inline QString pdfToText(const QString& pdf, const QStringList& options = {})
{
    const LinuxToolRun run =
        runLinuxTool(QStringLiteral("pdftotext"),
                     options + QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(run.finished) << "pdftotext did not finish on " << pdf.toStdString();
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QString::fromUtf8(run.out);
}

// A PDF's words on one line, ligatures ("ﬁ") undone.
inline QString pdfWords(const QString& pdf)
{
    return pdfToText(pdf).normalized(QString::NormalizationForm_KC).simplified();
}

// An ODF document's content.xml, as it is in the file.
inline QString odfContentXml(const QString& odf)
{
    const LinuxToolRun run =
        runLinuxTool(QStringLiteral("unzip"), {QStringLiteral("-p"), odf, QStringLiteral("content.xml")});
    EXPECT_TRUE(run.finished) << "unzip did not finish on " << odf.toStdString();
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QString::fromUtf8(run.out);
}

} // namespace codewijzer::test

// Skips only on a real Windows machine, which cannot start a Linux program; fails where
// scripts/test or scripts/package-windows should have installed the program.
#define CODEWIJZER_REQUIRE_LINUX_TOOL(program, package)                                                                \
    do {                                                                                                               \
        if (!codewijzer::test::canRunLinuxTools())                                                                     \
            GTEST_SKIP() << program " is a Linux program: it runs only on Linux and under Wine";                       \
        if (!codewijzer::test::haveLinuxTool(QStringLiteral(program)))                                                 \
            FAIL() << program " is missing: scripts/test and scripts/package-windows install " package;                \
    } while (false)

#define CODEWIJZER_REQUIRE_PDFTOTEXT() CODEWIJZER_REQUIRE_LINUX_TOOL("pdftotext", "poppler-utils")
#define CODEWIJZER_REQUIRE_UNZIP() CODEWIJZER_REQUIRE_LINUX_TOOL("unzip", "unzip")
