#include "settings/Translation.h"

#include <QCoreApplication>
#include <QTranslator>

namespace codewijzer {

namespace {
Language g_current = Language::Dutch;
} // namespace

Language currentLanguage()
{
    return g_current;
}

void useLanguage(Language language)
{
    g_current = language;
    static QTranslator* dutch = nullptr;
    if (language == Language::Dutch) {
        if (!dutch) {
            dutch = new QTranslator(QCoreApplication::instance());
            if (!dutch->load(QStringLiteral(":/i18n/codewijzer_nl.qm"))) {
                qWarning("The Dutch translation is missing from the resources");
            }
        }
        QCoreApplication::installTranslator(dutch);
    } else if (dutch) {
        QCoreApplication::removeTranslator(dutch);
    }
}

} // namespace codewijzer
