#include "settings/ProgramLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace codewijzer {

namespace {

Language g_current = Language::Dutch;

// Installs a Dutch translation for Dutch and removes it for English, the source language. Returns
// false when the translation cannot be read.
bool switchTranslator(QTranslator*& translator, Language language, const QString& name, const QString& folder)
{
    bool ok = true;
    if (language == Language::Dutch) {
        if (!translator) {
            translator = new QTranslator(QCoreApplication::instance());
            ok = translator->load(name, folder);
        }
        QCoreApplication::installTranslator(translator);
    } else if (translator) {
        QCoreApplication::removeTranslator(translator);
    }
    return ok;
}

} // namespace

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::English ? Language::English : Language::Dutch;
}

Language currentLanguage()
{
    return g_current;
}

void useLanguage(Language language)
{
    g_current = language;
    // Qt's own Dutch comes from Debian's qt6-translations-l10n (recommended); without it Qt's buttons
    // stay in English.
    static QTranslator* qt = nullptr;
    switchTranslator(qt, language, QStringLiteral("qtbase_nl"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    static QTranslator* own = nullptr;
    if (!switchTranslator(own, language, QStringLiteral(":/i18n/codewijzer_nl.qm"), QString())) {
        qWarning("The Dutch translation is missing from the resources");
    }
    QLocale::setDefault(language == Language::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
}

} // namespace codewijzer
