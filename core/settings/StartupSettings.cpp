#include "settings/StartupSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <array>

namespace codewijzer {

namespace {

// The code an administrators' file names: a built-in id, or a code file relative to that file.
QString adminCode(const QSettings& settings)
{
    const QString file = settings.value(QStringLiteral("codeFile")).toString();
    if (!file.isEmpty()) {
        return QFileInfo(settings.fileName()).dir().absoluteFilePath(file);
    }
    return settings.value(QStringLiteral("code")).toString();
}

std::optional<Language> languageIn(const QSettings& settings, const QString& key)
{
    Language language = Language::Dutch;
    if (parseLanguage(settings.value(key).toString(), language)) {
        return language;
    }
    return std::nullopt;
}

} // namespace

StartupChoice StartupChoice::resolve(const StartupOptions& commandLine, const QSettings& user,
                                     const QSettings* besideProgram, const QSettings* system)
{
    StartupChoice choice;
    const QString languageKey = QString(usersettings::kLanguage);

    // Lower sources first, each stronger one overriding what it sets.
    const std::array<std::pair<const QSettings*, SettingSource>, 2> adminFiles{
        {{system, SettingSource::System}, {besideProgram, SettingSource::BesideProgram}}};
    for (const auto& [settings, source] : adminFiles) {
        if (!settings) {
            continue;
        }
        if (const QString code = adminCode(*settings); !code.isEmpty()) {
            choice.code = code;
            choice.codeFrom = source;
        }
        if (settings->contains(QStringLiteral("lockCode"))) {
            choice.codeLocked = settings->value(QStringLiteral("lockCode")).toBool();
        }
        if (const auto language = languageIn(*settings, languageKey)) {
            choice.language = language;
            choice.languageFrom = source;
        }
    }

    const QString remembered = user.value(QString(usersettings::kCode)).toString();
    if (!remembered.isEmpty() && !choice.codeLocked) {
        const QString prefix = QString(usersettings::kFilePrefix);
        choice.code = remembered.startsWith(prefix) ? remembered.mid(prefix.size()) : remembered;
        choice.codeFrom = SettingSource::User;
    }
    if (const auto language = languageIn(user, languageKey)) {
        choice.language = language;
        choice.languageFrom = SettingSource::User;
    }

    if (!commandLine.codeFile.isEmpty()) {
        choice.code = QFileInfo(commandLine.codeFile).absoluteFilePath();
        choice.codeFrom = SettingSource::CommandLine;
    } else if (!commandLine.code.isEmpty()) {
        choice.code = commandLine.code;
        choice.codeFrom = SettingSource::CommandLine;
    }
    if (commandLine.language) {
        choice.language = commandLine.language;
        choice.languageFrom = SettingSource::CommandLine;
    }
    return choice;
}

} // namespace codewijzer
