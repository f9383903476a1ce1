#include "training/TrainingResult.h"

#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "rules/Comparison.h"
#include "session/TrainingSession.h"
#include "widgets/WhatIfList.h"

#include <QCoreApplication>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingWindow)
};

} // namespace

QString trainingResultHtml(const TrainingSession& session, Language language)
{
    const TrainingCase* item = session.currentCase();
    const Questionnaire& questionnaire = session.questionnaire();
    const CodeOfConduct& shown = *session.code();
    std::vector<const CodeOfConduct*> codes{&shown};
    for (const auto& other : session.otherCodes()) {
        codes.push_back(&other->code);
    }
    const Comparison comparison = compare(codes, questionnaire, session.answers());
    const Explanation result = Explanation::of(shown, questionnaire, comparison.results[0].evaluation, language);

    QString html;
    if (session.answersChanged()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(Text::tr("With the changed answers. The case as written: %1.")
                             .arg(questionnaire.verdictLabel(item->verdict).in(language))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<h3>%1</h3><ol>").arg(Text::tr("What to do").toHtmlEscaped());
    for (const ExplainedAdvice& advice : result.advice) {
        html +=
            QStringLiteral("<li><b>%1 %2:</b> %3")
                .arg(verdictSymbol(advice.verdict), advice.verdictLabel.toHtmlEscaped(), advice.text.toHtmlEscaped());
        for (const QString& line : {advice.becauseLine(), advice.articlesLine()}) {
            if (!line.isEmpty()) {
                html += QStringLiteral("<br/>") + line.toHtmlEscaped();
            }
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");

    const QString whatIfList = whatIfListHtml(shown, questionnaire, session.answers(), language);
    if (!whatIfList.isEmpty()) {
        html +=
            QStringLiteral("<h3>%1</h3>").arg(Text::tr("What would change this verdict").toHtmlEscaped()) + whatIfList;
    }

    for (std::size_t i = 1; i < comparison.results.size(); ++i) {
        const Comparison::Result& other = comparison.results[i];
        const bool differs = other.evaluation.verdict != result.verdict;
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(Text::tr("Under %1").arg(other.code->title.in(language)).toHtmlEscaped(),
                         (differs ? Text::tr("%1 (%2): %3, a different verdict; articles %4.")
                                  : Text::tr("%1 (%2): %3, the same verdict; articles %4."))
                             .arg(other.code->title.in(language), other.code->organisation,
                                  questionnaire.verdictLabel(other.evaluation.verdict).in(language),
                                  other.code->articleIds(other.evaluation.articles).join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    }

    html += QStringLiteral("<h3>%1</h3>").arg(Text::tr("The articles").toHtmlEscaped());
    for (const ExplainedArticle& article : result.articles) {
        html += QStringLiteral("<p><b>%1 %2</b><br/>%3</p>")
                    .arg(article.id.toHtmlEscaped(), article.title.toHtmlEscaped(),
                         article.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    }
    return html;
}

} // namespace codewijzer
