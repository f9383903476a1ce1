#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace codewijzer {

// A mistake in a JSON text, as a person makes it, with the fix in its message.
struct JsonSlip
{
    qsizetype offset = 0; // the byte where it is
    QString message;
};

// Walks a JSON text that QJsonDocument has refused, from the top, and says what is wrong at the
// first place the text stops being JSON: curly quotes, comments, a comma too many or too few, a key
// or a string not in double quotes, and the like. Nullopt when the walk finds nothing (too deep a
// nesting, or bytes that are not UTF-8): QJsonDocument's own offset then stands. Linear in the size.
std::optional<JsonSlip> findJsonSlip(QByteArrayView text);

} // namespace codewijzer
