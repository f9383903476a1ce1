#include "TestData.h"
#include "io/DataFile.h"
#include "io/JsonSource.h"

#include <QTemporaryDir>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace codewijzer;
using namespace codewijzer::test;

#ifdef Q_OS_UNIX // named pipes and device nodes are Unix files
TEST(DataFile, ANamedPipeWithoutAWriterIsRefusedAtOnce)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("code.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    Diagnostics problems;
    // Opening it to read would wait for a writer for ever; the test would hang, not fail.
    EXPECT_FALSE(readDataFile(fifo, problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].message.contains(u"not a regular file")) << problems[0].toString().toStdString();
    EXPECT_EQ(problems[0].file, fifo);
}
#endif

#ifdef Q_OS_UNIX // named pipes and device nodes are Unix files
TEST(DataFile, DevicesAreRefusedWithoutReadingThem)
{
    for (const char* device : {"/dev/zero", "/dev/null", "/dev/urandom"}) {
        Diagnostics problems;
        EXPECT_FALSE(readDataFile(QString::fromLatin1(device), problems)) << device;
        ASSERT_EQ(problems.size(), 1u) << device;
        EXPECT_TRUE(problems[0].message.contains(u"not a regular file")) << problems[0].toString().toStdString();
    }
}
#endif

TEST(DataFile, AHugeFileIsRefusedByItsSizeAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(qint64{4} * 1024 * 1024 * 1024)); // sparse: nothing is written
    file.close();
    Diagnostics problems;
    EXPECT_FALSE(readDataFile(path, problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].message.contains(u"data files larger than 8388608 bytes are not read"));
}

TEST(DataFile, ReadsARegularFileAndABuiltInOne)
{
    Diagnostics problems;
    const auto example = readDataFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")), problems);
    ASSERT_TRUE(example);
    EXPECT_TRUE(example->startsWith("{"));
    EXPECT_TRUE(readDataFile(QStringLiteral(":/codes/mondia.json"), problems));
    EXPECT_TRUE(problems.empty());
    EXPECT_FALSE(readDataFile(QStringLiteral(":/codes/nothing.json"), problems));
    EXPECT_FALSE(readDataFile(QStringLiteral("/no/such/file.json"), problems));
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_TRUE(problems[1].message.contains(u"cannot read the file: No such file or directory"))
        << problems[1].toString().toStdString();
}
