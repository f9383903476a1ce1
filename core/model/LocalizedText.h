#pragma once

#include <QString>

namespace codewijzer {

enum class Language { Dutch, English };

// "nl" or "en" (case-insensitive); nullopt-like false for anything else.
bool parseLanguage(QStringView code, Language& out);
QString languageCode(Language language);

// A text that a person reads, in Dutch and English. A code file may leave out the English: in()
// then gives the Dutch, the code's own wording, and the screens say so (dutchOnlyNotice()).
struct LocalizedText
{
    QString nl;
    QString en;

    const QString& in(Language language) const
    {
        return language == Language::Dutch || (en.isEmpty() && !nl.isEmpty()) ? nl : en;
    }
    bool hasEnglish() const { return !en.isEmpty() || nl.isEmpty(); }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace codewijzer
