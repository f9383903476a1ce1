#include <QtGlobal>

#ifdef Q_OS_UNIX
#include "io/Descriptor.h"

#include <cerrno>
#include <pthread.h>
#include <unistd.h>

namespace codewijzer::posix {

SigpipeBlock::SigpipeBlock()
{
    sigemptyset(&m_set);
    sigaddset(&m_set, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    m_wasPending = sigismember(&pending, SIGPIPE) == 1;
    pthread_sigmask(SIG_BLOCK, &m_set, &m_old);
}

SigpipeBlock::~SigpipeBlock()
{
    if (!m_wasPending) {
        const timespec zero{};
        while (sigtimedwait(&m_set, nullptr, &zero) > 0) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
}

int writeAll(int fd, const char* data, qint64 size)
{
    SigpipeBlock block;
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, static_cast<size_t>(std::min<qint64>(size - done, 1 << 30)));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return n < 0 ? errno : EIO;
        }
        done += n;
    }
    return 0;
}

int aliasedDescriptor(const QString& path)
{
    if (path == u"/dev/stdout") {
        return STDOUT_FILENO;
    }
    if (path == u"/dev/stderr") {
        return STDERR_FILENO;
    }
    const QString own = QStringLiteral("/proc/%1/fd/").arg(::getpid());
    for (const QString& prefix : {QStringLiteral("/dev/fd/"), QStringLiteral("/proc/self/fd/"), own}) {
        if (path.startsWith(prefix)) {
            bool ok = false;
            const int fd = path.mid(prefix.size()).toInt(&ok);
            return ok && fd >= 0 ? fd : -1;
        }
    }
    return -1;
}

} // namespace codewijzer::posix

#endif // Q_OS_UNIX
