#include "Assessment.h"
#include "CodewijzerWizard.h"
#include "Language.h"

#include <QApplication>
#include <QTimer>

using namespace codewijzer;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Codewijzer"));
    QApplication::setApplicationName(QStringLiteral("Codewijzer"));
    QApplication::setApplicationVersion(QStringLiteral(CODEWIJZER_VERSION));

    Assessment assessment;
    const Language language = defaultLanguage();
    assessment.setLanguage(language);
    applyLanguage(language);

    CodewijzerWizard wizard(&assessment);
    wizard.show();
    // scripts/bench-startup measures the time to the first shown page with this.
    if (qEnvironmentVariableIsSet("CODEWIJZER_QUIT_WHEN_SHOWN")) {
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return QApplication::exec();
}
