#pragma once

#include "model/CodeSource.h"
#include "model/LocalizedText.h"

#include <QLatin1String>
#include <QString>
#include <optional>

class QSettings;

namespace codewijzer {

// Where a setting came from, strongest first.
enum class SettingSource { CommandLine, User, BesideProgram, System, Default };

// What the command line asks for one run (`codewijzer --code ID | --code-file PATH --lang nl|en`).
struct StartupOptions
{
    QString code;
    QString codeFile;
    std::optional<Language> language;
};

// The code and language the program starts with. Precedence, per setting: the command line, then
// the user's own choice (for the code: unless an administrator locked it), then codewijzer.ini beside
// the executable, then the system-wide settings. The keys are those of settings/Settings.h:
//   code=mondia            a built-in code
//   codeFile=school.json   a school's own code file (relative to the settings file's folder)
//   language=nl            nl or en
//   lockCode=true          teachers do not choose the code: the user's choice is ignored
//   showOtherCodes=true    the result also shows what the other built-in codes say
struct StartupChoice
{
    CodeSource code; // null: the first built-in code
    SettingSource codeFrom = SettingSource::Default;
    bool codeLocked = false;
    std::optional<Language> language; // nullopt: the system's language
    SettingSource languageFrom = SettingSource::Default;
    bool showOtherCodes = false; // on the result, the other built-in codes as well

    // `besideProgram` and `system` may be null when there is no such file.
    static StartupChoice resolve(const StartupOptions& commandLine, const QSettings& user,
                                 const QSettings* besideProgram, const QSettings* system);
};

} // namespace codewijzer
