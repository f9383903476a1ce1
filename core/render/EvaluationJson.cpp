#include "render/EvaluationJson.h"

#include "model/AnswersFile.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Explanation.h"

#include <QJsonArray>

namespace codewijzer {

QJsonObject evaluationJson(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                           Language language)
{
    const Explanation explanation = Explanation::of(code, questionnaire, evaluation, language);
    QJsonObject o;
    o.insert(QStringLiteral("code"), code.id);
    o.insert(QStringLiteral("code_name"), code.title.in(language));
    o.insert(QStringLiteral("organisation"), code.organisation);
    o.insert(QStringLiteral("code_version"), code.version);
    o.insert(QStringLiteral("status"), code.isConcept ? QStringLiteral("concept") : QStringLiteral("vastgesteld"));
    o.insert(QStringLiteral("language"), languageCode(language));
    o.insert(QStringLiteral("verdict"), verdictId(explanation.verdict));
    o.insert(QStringLiteral("verdict_label"), explanation.verdictLabel);

    QJsonArray articles;
    for (const ExplainedArticle& article : explanation.articles) {
        QJsonObject entry{{QStringLiteral("id"), article.id},
                          {QStringLiteral("title"), article.title},
                          {QStringLiteral("text"), article.text}};
        if (article.partial) {
            entry.insert(QStringLiteral("partial"), true);
        }
        articles.append(entry);
    }
    o.insert(QStringLiteral("articles"), articles);

    QJsonArray advice;
    for (const ExplainedAdvice& item : explanation.advice) {
        const Rule& rule = code.rules[static_cast<std::size_t>(item.rule)];
        QJsonArray because;
        for (std::size_t i = 0; i < item.because.size(); ++i) {
            const int q = item.because[i];
            because.append(
                QJsonObject{{QStringLiteral("question"), questionnaire.question(q).id},
                            {QStringLiteral("answer"), answerJson(questionnaire.question(q), evaluation.answers[q])},
                            {QStringLiteral("text"), item.reasons.at(static_cast<qsizetype>(i))}});
        }
        QJsonObject entry{{QStringLiteral("rule"), item.ruleId},
                          {QStringLiteral("verdict"), verdictId(item.verdict)},
                          {QStringLiteral("text"), item.text},
                          {QStringLiteral("articles"), QJsonArray::fromStringList(item.articleIds)},
                          {QStringLiteral("because"), because}};
        if (item.schoolReading) {
            entry.insert(QStringLiteral("school_reading"), true);
        }
        if (rule.exceptionTo >= 0) {
            entry.insert(QStringLiteral("exception_to"), code.rules[static_cast<std::size_t>(rule.exceptionTo)].id);
        }
        if (!rule.contacts.empty()) {
            QJsonArray contacts;
            for (std::size_t i = 0; i < rule.contacts.size(); ++i) {
                contacts.append(
                    QJsonObject{{QStringLiteral("id"), code.contacts[static_cast<std::size_t>(rule.contacts[i])].id},
                                {QStringLiteral("name"), item.contacts.at(static_cast<qsizetype>(i))}});
            }
            entry.insert(QStringLiteral("contacts"), contacts);
        }
        advice.append(entry);
    }
    o.insert(QStringLiteral("advice"), advice);
    o.insert(QStringLiteral("answers"), answersJson(questionnaire, evaluation.answers));
    QJsonArray unknown;
    for (int q : evaluation.unknown) {
        unknown.append(questionnaire.question(q).id);
    }
    o.insert(QStringLiteral("unknown"), unknown);
    return o;
}

} // namespace codewijzer
