#pragma once

#include "io/Diagnostic.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace codewijzer {

// Reads a data file, or standard input for "-". Refuses a folder, an unreadable file and anything
// larger than kMaxDataFileBytes, without reading more than that. A named pipe or a device (such as
// /dev/zero) is refused at once, before it is opened, so that nothing waits for a writer; only
// standard input may be a pipe.
std::optional<QByteArray> readDataFile(const QString& path, Diagnostics& out);

// The name a data file goes by in messages: its path, or <stdin> for "-".
QString dataFileName(const QString& path);

} // namespace codewijzer
