#include "render/Report.h"

#include "model/CodeOfConduct.h"
#include "render/EvaluationText.h"
#include "render/Explanation.h"
#include "render/Phrases.h"

#include <QCoreApplication>
#include <QLocale>

namespace codewijzer {

namespace {

// Qt's rich text drops the top margin of a heading that follows a table: a small empty paragraph
// keeps the heading apart from the table above it.
const QString kAfterTable = QStringLiteral("<p style=\"margin: 0; font-size: 6pt;\">&nbsp;</p>\n");

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

} // namespace

QString reportHtmlStart(const QString& title, Language language)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                          "<style>body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, 'Segoe UI Symbol', sans-serif;"
                          " font-size: 10pt; }"
                          " h1 { font-size: 16pt; margin-bottom: 10pt; } h2 { font-size: 13pt; margin-top: 16pt; }"
                          " td, th { vertical-align: top; text-align: left; padding-right: 8pt; }"
                          " .verdict { font-size: 14pt; font-weight: bold; }"
                          " .article { margin-left: 12pt; }</style></head><body>\n")
        .arg(languageCode(language), title.toHtmlEscaped());
}

QString Report::title() const
{
    return Text::tr("Codewijzer: advice under %1").arg(code.title.in(language));
}

QString Report::footer() const
{
    return documentFooter(code.organisation, made, language);
}

QString Report::html() const
{
    const Language lang = language;
    QString h;
    h += reportHtmlStart(title(), lang);
    h += QStringLiteral("<h1>%1</h1>\n").arg(title().toHtmlEscaped());

    // The label column's width keeps the labels apart from their values; Qt's rich text ignores a
    // cell's own padding.
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">\n");
    const auto row = [&h](const QString& label, const QString& value) {
        h += QStringLiteral("<tr><th width=\"120\">%1</th><td>%2</td></tr>\n")
                 .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(Text::tr("Code"), QStringLiteral("%1, %2").arg(code.title.in(lang), code.organisation));
    row(Text::tr("Version"), code.version);
    row(Text::tr("Adopted"), code.isConcept ? draftVersionLabel() : formatDate(code.adopted, lang));
    if (!code.source.isEmpty()) {
        row(Text::tr("Source"), code.source);
    }
    row(Text::tr("Fingerprint"), code.fingerprint);
    row(Text::tr("Made on"), formatDateTime(made, lang));
    if (!note.isEmpty()) {
        row(Text::tr("About"), note);
    }
    if (!madeUnder.isEmpty()) {
        row(Text::tr("Saved under"), savedUnder());
    }
    h += QStringLiteral("</table>\n") + kAfterTable;
    if (code.missingEnglish && lang == Language::English) {
        h += QStringLiteral("<p><i>%1</i></p>\n").arg(dutchOnlyNotice().toHtmlEscaped());
    }

    const Explanation e = Explanation::of(code, questionnaire, evaluation, lang);
    // The verdict as the result page shows it: in a box of its colour, with its sign, so that a
    // printed report in black and white still reads at a glance.
    const VerdictColours colours = e.headlineIsInstruction ? instructionColours() : verdictColours(e.verdict);
    const QString symbol = e.headlineIsInstruction ? instructionSymbol() : verdictSymbol(e.verdict);
    h += QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("Verdict").toHtmlEscaped());
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\" "
                        "style=\"border-color: %1; border-style: solid;\"><tr><td bgcolor=\"%2\">"
                        "<p class=\"verdict\" style=\"color: %1\">%3 %4</p>")
             .arg(QLatin1String(colours.foreground), QLatin1String(colours.background), symbol.toHtmlEscaped(),
                  e.headline.toHtmlEscaped());
    if (e.headlineIsInstruction) {
        h += QStringLiteral("<p>%1</p>").arg(Text::tr("Verdict: %1").arg(e.verdictLabel).toHtmlEscaped());
    } else {
        h += QStringLiteral("<p>%1</p>").arg(escaped(e.verdictDescription));
    }
    h += QStringLiteral("</td></tr></table>\n") + kAfterTable;

    // The advice that decides the verdict goes without its label: the box above says it.
    const auto adviceItem = [&h](const ExplainedAdvice& item) {
        h +=
            item.decisive
                ? QStringLiteral("<li><p>%1</p>").arg(escaped(item.text))
                : QStringLiteral("<li><p><b>%1:</b> %2</p>").arg(item.verdictLabel.toHtmlEscaped(), escaped(item.text));
        for (const QString& line : {item.markLine(), item.becauseLine(), item.articlesLine(), item.contactLine()}) {
            if (!line.isEmpty()) {
                h += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
            }
        }
        h += QStringLiteral("</li>\n");
    };
    h += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(Text::tr("What you do now").toHtmlEscaped());
    for (const ExplainedAdvice* item : e.decisiveAdvice()) {
        adviceItem(*item);
    }
    h += QStringLiteral("</ol>\n");
    if (e.advice.size() > e.decisiveAdvice().size()) {
        h += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(Text::tr("Other advice").toHtmlEscaped());
        for (const ExplainedAdvice& item : e.advice) {
            if (!item.decisive) {
                adviceItem(item);
            }
        }
        h += QStringLiteral("</ol>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n<table cellspacing=\"0\" cellpadding=\"3\">\n")
             .arg(Text::tr("The questions and your answers").toHtmlEscaped());
    for (const ExplainedAnswer& answer : e.answers) {
        h +=
            QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>\n").arg(escaped(answer.text), escaped(answer.value));
    }
    h += QStringLiteral("</table>\n") + kAfterTable;

    h += QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("The articles of the code").toHtmlEscaped());
    for (const ExplainedArticle& article : e.articles) {
        const QString heading =
            article.partial ? QStringLiteral("%1 (%2)").arg(article.title, partialArticleLabel()) : article.title;
        h += QStringLiteral("<h3>%1 %2</h3>\n<p class=\"article\">%3</p>\n")
                 .arg(article.id.toHtmlEscaped(), heading.toHtmlEscaped(), escaped(article.text));
    }
    h += QStringLiteral("<p><i>%1</i></p>\n</body></html>\n")
             .arg(Text::tr("This advice follows from the answers above and the code named here. The code itself "
                           "decides; when in doubt, ask your supervisor.")
                      .toHtmlEscaped());
    return h;
}

QString Report::savedUnder() const
{
    if (madeUnder.isEmpty()) {
        return {};
    }
    if (madeUnder == code.fingerprint) {
        return Text::tr("this version (fingerprint %1)").arg(madeUnder);
    }
    return code.previous.contains(madeUnder)
               ? Text::tr("an earlier version of this code (fingerprint %1); the verdict above follows the current "
                          "version")
                     .arg(madeUnder)
               : Text::tr("another version of this code (fingerprint %1); the verdict above follows the current "
                          "version")
                     .arg(madeUnder);
}

QString Report::text() const
{
    QString out = title() + u'\n';
    out += Text::tr("Made on: %1").arg(formatDateTime(made, language)) + u'\n';
    out += Text::tr("Code version: %1, fingerprint %2").arg(code.version, code.fingerprint) + u'\n';
    if (!code.source.isEmpty()) {
        out += Text::tr("Source: %1").arg(code.source) + u'\n';
    }
    if (!madeUnder.isEmpty()) {
        out += Text::tr("Saved under: %1").arg(savedUnder()) + u'\n';
    }
    out += evaluationText(code, questionnaire, evaluation, language);
    return out;
}

} // namespace codewijzer
