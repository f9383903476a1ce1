#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <optional>

class QIODevice;
class QSaveFile;

namespace codewijzer {

// For tests: a SafeWriter made while this is set fails the write that would take its output past
// `afterBytes` with `error`, as a full disk would. nullopt turns it off.
struct WriteFault
{
    qint64 afterBytes = 0;
    int error = ENOSPC;
};
void setWriteFaultForTesting(std::optional<WriteFault> fault);

// Writes one file so that nothing is lost. A regular file (or a new one) is written to a temporary
// file beside it, which replaces it only when every byte is written and on disk: any error leaves
// the old file whole and nothing behind. A named pipe, a device, or /dev/stdout, /dev/fd/N and
// /proc/self/fd/N (the descriptor itself) are written to directly, never replaced. Every error is
// one line naming the file and the reason, in errorString().
class SafeWriter
{
public:
    explicit SafeWriter(QString path);
    ~SafeWriter(); // discards what was written unless commit() succeeded
    SafeWriter(const SafeWriter&) = delete;
    SafeWriter& operator=(const SafeWriter&) = delete;

    bool open();
    // Where to write between open() and commit(), e.g. for a QPdfWriter. A failed write is kept and
    // makes commit() fail, so a writer that ignores write()'s result cannot lose it.
    QIODevice* device() const;
    // Writes out the rest, checks that every byte arrived, and puts a regular file in place.
    bool commit();
    const QString& errorString() const { return m_error; }

private:
    class Device;
    bool openDirect(const QByteArray& encoded, bool fifo);
    void useDescriptor(int fd, bool owned);
    bool fail(const QString& reason);
    void discard();

    QString m_path;
    QString m_error;
    std::unique_ptr<QSaveFile> m_saveFile;
    std::unique_ptr<Device> m_device;
    int m_fd = -1;
    bool m_ownsFd = false;
    bool m_committed = false;
};

// The whole file at once, through a SafeWriter. On failure returns false with the reason in `error`.
bool writeFileSafely(const QString& path, const QByteArray& bytes, QString& error);

// Writes to a stream or descriptor that is already open (standard output), flushes it, and reports
// a failed write (a full disk, a closed pipe: EPIPE, without dying of SIGPIPE) as one line naming
// `name` ("standard output" when empty).
bool writeToStream(std::FILE* stream, QByteArrayView bytes, QString& error, const QString& name = {});
bool writeToDescriptor(int fd, QByteArrayView bytes, QString& error, const QString& name = {});

} // namespace codewijzer
