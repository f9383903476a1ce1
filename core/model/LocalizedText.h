#pragma once

#include <QString>

namespace codewijzer {

enum class Language { Dutch, English };

// "nl" or "en" (case-insensitive); nullopt-like false for anything else.
bool parseLanguage(QStringView code, Language& out);
QString languageCode(Language language);

// A text that a person reads, in the two languages every data file carries.
struct LocalizedText
{
    QString nl;
    QString en;

    const QString& in(Language language) const { return language == Language::Dutch ? nl : en; }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace codewijzer
