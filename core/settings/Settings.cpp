#include "settings/Settings.h"

#include "settings/ProgramLanguage.h"

namespace codewijzer::settings {

CodeSource rememberedCode()
{
    return CodeSource::fromSetting(UserSettings().value(QString(kCode)).toString());
}

void rememberCode(const CodeSource& source)
{
    UserSettings().setValue(QString(kCode), source.toSetting());
}

std::optional<Language> rememberedLanguage()
{
    Language language = Language::Dutch;
    if (parseLanguage(UserSettings().value(QString(kLanguage)).toString(), language)) {
        return language;
    }
    return std::nullopt;
}

void rememberLanguage(Language language)
{
    UserSettings().setValue(QString(kLanguage), languageCode(language));
}

void switchLanguage()
{
    const Language other = currentLanguage() == Language::Dutch ? Language::English : Language::Dutch;
    rememberLanguage(other);
    useLanguage(other); // sends LanguageChange to every widget
}

} // namespace codewijzer::settings
