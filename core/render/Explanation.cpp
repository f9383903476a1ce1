#include "render/Explanation.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"

#include <QCoreApplication>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Explanation)
};

} // namespace

QString ExplainedAdvice::becauseLine() const
{
    return reasons.isEmpty() ? QString() : Text::tr("Because: %1").arg(reasons.join(QStringLiteral("; ")));
}

QString ExplainedAdvice::articlesLine() const
{
    return Text::tr("Articles: %1").arg(articleIds.join(QStringLiteral(", ")));
}

QString ExplainedAdvice::contactLine() const
{
    return contacts.isEmpty() ? QString() : Text::tr("Contact: %1").arg(contacts.join(QStringLiteral("; ")));
}

Explanation Explanation::of(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                            Language language)
{
    Explanation e;
    e.verdict = evaluation.verdict;
    e.verdictLabel = questionnaire.verdictLabel(evaluation.verdict).in(language);
    e.verdictDescription = questionnaire.verdictDescription(evaluation.verdict).in(language);
    for (const AdviceItem& item : evaluation.advice) {
        const Rule& rule = code.rules[static_cast<std::size_t>(item.rule)];
        ExplainedAdvice advice;
        advice.rule = item.rule;
        advice.ruleId = rule.id;
        advice.verdict = rule.verdict;
        advice.verdictLabel = questionnaire.verdictLabel(rule.verdict).in(language);
        advice.text = rule.advice.in(language);
        advice.because = item.because;
        for (int q : item.because) {
            advice.reasons << questionnaire.describeAnswer(q, evaluation.answers[q], language);
        }
        advice.articleIds = code.articleIds(rule.articles);
        for (int c : rule.contacts) {
            advice.contacts << code.contacts[static_cast<std::size_t>(c)].name.in(language);
        }
        advice.decisive = rule.verdict == evaluation.verdict;
        e.advice.push_back(std::move(advice));
    }
    for (int a : evaluation.articles) {
        const Article& article = code.articles[static_cast<std::size_t>(a)];
        e.articles.push_back({article.id, article.title.in(language), article.text});
    }
    for (int q = 0; q < questionnaire.size(); ++q) {
        if (evaluation.answers[q] != answer::NotAsked) {
            const Question& question = questionnaire.question(q);
            e.answers.push_back({q, question.text.in(language), question.shortLabel.in(language),
                                 questionnaire.describeValue(q, evaluation.answers[q], language)});
        }
    }
    return e;
}

} // namespace codewijzer
