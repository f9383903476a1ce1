#include "render/QuizSummary.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Phrases.h"
#include "render/Report.h"
#include "session/TrainingSession.h"

#include <QCoreApplication>
#include <algorithm>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(QuizSummary)
};

} // namespace

int QuizSummary::right() const
{
    return static_cast<int>(
        std::count_if(records.begin(), records.end(), [](const QuizRecord& r) { return r.right(); }));
}

QString QuizSummary::score() const
{
    return Text::tr("%1 of %2 right").arg(right()).arg(records.size());
}

QString QuizSummary::title() const
{
    return Text::tr("Codewijzer: quiz results, cases under %1").arg(code.title.in(language));
}

QString QuizSummary::footer() const
{
    return documentFooter(code.organisation, made, language);
}

QString QuizSummary::html() const
{
    const auto label = [&](Verdict verdict) {
        return verdictSymbol(verdict) + u' ' + questionnaire.verdictLabel(verdict).in(language);
    };
    QString h = reportHtmlStart(title(), language);
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(title().toHtmlEscaped(),
                  Text::tr("%1, %2. Made on %3. Only the cases the group guessed at as written count.")
                      .arg(code.title.in(language), code.organisation, formatDateTime(made, language))
                      .toHtmlEscaped());
    h += QStringLiteral("<p style=\"font-size: 14pt; font-weight: bold\">%1</p>\n").arg(score().toHtmlEscaped());
    if (records.empty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(Text::tr("No guesses yet.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" width=\"100%\">\n"
                            "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(Text::tr("Case").toHtmlEscaped(), Text::tr("The group chose").toHtmlEscaped(),
                      Text::tr("The code says").toHtmlEscaped(), Text::tr("Right?").toHtmlEscaped());
        for (const QuizRecord& record : records) {
            const auto item =
                std::find_if(cases.begin(), cases.end(), [&](const TrainingCase& c) { return c.id == record.caseId; });
            const int number = static_cast<int>(item - cases.begin()) + 1;
            const QString caseTitle = item == cases.end() ? record.caseId : item->title.in(language);
            h += QStringLiteral("<tr><td>%1. %2</td><td>%3</td><td style=\"background-color: %4; color: %5\">%6</td>"
                                "<td>%7</td></tr>\n")
                     .arg(QString::number(number), caseTitle.toHtmlEscaped(), label(record.guess).toHtmlEscaped(),
                          QLatin1String(verdictColours(record.verdict).background),
                          QLatin1String(verdictColours(record.verdict).foreground),
                          label(record.verdict).toHtmlEscaped(),
                          (record.right() ? Text::tr("✔ right") : Text::tr("✖ not quite")).toHtmlEscaped());
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace codewijzer
