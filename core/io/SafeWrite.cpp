#include "io/SafeWrite.h"

#include "io/Printable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <QThread>
#include <cstring>

#ifdef Q_OS_UNIX
#include "io/Descriptor.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
#define WIN32_LEAN_AND_MEAN
#include <string>
#include <windows.h>
#endif

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SafeWrite)
};

constexpr qint64 kBufferSize = qint64{64} * 1024;

std::optional<WriteFault>& currentFault()
{
    static std::optional<WriteFault> fault;
    return fault;
}

// An errno value in words. On Windows, qt_error_string() reads its argument as a Windows error
// code, and ENOSPC (28) would read "Out of paper".
QString reasonOf(int error)
{
#ifdef Q_OS_WIN
    return QString::fromLocal8Bit(std::strerror(error));
#else
    return qt_error_string(error);
#endif
}

QString cannotWrite(const QString& name, const QString& reason)
{
    return Text::tr("%1: cannot write: %2").arg(printable(QDir::toNativeSeparators(name)), reason);
}

#ifdef Q_OS_WIN
// A file that another program holds open (a report in a PDF reader) cannot be replaced on Windows,
// and Windows' own message for that ("Access denied") is in Windows' language. Opening it without
// sharing fails exactly when some program has it open.
bool isHeldOpenElsewhere(const QString& path)
{
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    const HANDLE handle =
        CreateFileW(native.c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        return GetLastError() == ERROR_SHARING_VIOLATION;
    }
    CloseHandle(handle);
    return false;
}
#endif

} // namespace

void setWriteFaultForTesting(std::optional<WriteFault> fault)
{
    currentFault() = fault;
}

// Collects what is written and hands it on in large parts; keeps the first failure. A regular file
// is written through the temporary file's descriptor, so QSaveFile's own buffer, whose errors Qt
// 6.4 can lose, stays empty.
class SafeWriter::Device : public QIODevice
{
public:
    Device(int fd, QFileDevice* file)
        : m_fd(fd)
        , m_file(file)
        , m_fault(currentFault())
    {
        m_buffer.reserve(kBufferSize);
    }

    bool flushBuffer()
    {
        if (m_failure.isEmpty() && !m_buffer.isEmpty()) {
            deliver(m_buffer.constData(), m_buffer.size());
        }
        m_buffer.clear();
        return m_failure.isEmpty();
    }
    const QString& failure() const { return m_failure; }
    qint64 delivered() const { return m_delivered; }

protected:
    qint64 readData(char* /*data*/, qint64 /*size*/) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (!m_failure.isEmpty()) {
            return -1;
        }
        m_buffer.append(data, size);
        if (m_buffer.size() >= kBufferSize && !flushBuffer()) {
            return -1;
        }
        return size;
    }

private:
    void deliver(const char* data, qint64 size)
    {
        qint64 allowed = size;
        int simulated = 0;
        if (m_fault && m_delivered + size > m_fault->afterBytes) {
            allowed = std::max<qint64>(0, m_fault->afterBytes - m_delivered);
            simulated = m_fault->error;
        }
#ifdef Q_OS_UNIX
        Q_UNUSED(m_file);
        if (const int error = posix::writeAll(m_fd, data, allowed)) {
            m_failure = reasonOf(error);
            return;
        }
#else
        Q_UNUSED(m_fd);
        if (m_file->write(data, allowed) != allowed) {
            m_failure = m_file->errorString();
            return;
        }
#endif
        m_delivered += allowed;
        if (simulated != 0) {
            m_failure = reasonOf(simulated);
        }
    }

    int m_fd;
    QFileDevice* m_file;
    std::optional<WriteFault> m_fault;
    QByteArray m_buffer;
    QString m_failure;
    qint64 m_delivered = 0;
};

SafeWriter::SafeWriter(QString path)
    : m_path(std::move(path))
{}

SafeWriter::~SafeWriter()
{
    if (!m_committed) {
        discard();
    }
}

QIODevice* SafeWriter::device() const
{
    return m_device.get();
}

void SafeWriter::useDescriptor(int fd, bool owned)
{
    m_fd = fd;
    m_ownsFd = owned;
    m_device = std::make_unique<Device>(fd, m_saveFile.get());
    m_device->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool SafeWriter::open()
{
    if (m_path.isEmpty()) {
        return fail(Text::tr("no file name"));
    }
#ifdef Q_OS_UNIX
    if (const int fd = posix::aliasedDescriptor(m_path); fd >= 0) {
        if (::fcntl(fd, F_GETFL) == -1) {
            return fail(reasonOf(errno));
        }
        useDescriptor(fd, false);
        return true;
    }
    const QByteArray encoded = QFile::encodeName(m_path);
    struct stat st = {};
    if (::stat(encoded.constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            return fail(Text::tr("it is a folder, not a file"));
        }
        if (!S_ISREG(st.st_mode)) {
            return openDirect(encoded, S_ISFIFO(st.st_mode));
        }
    } else if (errno != ENOENT) {
        return fail(reasonOf(errno));
    }
#else
    const QFileInfo target(m_path);
    if (target.isDir()) {
        return fail(Text::tr("it is a folder, not a file"));
    }
#endif
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return fail(Text::tr("the folder %1 does not exist").arg(printable(QDir::toNativeSeparators(folder))));
    }
    m_saveFile = std::make_unique<QSaveFile>(m_path);
    errno = 0;
    if (!m_saveFile->open(QIODevice::WriteOnly)) {
        const int error = errno;
        return fail(error != 0 ? reasonOf(error) : m_saveFile->errorString());
    }
    useDescriptor(m_saveFile->handle(), false);
    return true;
}

bool SafeWriter::openDirect(const QByteArray& encoded, bool fifo)
{
#ifdef Q_OS_UNIX
    // Without O_NONBLOCK, opening a pipe that nobody reads would wait for ever; give a reader that
    // is starting up a moment.
    int fd = -1;
    for (int attempt = 0; attempt < 50; ++attempt) {
        fd = ::open(encoded.constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
        if (fd >= 0 || errno != ENXIO || !fifo) {
            break;
        }
        QThread::msleep(20);
    }
    if (fd < 0) {
        return fail(fifo && errno == ENXIO ? Text::tr("no program is reading from the named pipe") : reasonOf(errno));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    useDescriptor(fd, true);
    return true;
#else
    Q_UNUSED(encoded);
    Q_UNUSED(fifo);
    return fail(reasonOf(ENOTSUP));
#endif
}

bool SafeWriter::commit()
{
    if (m_committed) {
        return true;
    }
    if (!m_device) {
        return m_error.isEmpty() ? fail(Text::tr("the file was not opened")) : false;
    }
    if (!m_device->flushBuffer()) {
        return fail(m_device->failure());
    }
    if (m_saveFile) {
#ifdef Q_OS_UNIX
        struct stat st = {};
        if (::fstat(m_fd, &st) != 0) {
            return fail(reasonOf(errno));
        }
        const qint64 size = st.st_size;
        if (::fsync(m_fd) != 0) {
            return fail(reasonOf(errno));
        }
#else
        const qint64 size = m_saveFile->size();
#endif
        if (size != m_device->delivered()) {
            return fail(Text::tr("only %1 of %2 bytes arrived").arg(size).arg(m_device->delivered()));
        }
        if (!m_saveFile->commit()) {
#ifdef Q_OS_WIN
            if (isHeldOpenElsewhere(m_path)) {
                return fail(Text::tr("the file is open in another program; close it there and try again"));
            }
#endif
            return fail(m_saveFile->errorString());
        }
    }
#ifdef Q_OS_UNIX
    if (m_ownsFd) {
        m_ownsFd = false;
        if (::close(m_fd) != 0 && errno != EINTR) {
            return fail(reasonOf(errno));
        }
    }
#endif
    m_device->close();
    m_committed = true;
    return true;
}

bool SafeWriter::fail(const QString& reason)
{
    m_error = cannotWrite(m_path, reason);
    discard();
    return false;
}

void SafeWriter::discard()
{
    if (m_device) {
        m_device->close();
    }
    if (m_saveFile) {
        m_saveFile->cancelWriting();
        m_saveFile.reset(); // removes the temporary file
    }
#ifdef Q_OS_UNIX
    if (m_ownsFd) {
        ::close(m_fd);
        m_ownsFd = false;
    }
#endif
    m_fd = -1;
}

bool writeFileSafely(const QString& path, const QByteArray& bytes, QString& error)
{
    SafeWriter writer(path);
    if (!writer.open()) {
        error = writer.errorString();
        return false;
    }
    writer.device()->write(bytes);
    if (!writer.commit()) {
        error = writer.errorString();
        return false;
    }
    return true;
}

bool writeToStream(std::FILE* stream, QByteArrayView bytes, QString& error, const QString& name)
{
    int failure = 0;
    {
#ifdef Q_OS_UNIX
        posix::SigpipeBlock block;
#endif
        errno = 0;
        const auto size = static_cast<std::size_t>(bytes.size());
        // fwrite's buffer must not be null even for zero bytes, and an empty view's data() may be.
        const bool written = size == 0 || std::fwrite(bytes.data(), 1, size, stream) == size;
        if (!written || std::fflush(stream) != 0 || std::ferror(stream)) {
            failure = errno != 0 ? errno : EIO;
        }
    }
    if (failure != 0) {
        error = cannotWrite(name.isEmpty() ? Text::tr("standard output") : name, reasonOf(failure));
        return false;
    }
    return true;
}

bool writeToDescriptor(int fd, QByteArrayView bytes, QString& error, const QString& name)
{
#ifdef Q_OS_UNIX
    if (const int failure = posix::writeAll(fd, bytes.data(), bytes.size())) {
        error = cannotWrite(name.isEmpty() ? Text::tr("standard output") : name, reasonOf(failure));
        return false;
    }
    return true;
#else
    Q_UNUSED(fd);
    return writeToStream(stdout, bytes, error, name);
#endif
}

} // namespace codewijzer
