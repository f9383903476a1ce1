#include "TestData.h"
#include "io/SafeWrite.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <atomic>
#include <cstdlib>
#include <thread>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

void writePlain(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// Every name in the folder, hidden ones (a QSaveFile's temporary file) included.
QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// A fault set for one test and cleared whatever happens.
struct FaultScope
{
    explicit FaultScope(WriteFault fault) { setWriteFaultForTesting(fault); }
    ~FaultScope() { setWriteFaultForTesting(std::nullopt); }
};

#ifdef Q_OS_UNIX
bool isCharacterDevice(const char* path)
{
    struct stat st = {};
    return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

// A small tmpfs on a temporary folder, where the test runs as root and may mount; else not mounted.
class SmallDisk
{
public:
    explicit SmallDisk(const char* options = "size=64k")
    {
        if (::geteuid() == 0) {
            const QByteArray path = QFile::encodeName(m_dir.path());
            m_mounted = ::mount("tmpfs", path.constData(), "tmpfs", 0, options) == 0;
        }
    }
    ~SmallDisk()
    {
        if (m_mounted) {
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
        }
    }
    bool mounted() const { return m_mounted; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }
    bool remountReadOnly()
    {
        return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                       nullptr) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// Fills the disk that holds the folder, so that the next write of even one byte fails.
void fillDisk(const QString& folder)
{
    QFile filler(folder + QStringLiteral("/filler"));
    ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, 'f');
    while (filler.write(block) > 0) {
    }
}
#endif

} // namespace

TEST(SafeWrite, ReplacesARegularFileWholeAndLeavesNothingBeside)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answers.codewijzer"));
    writePlain(path, "old");
    QString error;
    ASSERT_TRUE(writeFileSafely(path, "new answers", error)) << error.toStdString();
    EXPECT_EQ(readFile(path), "new answers");
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("answers.codewijzer")});
}

TEST(SafeWrite, AnInjectedFullDiskKeepsTheOldFileAndSaysWhy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.codewijzer"));
    writePlain(path, "the old answers");
    for (const qsizetype size : {qsizetype{5}, qsizetype{5000}, qsizetype{300'000}}) {
        for (const qint64 after : {qint64{0}, qint64{3}, qint64{size - 1}}) {
            const FaultScope fault({after, ENOSPC});
            QString error;
            EXPECT_FALSE(writeFileSafely(path, QByteArray(size, 'x'), error)) << size << " after " << after;
            EXPECT_TRUE(error.contains(u"No space left on device")) << error.toStdString();
            EXPECT_TRUE(error.startsWith(QDir::toNativeSeparators(path))) << error.toStdString();
            EXPECT_FALSE(error.contains(u'\n'));
            EXPECT_EQ(readFile(path), "the old answers");
            EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("mine.codewijzer")});
        }
    }
}

TEST(SafeWrite, AStreamedWriteThatFailsFailsAtCommit)
{
    // Like QPdfWriter: many small writes whose results nobody checks.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    writePlain(path, "%PDF old");
    const FaultScope fault({100'000, EIO});
    SafeWriter writer(path);
    ASSERT_TRUE(writer.open());
    for (int i = 0; i < 20'000; ++i) {
        writer.device()->write("0123456789");
    }
    EXPECT_FALSE(writer.commit());
    EXPECT_TRUE(writer.errorString().contains(u"Input/output error")) << writer.errorString().toStdString();
    EXPECT_EQ(readFile(path), "%PDF old");
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("report.pdf")});
}

TEST(SafeWrite, AWriterLeftUncommittedLeavesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.json"));
    {
        SafeWriter writer(path);
        ASSERT_TRUE(writer.open());
        writer.device()->write("half");
    }
    EXPECT_TRUE(entries(dir.path()).isEmpty());
}

#ifdef Q_OS_UNIX // a tmpfs, read-only folders, device nodes, named pipes and descriptors are Unix
TEST(SafeWrite, ARealFullDiskKeepsTheOldFile)
{
    SmallDisk disk;
    if (!disk.mounted()) {
        GTEST_SKIP() << "needs root to mount a small tmpfs; the injected fault covers the rest";
    }
    const QString path = disk.filePath(QStringLiteral("mine.codewijzer"));
    writePlain(path, "the old answers");
    QString error;
    // Larger than the disk: fails on the way.
    EXPECT_FALSE(writeFileSafely(path, QByteArray(200'000, 'x'), error));
    EXPECT_TRUE(error.contains(u"No space left on device")) << error.toStdString();
    EXPECT_EQ(readFile(path), "the old answers");
    // Small, under every buffer, on a full disk: Qt 6.4's QSaveFile alone reports success here.
    fillDisk(disk.path());
    error.clear();
    EXPECT_FALSE(writeFileSafely(path, "new answers", error));
    EXPECT_TRUE(error.contains(u"No space left on device")) << error.toStdString();
    EXPECT_EQ(readFile(path), "the old answers");
    EXPECT_EQ(entries(disk.path()), (QStringList{QStringLiteral("filler"), QStringLiteral("mine.codewijzer")}));
}

TEST(SafeWrite, AFolderAMissingFolderAndAReadOnlyOneAreNamed)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(writeFileSafely(dir.path(), "x", error));
    EXPECT_TRUE(error.contains(u"is a folder")) << error.toStdString();

    EXPECT_FALSE(writeFileSafely(dir.filePath(QStringLiteral("missing/out.json")), "x", error));
    EXPECT_TRUE(error.contains(u"the folder") && error.contains(u"does not exist")) << error.toStdString();

    SmallDisk disk("size=1m");
    QString readOnly;
    if (disk.mounted()) {
        writePlain(disk.filePath(QStringLiteral("old.json")), "old");
        ASSERT_TRUE(disk.remountReadOnly());
        readOnly = disk.path();
    } else if (::geteuid() != 0) {
        readOnly = dir.filePath(QStringLiteral("locked"));
        ASSERT_TRUE(QDir().mkdir(readOnly));
        writePlain(readOnly + QStringLiteral("/old.json"), "old");
        ASSERT_EQ(::chmod(QFile::encodeName(readOnly).constData(), 0555), 0);
    } else {
        GTEST_SKIP() << "root without mount: a read-only folder cannot be made";
    }
    const QString path = readOnly + QStringLiteral("/old.json");
    EXPECT_FALSE(writeFileSafely(path, "new", error));
    EXPECT_TRUE(error.contains(u"Read-only file system") || error.contains(u"Permission denied"))
        << error.toStdString();
    EXPECT_EQ(readFile(path), "old");
    ::chmod(QFile::encodeName(readOnly).constData(), 0755);
}

TEST(SafeWrite, DevFullIsWrittenToNotReplacedAndItsErrorReported)
{
    ASSERT_TRUE(isCharacterDevice("/dev/full"));
    QString error;
    EXPECT_FALSE(writeFileSafely(QStringLiteral("/dev/full"), "report", error));
    EXPECT_TRUE(error.contains(u"No space left on device")) << error.toStdString();
    const bool stillADevice = isCharacterDevice("/dev/full");
    if (!stillADevice && ::geteuid() == 0) { // put back what the bug replaced
        ::unlink("/dev/full");
        ::mknod("/dev/full", S_IFCHR | 0666, makedev(1, 7));
        ::chmod("/dev/full", 0666); // mknod took the umask off
    }
    EXPECT_TRUE(stillADevice);
}

TEST(SafeWrite, ANamedPipeIsWrittenToNotReplaced)
{
    QTemporaryDir dir;
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe")));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);
    // The reader opens first (without waiting), then reads on its own thread until the writer is
    // done: until a writer comes, a read finds the end of the pipe at once.
    const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    ::fcntl(reader, F_SETFL, 0);
    std::atomic<bool> written = false;
    QByteArray received;
    std::thread thread([&] {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(reader, buffer, sizeof buffer);
            if (n > 0) {
                received.append(buffer, n);
            } else if (written) {
                break;
            } else {
                ::usleep(1000);
            }
        }
    });
    const QByteArray report(200'000, 'r');
    QString error;
    EXPECT_TRUE(writeFileSafely(QFile::decodeName(fifo), report, error)) << error.toStdString();
    written = true;
    thread.join();
    ::close(reader);
    EXPECT_EQ(received, report);
    struct stat st = {};
    ASSERT_EQ(::stat(fifo.constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST(SafeWrite, ANamedPipeThatNobodyReadsFailsWithoutWaitingForEver)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString error;
    EXPECT_FALSE(writeFileSafely(fifo, "x", error));
    EXPECT_TRUE(error.contains(u"no program is reading")) << error.toStdString();
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("pipe")});
}

TEST(SafeWrite, DevStdoutAndProcSelfFdWriteToTheDescriptorItself)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.txt"));
    writePlain(target, "");
    const int fd = ::open(QFile::encodeName(target).constData(), O_WRONLY | O_APPEND);
    ASSERT_GE(fd, 0);
    struct stat before = {};
    ::fstat(fd, &before);
    QString error;
    EXPECT_TRUE(writeFileSafely(QStringLiteral("/proc/self/fd/%1").arg(fd), "one ", error)) << error.toStdString();
    EXPECT_TRUE(writeFileSafely(QStringLiteral("/dev/fd/%1").arg(fd), "two ", error)) << error.toStdString();
    // /dev/stdout with standard output sent to the file for a moment.
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    ::dup2(fd, STDOUT_FILENO);
    const bool ok = writeFileSafely(QStringLiteral("/dev/stdout"), "three", error);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    EXPECT_TRUE(ok) << error.toStdString();
    ::close(fd);
    EXPECT_EQ(readFile(target), "one two three");
    struct stat after = {};
    ::stat(QFile::encodeName(target).constData(), &after);
    EXPECT_EQ(after.st_ino, before.st_ino); // the same file, not a new one put in its place
}

TEST(SafeWrite, StandardOutputOnAFullDiskOrAClosedPipeIsAnError)
{
    std::FILE* full = std::fopen("/dev/full", "w");
    ASSERT_NE(full, nullptr);
    QString error;
    EXPECT_FALSE(writeToStream(full, "a report", error));
    EXPECT_EQ(error, QStringLiteral("standard output: cannot write: No space left on device"));
    std::fclose(full);

    const int device = ::open("/dev/full", O_WRONLY);
    EXPECT_FALSE(writeToDescriptor(device, "a report", error, QStringLiteral("/dev/full")));
    EXPECT_EQ(error, QStringLiteral("/dev/full: cannot write: No space left on device"));
    ::close(device);

    int ends[2];
    ASSERT_EQ(::pipe(ends), 0);
    ::close(ends[0]);
    EXPECT_FALSE(writeToDescriptor(ends[1], "a report", error)); // and SIGPIPE does not end the test
    EXPECT_TRUE(error.contains(u"Broken pipe")) << error.toStdString();
    ::close(ends[1]);

    std::FILE* fine = std::fopen("/dev/null", "w");
    EXPECT_TRUE(writeToStream(fine, "a report", error));
    std::fclose(fine);
}
#endif
