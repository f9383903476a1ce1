#include "io/DataFile.h"

#include "io/JsonSource.h"

#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace codewijzer {

std::optional<QByteArray> readDataFile(const QString& path, Diagnostics& out)
{
    const bool standardInput = path == u"-";
    const QString name = standardInput ? QStringLiteral("<stdin>") : path;
    const auto fail = [&](const QString& message) {
        out.push_back({name, 0, 0, {}, {}, message});
        return std::nullopt;
    };

    QFile file;
    if (standardInput) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read standard input"));
        }
    } else {
        if (QFileInfo(path).isDir()) {
            return fail(QStringLiteral("is a folder, not a file"));
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        }
    }
    const auto tooLarge = [&](qint64 size) {
        return fail(QStringLiteral("the file is %1 bytes or more; data files larger than %2 bytes are not read")
                        .arg(size)
                        .arg(kMaxDataFileBytes));
    };
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
