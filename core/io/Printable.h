#pragma once

#include <QString>
#include <QStringView>

namespace codewijzer {

// About how many characters of a value from a file a message shows.
inline constexpr qsizetype kShownLength = 80;

// True for a character that must not reach a terminal or a log as it is: C0 and C1 controls, DEL,
// line and paragraph separators, bidi embeddings, overrides and isolates, and lone surrogates.
bool isUnsafeForDisplay(char16_t c);

// The text on one line, every unsafe character written out visibly: \n, \t, \r, \u001b.
QString printable(QStringView text);

// A value from a file as a message shows it: printable, and cut after about `limit` characters with
// its full length behind it ("…(7340032 characters)"). Only the part shown is copied.
QString shown(QStringView value, qsizetype limit = kShownLength);

// "…(7340032 characters)": what a cut value ends with.
QString lengthNote(qsizetype length);

// The value itself cut the same way but not escaped: for keeping a long path or id small.
QString shortened(QStringView value, qsizetype limit = kShownLength);

} // namespace codewijzer
