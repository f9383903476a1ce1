#pragma once

#include <QString>
#include <csignal>

// POSIX descriptors for the safe writer (Unix only).
namespace codewijzer::posix {

// Blocks SIGPIPE while it lives, and takes back one that a write to a closed pipe raised in this
// thread, so that the write fails with EPIPE instead of ending the program.
class SigpipeBlock
{
public:
    SigpipeBlock();
    ~SigpipeBlock();
    SigpipeBlock(const SigpipeBlock&) = delete;
    SigpipeBlock& operator=(const SigpipeBlock&) = delete;

private:
    sigset_t m_set;
    sigset_t m_old;
    bool m_wasPending = false;
};

// Writes all of it, resuming after a signal or a partial write, with SIGPIPE blocked; returns 0 or
// the errno.
int writeAll(int fd, const char* data, qint64 size);

// The descriptor that /dev/stdout, /dev/stderr, /dev/fd/N or /proc/self/fd/N names, or -1.
int aliasedDescriptor(const QString& path);

} // namespace codewijzer::posix
