#pragma once

#include "io/SafeWrite.h"

namespace codewijzer {

// The former name of writeFileSafely, kept for its callers.
inline bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString& error)
{
    return writeFileSafely(path, bytes, error);
}

} // namespace codewijzer
