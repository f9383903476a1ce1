#include "settings/StartupSettings.h"

#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <array>

namespace codewijzer {

namespace {

// The code an administrators' file names: a built-in id, or a code file relative to that file.
CodeSource adminCode(const QSettings& admin)
{
    const QString file = admin.value(QString(settings::kCodeFile)).toString();
    if (!file.isEmpty()) {
        return CodeSource::file(QFileInfo(admin.fileName()).dir().absoluteFilePath(file));
    }
    const QString id = admin.value(QString(settings::kCode)).toString();
    return id.isEmpty() ? CodeSource() : CodeSource::builtin(id);
}

std::optional<Language> languageIn(const QSettings& from, const QString& key)
{
    Language language = Language::Dutch;
    if (parseLanguage(from.value(key).toString(), language)) {
        return language;
    }
    return std::nullopt;
}

} // namespace

StartupChoice StartupChoice::resolve(const StartupOptions& commandLine, const QSettings& user,
                                     const QSettings* besideProgram, const QSettings* system)
{
    StartupChoice choice;
    const QString languageKey = QString(settings::kLanguage);

    // Lower sources first, each stronger one overriding what it sets.
    const std::array<std::pair<const QSettings*, SettingSource>, 2> adminFiles{
        {{system, SettingSource::System}, {besideProgram, SettingSource::BesideProgram}}};
    for (const auto& [admin, source] : adminFiles) {
        if (!admin) {
            continue;
        }
        if (const CodeSource code = adminCode(*admin); !code.isNull()) {
            choice.code = code;
            choice.codeFrom = source;
        }
        if (admin->contains(QString(settings::kLockCode))) {
            choice.codeLocked = admin->value(QString(settings::kLockCode)).toBool();
        }
        if (admin->contains(QString(settings::kShowOtherCodes))) {
            choice.showOtherCodes = admin->value(QString(settings::kShowOtherCodes)).toBool();
        }
        if (const auto language = languageIn(*admin, languageKey)) {
            choice.language = language;
            choice.languageFrom = source;
        }
    }

    const CodeSource remembered = CodeSource::fromSetting(user.value(QString(settings::kCode)).toString());
    if (!remembered.isNull() && !choice.codeLocked) {
        choice.code = remembered;
        choice.codeFrom = SettingSource::User;
    }
    if (const auto language = languageIn(user, languageKey)) {
        choice.language = language;
        choice.languageFrom = SettingSource::User;
    }

    if (!commandLine.codeFile.isEmpty()) {
        choice.code = CodeSource::file(commandLine.codeFile);
        choice.codeFrom = SettingSource::CommandLine;
    } else if (!commandLine.code.isEmpty()) {
        choice.code = CodeSource::builtin(commandLine.code);
        choice.codeFrom = SettingSource::CommandLine;
    }
    if (commandLine.language) {
        choice.language = commandLine.language;
        choice.languageFrom = SettingSource::CommandLine;
    }
    return choice;
}

} // namespace codewijzer
