#include "settings/StartupSettings.h"

#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace codewijzer {

namespace {

// The code an administrators' source names: a built-in id, or a code file relative to its folder.
CodeSource adminCode(const AdminSettings& admin)
{
    const QString file = admin.settings->value(QString(settings::kCodeFile)).toString();
    if (!file.isEmpty()) {
        return CodeSource::file(QDir(admin.folder).absoluteFilePath(file));
    }
    const QString id = admin.settings->value(QString(settings::kCode)).toString();
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

// "dunamare,mondia": an INI file gives a comma-separated value as a list, the registry as one
// string; both, trimmed, empty parts left out.
QStringList idList(const QSettings& from, QLatin1String key)
{
    QStringList ids;
    for (const QString& part : from.value(QString(key)).toStringList()) {
        for (const QString& id : part.split(u',')) {
            if (!id.trimmed().isEmpty()) {
                ids << id.trimmed();
            }
        }
    }
    return ids;
}

} // namespace

AdminSettings AdminSettings::file(const QSettings* settings, SettingSource source)
{
    return {settings, source, settings ? QFileInfo(settings->fileName()).absolutePath() : QString()};
}

StartupChoice StartupChoice::resolve(const StartupOptions& commandLine, const QSettings& user,
                                     const QSettings* besideProgram, const QSettings* system)
{
    return resolve(commandLine, user,
                   {AdminSettings::file(system, SettingSource::System),
                    AdminSettings::file(besideProgram, SettingSource::BesideProgram)});
}

StartupChoice StartupChoice::resolve(const StartupOptions& commandLine, const QSettings& user,
                                     const std::vector<AdminSettings>& adminSources)
{
    StartupChoice choice;
    const QString languageKey = QString(settings::kLanguage);

    // Weaker sources first, each stronger one overriding what it sets.
    for (const AdminSettings& source : adminSources) {
        const QSettings* admin = source.settings;
        if (!admin) {
            continue;
        }
        if (const CodeSource code = adminCode(source); !code.isNull()) {
            choice.code = code;
            choice.codeFrom = source.source;
        }
        if (admin->contains(QString(settings::kLockCode))) {
            choice.codeLocked = admin->value(QString(settings::kLockCode)).toBool();
        }
        if (admin->contains(QString(settings::kShowOtherCodes))) {
            choice.showOtherCodes = admin->value(QString(settings::kShowOtherCodes)).toBool();
        }
        if (admin->contains(QString(settings::kCodes))) {
            choice.shownCodes = idList(*admin, settings::kCodes);
        }
        if (admin->contains(QString(settings::kCompareWith))) {
            choice.comparedWith = idList(*admin, settings::kCompareWith);
        }
        if (const auto language = languageIn(*admin, languageKey)) {
            choice.language = language;
            choice.languageFrom = source.source;
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

#ifdef Q_OS_WIN
namespace {

// QSettings creates the registry key it is opened on wherever it may, as in a program run as
// administrator (the installer's "start Codewijzer"): an administrators' key is opened only once
// it is there, so that reading the settings never leaves an empty key under HKEY_LOCAL_MACHINE.
std::unique_ptr<QSettings> existingMachineKey(const QStringList& path)
{
    QString key = QStringLiteral("HKEY_LOCAL_MACHINE\\Software");
    for (const QString& part : path) {
        if (!QSettings(key, QSettings::NativeFormat).childGroups().contains(part, Qt::CaseInsensitive)) {
            return nullptr;
        }
        key += u'\\' + part;
    }
    return std::make_unique<QSettings>(key, QSettings::NativeFormat);
}

} // namespace
#endif

RolloutSettings::RolloutSettings(const QString& programFolder)
{
    const QString organisation = QStringLiteral("Codewijzer");
    const QString application = QStringLiteral("Codewijzer");
    const auto add = [this](std::unique_ptr<QSettings> settings, SettingSource source, const QString& folder) {
        m_settings.push_back(std::move(settings));
        m_sources.push_back({m_settings.back().get(), source, folder});
    };
#ifdef Q_OS_WIN
    if (auto registry = existingMachineKey({organisation, application}); registry && !registry->allKeys().isEmpty()) {
        add(std::move(registry), SettingSource::System, programFolder);
    }
#endif
    auto systemFile =
        std::make_unique<QSettings>(QSettings::IniFormat, QSettings::SystemScope, organisation, application);
    systemFile->setFallbacksEnabled(false);
    if (QFileInfo::exists(systemFile->fileName())) {
        const QString folder = QFileInfo(systemFile->fileName()).absolutePath();
        add(std::move(systemFile), SettingSource::System, folder);
    }
    const QString beside = QDir(programFolder).filePath(QStringLiteral("codewijzer.ini"));
    if (QFileInfo::exists(beside)) {
        add(std::make_unique<QSettings>(beside, QSettings::IniFormat), SettingSource::BesideProgram, programFolder);
    }
#ifdef Q_OS_WIN
    if (auto policies = existingMachineKey({QStringLiteral("Policies"), organisation, application});
        policies && !policies->allKeys().isEmpty()) {
        add(std::move(policies), SettingSource::Policy, programFolder);
    }
#endif
}

RolloutSettings::~RolloutSettings() = default;

} // namespace codewijzer
