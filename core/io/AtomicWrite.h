#pragma once

#include <QByteArray>
#include <QString>

namespace codewijzer {

// Writes the whole file or nothing: the bytes go to a temporary file beside it, which replaces the
// old file only once it is complete and on disk. A process killed mid-write leaves the old file as
// it was. On failure returns false with a one-line reason in `error`.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString& error);

} // namespace codewijzer
