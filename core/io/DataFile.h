#pragma once

#include "io/Diagnostic.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace codewijzer {

// Reads a data file, or standard input for "-". Refuses a folder, an unreadable file and anything
// larger than kMaxDataFileBytes, without reading more than that.
std::optional<QByteArray> readDataFile(const QString& path, Diagnostics& out);

} // namespace codewijzer
