#pragma once

#include "model/CodeSource.h"
#include "model/LocalizedText.h"

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class QSettings;

namespace codewijzer {

// Where a setting came from, strongest first.
enum class SettingSource { CommandLine, User, Policy, BesideProgram, System, Default };

// One of the administrators' sources of settings, with the folder a relative codeFile is read from
// (an INI file's own folder; for the registry, the program's folder).
struct AdminSettings
{
    const QSettings* settings = nullptr;
    SettingSource source = SettingSource::System;
    QString folder;

    // An INI file's settings, with that file's folder.
    static AdminSettings file(const QSettings* settings, SettingSource source);
};

// What the command line asks for one run (`codewijzer --code ID | --code-file PATH --lang nl|en`).
struct StartupOptions
{
    QString code;
    QString codeFile;
    std::optional<Language> language;
};

// The code and language the program starts with. Precedence, per setting: the command line, then
// the user's own choice (for the code: unless an administrator locked it), then the administrators'
// sources: on Windows the policy key (HKLM\Software\Policies\Codewijzer\Codewijzer), then
// codewijzer.ini beside the executable, then the system-wide INI file, then (Windows) the
// registry's HKLM\Software\Codewijzer\Codewijzer. The keys are those of settings/Settings.h:
//   code=mondia            a built-in code
//   codeFile=school.json   a school's own code file (relative to the settings file's folder)
//   language=nl            nl or en
//   lockCode=true          teachers do not choose the code: the user's choice is ignored
//   showOtherCodes=true    the result also shows what the other built-in codes say
//   codes=mondia           the built-in codes staff see (empty: none); not set: every one
//   compareWith=dunamare   the built-in codes compared with the code in use; not set: the other
//                          shown ones for a built-in code, none for a school's own code
struct StartupChoice
{
    CodeSource code; // null: the first built-in code
    SettingSource codeFrom = SettingSource::Default;
    bool codeLocked = false;
    std::optional<Language> language; // nullopt: the system's language
    SettingSource languageFrom = SettingSource::Default;
    bool showOtherCodes = false;                            // on the result, the other built-in codes as well
    std::optional<QStringList> shownCodes = std::nullopt;   // nullopt: every built-in code
    std::optional<QStringList> comparedWith = std::nullopt; // nullopt: as CodeCatalogue::setComparedWith says

    // `admin`: the administrators' sources, weakest first (each may have a null `settings`).
    static StartupChoice resolve(const StartupOptions& commandLine, const QSettings& user,
                                 const std::vector<AdminSettings>& admin);
    // The INI beside the program over the system-wide one; either may be null when there is none.
    static StartupChoice resolve(const StartupOptions& commandLine, const QSettings& user,
                                 const QSettings* besideProgram, const QSettings* system);
};

// The administrators' sources on this machine, weakest first: on Windows the registry's
// HKLM\Software\Codewijzer\Codewijzer; the system-wide INI file (/etc/xdg/Codewijzer/Codewijzer.ini,
// C:\ProgramData\Codewijzer\Codewijzer.ini); codewijzer.ini in `programFolder`; on Windows the
// policy key HKLM\Software\Policies\Codewijzer\Codewijzer (where Group Policy and Intune write).
// Only those that exist are read; none is ever written.
class RolloutSettings
{
public:
    explicit RolloutSettings(const QString& programFolder);
    ~RolloutSettings();
    RolloutSettings(const RolloutSettings&) = delete;
    RolloutSettings& operator=(const RolloutSettings&) = delete;

    const std::vector<AdminSettings>& sources() const { return m_sources; }

private:
    std::vector<std::unique_ptr<QSettings>> m_settings;
    std::vector<AdminSettings> m_sources;
};

} // namespace codewijzer
