#pragma once

#include <QString>
#include <QStringView>

namespace codewijzer {

class JsonReader;

// The longest id of a code, rule, contact, case or article.
inline constexpr qsizetype kMaxIdLength = 100;

// The one id pattern of codes, rules, contacts and training cases: lower-case ASCII letters, digits,
// '-', '_' and '.', starting with a letter or a digit, at most kMaxIdLength characters ("mondia",
// "chat-with-exception", "data_protection_officer"). Nothing else, so no white space and no newline.
bool isValidId(QStringView id);

// An article id, which follows the numbering of the school's own text ("III.B.9", "scholen.3",
// "Art. 5"): one line of printable characters, no control or bidi characters, no white space at
// either end or twice in a row, at most kMaxIdLength characters.
bool isValidArticleId(QStringView id);

// Reports, at `path`, an id that is not empty and breaks isValidId(): one message for every kind of id.
void checkIdAt(const QString& id, const QString& path, const JsonReader& reader);

} // namespace codewijzer
