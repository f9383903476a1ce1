#include "MainWindow.h"
#include "Startup.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "wizard/AssessmentWizard.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTimer>
#include <memory>

using namespace codewijzer;

namespace {

// An administrators' settings file, if there is one.
std::unique_ptr<QSettings> settingsFile(const QString& path)
{
    return QFileInfo::exists(path) ? std::make_unique<QSettings>(path, QSettings::IniFormat) : nullptr;
}

} // namespace

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
    QSettings user;
    // codewijzer.ini beside the executable, then the system-wide file (/etc/xdg/Codewijzer/Codewijzer.ini
    // on Linux, C:\ProgramData\Codewijzer\Codewijzer.ini on Windows).
    const std::unique_ptr<QSettings> beside =
        settingsFile(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("codewijzer.ini")));
    QSettings systemWide(QSettings::IniFormat, QSettings::SystemScope, QApplication::organizationName(),
                         QApplication::applicationName());
    const StartupChoice choice = StartupChoice::resolve(
        line.options, user, beside.get(), QFileInfo::exists(systemWide.fileName()) ? &systemWide : nullptr);

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
