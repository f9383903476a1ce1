#include "Assessment.h"
#include "CodewijzerWizard.h"
#include "Language.h"

#include <QApplication>

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
    return QApplication::exec();
}
