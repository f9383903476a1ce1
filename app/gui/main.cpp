#include "MainWindow.h"
#include "Startup.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "settings/Settings.h"
#include "settings/StartupSettings.h"
#include "wizard/AssessmentWizard.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

using namespace codewijzer;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Codewijzer"));
    QApplication::setApplicationName(QStringLiteral("Codewijzer"));
    QApplication::setApplicationVersion(QStringLiteral(CODEWIJZER_VERSION));
    QIcon icon;
    for (const int size : {32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/codewijzer-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);

    const GuiCommandLine line = parseGuiCommandLine();
    const settings::UserSettings user;
    const RolloutSettings rollout(QCoreApplication::applicationDirPath());
    const StartupChoice choice = StartupChoice::resolve(line.options, user, rollout.sources());

    useLanguage(choice.language.value_or(systemLanguage()));
    AssessmentDocument document;
    MainWindow window(&document);
    if (!applyStartupCode(window, choice)) {
        return 0;
    }
    window.show();
    if (!line.file.isEmpty()) {
        window.openInteractively(line.file);
    } else {
        window.offerResume();
    }
    // scripts/bench-startup measures the time to the first shown page with this.
    if (qEnvironmentVariableIsSet("CODEWIJZER_QUIT_WHEN_SHOWN")) {
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return QApplication::exec();
}
