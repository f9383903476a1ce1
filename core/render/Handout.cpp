#include "render/Handout.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "render/Report.h"
#include "rules/Comparison.h"
#include "training/CaseLibrary.h"

#include <QCoreApplication>
#include <set>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString articleList(const CodeOfConduct& code, const std::vector<int>& articles)
{
    return code.articleIds(articles).join(QStringLiteral(", "));
}

} // namespace

QString Handout::title() const
{
    return Text::tr("Codewijzer: training cases under %1").arg(code.title.in(language));
}

QString Handout::footer() const
{
    return documentFooter(code.organisation, made, language);
}

QString Handout::html() const
{
    const Language lang = language;
    QString h = reportHtmlStart(title(), lang);
    h += QStringLiteral("<h1>%1</h1>\n").arg(escaped(title()));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(escaped(Text::tr("%1, %2; version %3, adopted %4, fingerprint %5. %6 cases.")
                              .arg(code.title.in(lang), code.organisation, code.version, formatDate(code.adopted, lang),
                                   code.fingerprint, QString::number(cases.cases.size()))));

    std::set<int> cited;
    int number = 0;
    for (const TrainingCase& item : cases.cases) {
        std::vector<const CodeOfConduct*> codes{&code};
        codes.insert(codes.end(), otherCodes.begin(), otherCodes.end());
        const Comparison comparison = compare(codes, questionnaire, item.given);
        const Evaluation& evaluation = comparison.results[0].evaluation;
        cited.insert(evaluation.articles.begin(), evaluation.articles.end());
        const Explanation e = Explanation::of(code, questionnaire, evaluation, lang);

        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                 .arg(escaped(Text::tr("Case %1: %2").arg(++number).arg(item.title.in(lang))),
                      escaped(item.situation.in(lang)));
        QStringList answers;
        for (const ExplainedAnswer& answer : e.answers) {
            answers << answer.label + QStringLiteral(": ") + answer.value;
        }
        h += QStringLiteral("<p><i>%1</i> %2</p>\n")
                 .arg(escaped(Text::tr("The answers:")), escaped(answers.join(QStringLiteral("; "))));
        h += QStringLiteral("<p class=\"verdict\">%1</p>\n").arg(escaped(Text::tr("Verdict: %1").arg(e.verdictLabel)));
        h += QStringLiteral("<ul>\n");
        for (const ExplainedAdvice& advice : e.advice) {
            h += QStringLiteral("<li>%1: %2 (%3)</li>\n")
                     .arg(escaped(advice.verdictLabel), escaped(advice.text),
                          escaped(Text::tr("articles %1").arg(advice.articleIds.join(QStringLiteral(", ")))));
        }
        h += QStringLiteral("</ul>\n");
        for (std::size_t i = 1; i < comparison.results.size(); ++i) {
            const Comparison::Result& other = comparison.results[i];
            const bool differs = other.evaluation.verdict != e.verdict;
            h += QStringLiteral("<p>%1</p>\n")
                     .arg(escaped((differs ? Text::tr("Under %1 (%2) the verdict differs: %3; articles %4.")
                                           : Text::tr("Under %1 (%2) the verdict is the same: %3; articles %4."))
                                      .arg(other.code->title.in(lang), other.code->organisation,
                                           questionnaire.verdictLabel(other.evaluation.verdict).in(lang),
                                           articleList(*other.code, other.evaluation.articles))));
        }
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(escaped(Text::tr("The articles these cases cite")));
    for (int a : cited) {
        const Article& article = code.articles[static_cast<std::size_t>(a)];
        h += QStringLiteral("<h3>%1 %2</h3>\n<p class=\"article\">%3</p>\n")
                 .arg(escaped(article.id), escaped(article.title.in(lang)),
                      escaped(article.text).replace(u'\n', QStringLiteral("<br/>")));
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace codewijzer
