#pragma once

// Runs the built codewijzer-cli and collects what it printed, for the CLI tests.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace codewijzer::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline QString source(const QString& relative)
{
    return QStringLiteral(CODEWIJZER_SOURCE_DIR "/") + relative;
}

inline CliRun cli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(CODEWIJZER_CLI), arguments);
    EXPECT_TRUE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// cli.md: every error is one line on stderr, naming what is wrong; nothing on stdout.
inline void expectError(const CliRun& run, int exitCode, const QString& part)
{
    EXPECT_EQ(run.exitCode, exitCode) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << "stdout: " << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(part)) << "stderr: " << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("codewijzer-cli: "))) << run.err.toStdString();
}

inline void expectBadInput(const CliRun& run, const QString& part)
{
    expectError(run, 2, part);
    EXPECT_EQ(run.err.count(u'\n'), 1) << "one line: " << run.err.toStdString();
}

inline QString writeTemp(QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

inline QStringList articleIds(const QJsonObject& result)
{
    QStringList ids;
    for (const QJsonValue& a : result.value(u"articles").toArray()) {
        ids << a.toObject().value(u"id").toString();
    }
    return ids;
}

} // namespace codewijzer::test
