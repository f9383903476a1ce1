#pragma once

#include "settings/StartupSettings.h"

#include <QString>
#include <functional>
#include <optional>

namespace codewijzer {

class CodeFileProblemDialog;
class MainWindow;

// What the user chose in the dialog about a code that cannot be used: a built-in code, or quit.
using AskAboutBrokenCode = std::function<std::optional<QString>(CodeFileProblemDialog&)>;

// The dialog, shown modally (the default for main).
std::optional<QString> askInDialog(CodeFileProblemDialog& dialog);

// Starts the window with the code the settings choose. A code that cannot be used (a broken school
// file, a missing one, an unknown id) is not taken: `ask` shows the problems and offers the built-in
// codes. Returns false when the user chose to quit.
bool applyStartupCode(MainWindow& window, const StartupChoice& choice, const AskAboutBrokenCode& ask = askInDialog);

// The command line of the wizard: codewijzer [--code ID | --code-file PATH] [--lang nl|en] [FILE].
struct GuiCommandLine
{
    StartupOptions options;
    QString file; // a saved assessment to open
};
// Parses QCoreApplication::arguments(); prints the help, the version or a usage error and exits as
// QCommandLineParser does.
GuiCommandLine parseGuiCommandLine();

} // namespace codewijzer
