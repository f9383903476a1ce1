#include "render/Report.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Output.h"

#include <QCoreApplication>
#include <QLocale>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

} // namespace

QString formatDateTime(const QDateTime& when, Language language)
{
    const QLocale locale = language == Language::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(when, language == Language::Dutch ? QStringLiteral("d MMMM yyyy 'om' HH:mm")
                                                             : QStringLiteral("d MMMM yyyy 'at' HH:mm"));
}

QString reportHtmlStart(const QString& title, Language language)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                          "<style>body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }"
                          " h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; }"
                          " td, th { vertical-align: top; text-align: left; padding-right: 8pt; }"
                          " .verdict { font-size: 14pt; font-weight: bold; }"
                          " .article { margin-left: 12pt; }</style></head><body>\n")
        .arg(languageCode(language), title.toHtmlEscaped());
}

namespace {} // namespace

QString Report::title() const
{
    return Text::tr("Codewijzer: advice under %1").arg(code.title.in(language));
}

QString Report::footer() const
{
    return Text::tr("Codewijzer · %1 · %2 · page %3 of %4")
        .arg(code.organisation, formatDateTime(made, language), QStringLiteral("%1"), QStringLiteral("%2"));
}

QString Report::html() const
{
    const Language lang = language;
    QString h;
    h += reportHtmlStart(title(), lang);
    h += QStringLiteral("<h1>%1</h1>\n").arg(title().toHtmlEscaped());

    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">\n");
    const auto row = [&h](const QString& label, const QString& value) {
        h += QStringLiteral("<tr><th style=\"padding-right: 12pt\">%1</th><td>%2</td></tr>\n")
                 .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(Text::tr("Code"), QStringLiteral("%1, %2").arg(code.title.in(lang), code.organisation));
    row(Text::tr("Version"), code.version);
    row(Text::tr("Adopted"), output::formatDate(code.adopted, lang));
    row(Text::tr("Fingerprint"), code.fingerprint);
    row(Text::tr("Made on"), formatDateTime(made, lang));
    h += QStringLiteral("</table>\n");

    const Evaluation& e = evaluation;
    h += QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("Verdict").toHtmlEscaped());
    h += QStringLiteral("<p class=\"verdict\">%1</p>\n<p>%2</p>\n")
             .arg(questionnaire.verdictLabel(e.verdict).in(lang).toHtmlEscaped(),
                  escaped(questionnaire.verdictDescription(e.verdict).in(lang)));

    h += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(Text::tr("What to do").toHtmlEscaped());
    for (const AdviceItem& item : e.advice) {
        const Rule& rule = code.rules[static_cast<std::size_t>(item.rule)];
        h += QStringLiteral("<li><p><b>%1:</b> %2</p>")
                 .arg(questionnaire.verdictLabel(rule.verdict).in(lang).toHtmlEscaped(), escaped(rule.advice.in(lang)));
        if (!item.because.empty()) {
            QStringList reasons;
            for (int q : item.because) {
                reasons << questionnaire.describeAnswer(q, e.answers[q], lang);
            }
            h += QStringLiteral("<p>%1</p>")
                     .arg(Text::tr("Because: %1").arg(reasons.join(QStringLiteral("; "))).toHtmlEscaped());
        }
        h += QStringLiteral("<p>%1</p>")
                 .arg(Text::tr("Articles: %1")
                          .arg(code.articleIds(rule.articles).join(QStringLiteral(", ")))
                          .toHtmlEscaped());
        if (!rule.contacts.empty()) {
            h += QStringLiteral("<p>%1</p>")
                     .arg(Text::tr("Contact: %1").arg(output::contactNames(code, rule.contacts, lang)).toHtmlEscaped());
        }
        h += QStringLiteral("</li>\n");
    }
    h += QStringLiteral("</ol>\n");

    h += QStringLiteral("<h2>%1</h2>\n<table cellspacing=\"0\" cellpadding=\"3\">\n")
             .arg(Text::tr("The questions and your answers").toHtmlEscaped());
    for (int q = 0; q < questionnaire.size(); ++q) {
        if (e.answers[q] == answer::NotAsked) {
            continue;
        }
        h += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>\n")
                 .arg(escaped(questionnaire.question(q).text.in(lang)),
                      escaped(questionnaire.describeValue(q, e.answers[q], lang)));
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("The articles of the code").toHtmlEscaped());
    for (int a : e.articles) {
        const Article& article = code.articles[static_cast<std::size_t>(a)];
        h += QStringLiteral("<h3>%1 %2</h3>\n<p class=\"article\">%3</p>\n")
                 .arg(article.id.toHtmlEscaped(), article.title.in(lang).toHtmlEscaped(), escaped(article.text));
    }
    h += QStringLiteral("<p><i>%1</i></p>\n</body></html>\n")
             .arg(Text::tr("This advice follows from the answers above and the code named here. The code itself "
                           "decides; when in doubt, ask your supervisor.")
                      .toHtmlEscaped());
    return h;
}

QString Report::text() const
{
    QString out = title() + u'\n';
    out += Text::tr("Made on: %1").arg(formatDateTime(made, language)) + u'\n';
    out += Text::tr("Code version: %1, fingerprint %2").arg(code.version, code.fingerprint) + u'\n';
    out += output::evaluationText(code, questionnaire, evaluation, language);
    return out;
}

} // namespace codewijzer
