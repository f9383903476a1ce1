#include "model/LocalizedText.h"

namespace codewijzer {

bool parseLanguage(QStringView code, Language& out)
{
    if (code.compare(u"nl", Qt::CaseInsensitive) == 0) {
        out = Language::Dutch;
        return true;
    }
    if (code.compare(u"en", Qt::CaseInsensitive) == 0) {
        out = Language::English;
        return true;
    }
    return false;
}

QString languageCode(Language language)
{
    return language == Language::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

} // namespace codewijzer
