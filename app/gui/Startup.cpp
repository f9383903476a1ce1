#include "Startup.h"

#include "MainWindow.h"
#include "dialogs/CodeFileProblemDialog.h"
#include "session/AssessmentDocument.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/WelcomePage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>

namespace codewijzer {

std::optional<QString> askInDialog(CodeFileProblemDialog& dialog)
{
    if (dialog.exec() == QDialog::Accepted) {
        return dialog.chosenCode();
    }
    return std::nullopt;
}

bool applyStartupCode(MainWindow& window, const StartupChoice& choice, const AskAboutBrokenCode& ask)
{
    window.setShowOtherCodes(choice.showOtherCodes);
    CodeCatalogue& catalogue = window.document()->catalogue();
    catalogue.setShownBuiltins(choice.shownCodes.value_or(CodeSource::builtinIds()));
    catalogue.setComparedWith(choice.comparedWith);
    window.wizard()->welcomePage()->showCode();
    // A built-in code the roll-out does not show (one the teacher chose before, say) gives way to
    // the first one it does show.
    CodeSource code = choice.code;
    const std::vector<CodeSource> shown = catalogue.shownBuiltins();
    const CodeSource current = code.isNull() ? window.document()->codeSource() : code;
    if (current.isBuiltin() && CodeSource::isBuiltinId(current.name()) && !shown.empty() &&
        std::find(shown.begin(), shown.end(), current) == shown.end()) {
        code = shown.front();
    }
    if (code.isNull()) {
        return true;
    }
    AssessmentDocument* document = window.document();
    Diagnostics problems;
    if (document->useCode(code, &problems)) {
        document->setCodeLocked(choice.codeLocked);
        return true;
    }
    CodeFileProblemDialog dialog(code.name(), problems, &window);
    const std::optional<QString> chosen = ask(dialog);
    if (!chosen) {
        return false;
    }
    document->useCode(CodeSource::builtin(*chosen));
    document->setCodeLocked(false);
    return true;
}

GuiCommandLine parseGuiCommandLine()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Startup", "Checks a social-media action against your school's code of conduct."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption code(
        QStringLiteral("code"),
        QCoreApplication::translate("Startup", "Start with a built-in code: dunamare or mondia."),
        QStringLiteral("ID"));
    const QCommandLineOption codeFile(QStringLiteral("code-file"),
                                      QCoreApplication::translate("Startup", "Start with a school's own code file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("Startup", "The language: nl or en."),
                                  QStringLiteral("nl|en"));
    parser.addOptions({code, codeFile, lang});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Startup", "A saved assessment (.codewijzer) to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(QCoreApplication::arguments());

    GuiCommandLine line;
    line.options.code = parser.value(code);
    line.options.codeFile = parser.value(codeFile);
    if (parser.isSet(lang)) {
        Language language = Language::Dutch;
        if (!parseLanguage(parser.value(lang), language)) {
            fprintf(stderr, "codewijzer: --lang takes nl or en, not \"%s\"\n", qUtf8Printable(parser.value(lang)));
            ::exit(64);
        }
        line.options.language = language;
    }
    if (!parser.positionalArguments().isEmpty()) {
        line.file = parser.positionalArguments().constFirst();
    }
    return line;
}

} // namespace codewijzer
