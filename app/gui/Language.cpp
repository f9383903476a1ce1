#include "Language.h"

#include "settings/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace codewijzer {

Language defaultLanguage()
{
    return QLocale::system().language() == QLocale::English ? Language::English : Language::Dutch;
}

void applyLanguage(Language language)
{
    // Qt's own Dutch (QWizard's buttons, standard dialogs) comes from Debian's qt6-translations-l10n.
    static QTranslator* qtbase = nullptr;
    if (language == Language::Dutch) {
        if (!qtbase) {
            qtbase = new QTranslator(QCoreApplication::instance());
            if (!qtbase->load(QStringLiteral("qtbase_nl"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                qWarning("Qt's Dutch translation (qtbase_nl.qm) is not installed; Qt's buttons stay in English");
            }
        }
        QCoreApplication::installTranslator(qtbase);
    } else if (qtbase) {
        QCoreApplication::removeTranslator(qtbase);
    }
    QLocale::setDefault(language == Language::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    useLanguage(language);
}

} // namespace codewijzer
