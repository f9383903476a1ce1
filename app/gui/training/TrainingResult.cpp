#include "training/TrainingResult.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "rules/Comparison.h"
#include "session/TrainingSession.h"
#include "widgets/WhatIfList.h"

#include <QCoreApplication>
#include <set>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingWindow)
};

Explanation explain(const TrainingSession& session, Language language)
{
    return Explanation::of(*session.code(), session.questionnaire(), session.evaluation(), language);
}

QString adviceItemHtml(const ExplainedAdvice& advice)
{
    QString html =
        QStringLiteral("<li><b>%1 %2:</b> %3")
            .arg(verdictSymbol(advice.verdict), advice.verdictLabel.toHtmlEscaped(), advice.text.toHtmlEscaped());
    const QString because = advice.reasonSentence.isEmpty() ? advice.becauseLine() : advice.reasonSentence;
    for (const QString& line : {advice.markLine(), because, advice.articlesLine()}) {
        if (!line.isEmpty()) {
            html += QStringLiteral("<br/>") + line.toHtmlEscaped();
        }
    }
    return html + QStringLiteral("</li>");
}

QString articleHtml(const ExplainedArticle& article)
{
    return QStringLiteral("<p><b>%1 %2</b><br/>%3</p>")
        .arg(article.id.toHtmlEscaped(), article.title.toHtmlEscaped(),
             article.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
}

// The ids of the articles the deciding advice rests on.
std::set<QString> decisiveArticleIds(const Explanation& result)
{
    std::set<QString> ids;
    for (const ExplainedAdvice* advice : result.decisiveAdvice()) {
        ids.insert(advice->articleIds.begin(), advice->articleIds.end());
    }
    return ids;
}

} // namespace

QString decisiveAdviceHtml(const TrainingSession& session, Language language)
{
    const Explanation result = explain(session, language);
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(Text::tr("What to do").toHtmlEscaped());
    for (const ExplainedAdvice* advice : result.decisiveAdvice()) {
        html += adviceItemHtml(*advice);
    }
    return html + QStringLiteral("</ul>");
}

QString decisiveArticlesHtml(const TrainingSession& session, Language language)
{
    const Explanation result = explain(session, language);
    const std::set<QString> ids = decisiveArticleIds(result);
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg((ids.size() == 1 ? Text::tr("The article") : Text::tr("The articles")).toHtmlEscaped());
    for (const ExplainedArticle& article : result.articles) {
        if (ids.contains(article.id)) {
            html += articleHtml(article);
        }
    }
    return html;
}

QString trainingResultHtml(const TrainingSession& session, Language language)
{
    const Questionnaire& questionnaire = session.questionnaire();
    const CodeOfConduct& shown = *session.code();
    std::vector<const CodeOfConduct*> codes{&shown};
    for (const auto& other : session.otherCodes()) {
        codes.push_back(&other->code);
    }
    const Comparison comparison = compare(codes, questionnaire, session.answers());
    const Explanation result = Explanation::of(shown, questionnaire, comparison.results[0].evaluation, language);

    QString html;
    QString others;
    for (const ExplainedAdvice& advice : result.advice) {
        if (!advice.decisive) {
            others += adviceItemHtml(advice);
        }
    }
    if (!others.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(Text::tr("Other advice").toHtmlEscaped(), others);
    }

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

    const std::set<QString> shownAbove = decisiveArticleIds(result);
    QString rest;
    for (const ExplainedArticle& article : result.articles) {
        if (!shownAbove.contains(article.id)) {
            rest += articleHtml(article);
        }
    }
    if (!rest.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(Text::tr("The other articles").toHtmlEscaped()) + rest;
    }
    return html;
}

} // namespace codewijzer
