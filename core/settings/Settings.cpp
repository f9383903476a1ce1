#include "settings/Settings.h"

#include "settings/ProgramLanguage.h"

#include <QSettings>

namespace codewijzer::settings {

CodeSource rememberedCode()
{
    return CodeSource::fromSetting(QSettings().value(QString(kCode)).toString());
}

void rememberCode(const CodeSource& source)
{
    QSettings().setValue(QString(kCode), source.toSetting());
}

std::optional<Language> rememberedLanguage()
{
    Language language = Language::Dutch;
    if (parseLanguage(QSettings().value(QString(kLanguage)).toString(), language)) {
        return language;
    }
    return std::nullopt;
}

void rememberLanguage(Language language)
{
    QSettings().setValue(QString(kLanguage), languageCode(language));
}

void switchLanguage()
{
    const Language other = currentLanguage() == Language::Dutch ? Language::English : Language::Dutch;
    rememberLanguage(other);
    useLanguage(other); // sends LanguageChange to every widget
}

} // namespace codewijzer::settings
