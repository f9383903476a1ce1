#pragma once

// A code file at every limit a school's file may reach, for the tests and the benchmarks:
// `rules` rules, each citing every one of `articles` articles, all applying to a reported post.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace codewijzer::test {

inline QJsonObject bilingual(const QString& nl, const QString& en)
{
    return QJsonObject{{QStringLiteral("nl"), nl}, {QStringLiteral("en"), en}};
}

inline QByteArray largestCode(int rules, int articles)
{
    QJsonArray articleList;
    QJsonArray ids;
    const QString body = QStringLiteral("Medewerkers houden zich aan deze regel, ook buiten lestijd. ").repeated(6);
    for (int a = 1; a <= articles; ++a) {
        const QString id = QString::number(a);
        ids.append(id);
        articleList.append(QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("title"), bilingual(QStringLiteral("Artikel %1").arg(a),
                                                                           QStringLiteral("Article %1").arg(a))},
                                       {QStringLiteral("text"), body}});
    }
    QJsonArray ruleList;
    for (int r = 1; r <= rules; ++r) {
        ruleList.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("rule-%1").arg(r)},
            {QStringLiteral("when"), QJsonObject{{QStringLiteral("question"), QStringLiteral("activity")},
                                                 {QStringLiteral("is"), QJsonArray{QStringLiteral("report")}}}},
            {QStringLiteral("verdict"), QStringLiteral("go")},
            {QStringLiteral("advice"), bilingual(QStringLiteral("Meld het bij je leidinggevende (regel %1).").arg(r),
                                                 QStringLiteral("Report it to your supervisor (rule %1).").arg(r))},
            {QStringLiteral("articles"), ids}});
    }
    const QJsonObject code{
        {QStringLiteral("format"), QStringLiteral("codewijzer-code")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("id"), QStringLiteral("grootste")},
        {QStringLiteral("title"), bilingual(QStringLiteral("Grootste code"), QStringLiteral("Largest code"))},
        {QStringLiteral("organisation"), QStringLiteral("Proefschool")},
        {QStringLiteral("adopted"), QStringLiteral("2024-09-01")},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("articles"), articleList},
        {QStringLiteral("rules"), ruleList}};
    return QJsonDocument(code).toJson(QJsonDocument::Compact);
}

} // namespace codewijzer::test
