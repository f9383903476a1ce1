#include "io/DataFile.h"

#include "io/JsonSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DataFile)
};

// A file compiled into the program (":/codes/mondia.json").
bool isResource(const QString& path)
{
    return path.startsWith(u':');
}

enum class Kind { Regular, Folder, Other, Missing };

#ifdef Q_OS_UNIX
// Why a file cannot be read, in the language of the other messages: the system says it in English.
QString reasonOf(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return Text::tr("No such file or directory");
    case EACCES:
    case EPERM:
        return Text::tr("Permission denied");
    default:
        return qt_error_string(error);
    }
}
#endif

// What the path is, without opening it: opening a named pipe would wait for a writer.
Kind kindOf(const QString& path, qint64& size, QString& reason)
{
    if (isResource(path)) {
        const QFileInfo info(path);
        size = info.size();
        reason = Text::tr("No such file or directory");
        return info.isDir() ? Kind::Folder : info.isFile() ? Kind::Regular : Kind::Missing;
    }
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        reason = reasonOf(errno);
        return Kind::Missing;
    }
    size = st.st_size;
    return S_ISREG(st.st_mode) ? Kind::Regular : S_ISDIR(st.st_mode) ? Kind::Folder : Kind::Other;
#else
    const QFileInfo info(path);
    size = info.size();
    reason = Text::tr("No such file or directory");
    return info.isDir() ? Kind::Folder : info.isFile() ? Kind::Regular : info.exists() ? Kind::Other : Kind::Missing;
#endif
}

} // namespace

QString dataFileName(const QString& path)
{
    return path == u"-" ? QStringLiteral("<stdin>") : path;
}

std::optional<QByteArray> readDataFile(const QString& path, Diagnostics& out)
{
    const bool standardInput = path == u"-";
    const QString name = dataFileName(path);
    const auto fail = [&](const QString& message) {
        out.push_back({name, 0, 0, {}, {}, message});
        return std::nullopt;
    };
    const auto tooLarge = [&](qint64 size) {
        return fail(Text::tr("the file is %1 bytes or more; data files larger than %2 bytes are not read")
                        .arg(QString::number(size), QString::number(kMaxDataFileBytes)));
    };

    QFile file;
    if (standardInput) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return fail(Text::tr("cannot read standard input"));
        }
    } else {
        qint64 size = 0;
        QString reason;
        switch (kindOf(path, size, reason)) {
        case Kind::Missing:
            return fail(Text::tr("cannot read the file: %1").arg(reason));
        case Kind::Folder:
            return fail(Text::tr("is a folder, not a file"));
        case Kind::Other:
            return fail(Text::tr("is not a regular file (a named pipe or a device); name a file, or - for standard "
                                 "input"));
        case Kind::Regular:
            break;
        }
        if (size > kMaxDataFileBytes) {
            return tooLarge(size);
        }
        file.setFileName(path);
        if (isResource(path)) {
            if (!file.open(QIODevice::ReadOnly)) {
                return fail(Text::tr("cannot read the file: %1").arg(file.errorString()));
            }
        } else {
#ifdef Q_OS_UNIX
            // O_NONBLOCK: should the file have become a pipe since, this still does not wait.
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
            struct stat st = {};
            if (fd < 0) {
                return fail(Text::tr("cannot read the file: %1").arg(reasonOf(errno)));
            }
            if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
                ::close(fd);
                return fail(Text::tr("is not a regular file (a named pipe or a device); name a file, or - for standard "
                                     "input"));
            }
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
                ::close(fd);
                return fail(Text::tr("cannot read the file: %1").arg(file.errorString()));
            }
#else
            if (!file.open(QIODevice::ReadOnly)) {
                return fail(Text::tr("cannot read the file: %1").arg(file.errorString()));
            }
#endif
        }
    }
    if (!file.isSequential() && file.size() > kMaxDataFileBytes) {
        return tooLarge(file.size());
    }
    // A pipe hands its data over in parts: read until the end, or until past the limit.
    QByteArray bytes;
    while (bytes.size() <= kMaxDataFileBytes) {
        const QByteArray part = file.read(kMaxDataFileBytes + 1 - bytes.size());
        if (part.isEmpty()) {
            break;
        }
        bytes += part;
    }
    if (bytes.size() > kMaxDataFileBytes) {
        return tooLarge(bytes.size());
    }
    return bytes;
}

} // namespace codewijzer
