#include "render/Phrases.h"

#include <QCoreApplication>
#include <QLocale>

namespace codewijzer {

namespace {

QLocale localeOf(Language language)
{
    return language == Language::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Phrases)
};

} // namespace

QString documentFooter(const QString& organisation, const QDateTime& made, Language language)
{
    return Text::tr("Codewijzer · %1 · %2").arg(organisation, formatDateTime(made, language));
}

QString joinWithAnd(const QStringList& parts)
{
    if (parts.size() < 2) {
        return parts.value(0);
    }
    return Text::tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

QString verdictSymbol(Verdict verdict)
{
    switch (verdict) {
    case Verdict::OutOfScope:
        return QStringLiteral("\u25CB"); // white circle
    case Verdict::Go:
        return QStringLiteral("\u2714"); // check mark
    case Verdict::Conditions:
        return QStringLiteral("\u2714\u2026"); // check mark and ellipsis: yes, if...
    case Verdict::CheckFirst:
        return QStringLiteral("?");
    case Verdict::Stop:
        return QStringLiteral("\u2716"); // heavy cross
    }
    return {};
}

QString instructionSymbol()
{
    return QStringLiteral("\u279C"); // heavy round-tipped rightwards arrow
}

VerdictColours verdictColours(Verdict verdict)
{
    switch (verdict) {
    case Verdict::OutOfScope:
        return {"#eceff1", "#37474f"};
    case Verdict::Go:
        return {"#dff3e4", "#125525"};
    case Verdict::Conditions:
        return {"#e6f0fa", "#0d3c70"};
    case Verdict::CheckFirst:
        return {"#fff1d6", "#6b3d00"};
    case Verdict::Stop:
        return {"#fbe3e4", "#8a121a"};
    }
    return {"#ffffff", "#000000"};
}

VerdictColours instructionColours()
{
    return {"#ede7f6", "#3a1f78"};
}

QString formatDate(const QDate& date, Language language)
{
    return localeOf(language).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString formatDateTime(const QDateTime& when, Language language)
{
    return localeOf(language).toString(when, language == Language::Dutch ? QStringLiteral("d MMMM yyyy 'om' HH:mm")
                                                                         : QStringLiteral("d MMMM yyyy 'at' HH:mm"));
}

QString draftVersionLabel()
{
    return Text::tr("Draft version: not yet adopted");
}

QString dutchOnlyNotice()
{
    return Text::tr("Some texts of this code are shown in Dutch: the code has no English for them (the code's own "
                    "wording).");
}

QString partialArticleLabel()
{
    return Text::tr("text incomplete");
}

} // namespace codewijzer
