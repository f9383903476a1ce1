#pragma once

#include "model/CodeSource.h"
#include "model/LocalizedText.h"

#include <QLatin1String>
#include <QSettings>
#include <QStringList>
#include <optional>

// The keys of every setting, in one place, and the user's own choices that the program remembers
// between runs (Qt's settings for the user: ~/.config/Codewijzer/Codewijzer.conf on Linux, the
// registry under HKEY_CURRENT_USER\Software\Codewijzer on Windows).
namespace codewijzer::settings {

// A built-in code: "dunamare". In the user's settings also a school's file, as "file:" and its path.
inline constexpr QLatin1String kCode("code");
// Administrators' files only: a school's own code file, relative to the settings file's folder.
inline constexpr QLatin1String kCodeFile("codeFile");
// "nl" or "en".
inline constexpr QLatin1String kLanguage("language");
// Administrators' files only: teachers do not choose the code.
inline constexpr QLatin1String kLockCode("lockCode");
// The assessments the teacher saved or opened last, newest first (paths; the welcome page shows
// their file names). "Delete my answers" clears the list.
inline constexpr QLatin1String kRecentAssessments("recentAssessments");
// Administrators' files only: the result also shows what the other built-in codes make of the answers.
inline constexpr QLatin1String kShowOtherCodes("showOtherCodes");
// Administrators' files only: the built-in codes staff see, "dunamare,mondia" (empty: none, for a
// school that rolls out its own code file). Not set: every built-in code.
inline constexpr QLatin1String kCodes("codes");
// Administrators' files only: the built-in codes the code in use is compared with (the result's
// other codes, View › Compare, training mode and its handout). Not set: for a built-in code the
// other ones staff see; for a school's own code none.
inline constexpr QLatin1String kCompareWith("compareWith");

// The teacher's own settings, and only those. Qt's QSettings would otherwise fall back to the
// system-wide ones (on Windows HKEY_LOCAL_MACHINE\Software\Codewijzer, where IT staff roll out
// settings) and take an administrator's value for the teacher's own choice.
class UserSettings final : public QSettings
{
public:
    UserSettings() { setFallbacksEnabled(false); }
};

CodeSource rememberedCode();
void rememberCode(const CodeSource& source);
std::optional<Language> rememberedLanguage();
void rememberLanguage(Language language);
// At most this many recent assessments are remembered.
inline constexpr int kRecentAssessmentsKept = 5;
QStringList recentAssessments();
// Puts `path` first in the list (once), keeping at most kRecentAssessmentsKept.
void rememberAssessment(const QString& path);
void forgetAssessment(const QString& path);
void forgetRecentAssessments();
// The language button: the other language, in everything shown from now on and at the next start.
void switchLanguage();

} // namespace codewijzer::settings
