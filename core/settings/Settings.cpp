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

QStringList recentAssessments()
{
    QStringList paths = UserSettings().value(QString(kRecentAssessments)).toStringList();
    paths.removeAll(QString());
    return paths.mid(0, kRecentAssessmentsKept);
}

void rememberAssessment(const QString& path)
{
    QStringList paths = recentAssessments();
    if (!paths.isEmpty() && paths.first() == path) {
        return; // saving again to the same file writes no settings
    }
    paths.removeAll(path);
    paths.prepend(path);
    UserSettings().setValue(QString(kRecentAssessments), paths.mid(0, kRecentAssessmentsKept));
}

void forgetAssessment(const QString& path)
{
    QStringList paths = recentAssessments();
    paths.removeAll(path);
    UserSettings().setValue(QString(kRecentAssessments), paths);
}

void forgetRecentAssessments()
{
    UserSettings().remove(QString(kRecentAssessments));
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
