#include "render/Drafts.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "render/Report.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>
#include <algorithm>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Drafts)
};

// The answer to one question in words, or a gap for the teacher to fill in.
QString answerWords(const Explanation& explanation, const Questionnaire& questionnaire, const char* questionId)
{
    for (const ExplainedAnswer& answer : explanation.answers) {
        if (questionnaire.question(answer.question).id == QLatin1String(questionId)) {
            return answer.value;
        }
    }
    return Text::tr("[to fill in]");
}

QString fill(const QString& text, const QHash<QString, QString>& values)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(u'{', from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'}', open);
        if (open < 0 || close < 0) { // the loader refuses a brace without its partner
            out += QStringView(text).mid(from);
            break;
        }
        out += QStringView(text).mid(from, open - from);
        out += values.value(text.mid(open + 1, close - open - 1));
        from = close + 1;
    }
    return out;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

} // namespace

QString FilledDraft::toLine() const
{
    return Text::tr("To: %1").arg(to);
}

QString FilledDraft::subjectLine() const
{
    return Text::tr("Subject: %1").arg(subject);
}

QString FilledDraft::plainText() const
{
    if (line) {
        return text + u'\n';
    }
    return toLine() + u'\n' + subjectLine() + QStringLiteral("\n\n") + text + u'\n';
}

QUrl FilledDraft::mailto() const
{
    QUrl url(QStringLiteral("mailto:"));
    QUrlQuery query;
    // Spaces as %20, never '+', which mail programs would show as it is.
    query.addQueryItem(QStringLiteral("subject"), QString::fromLatin1(QUrl::toPercentEncoding(subject)));
    query.addQueryItem(QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

std::vector<FilledDraft> fillDrafts(const CodeOfConduct& code, const Questionnaire& questionnaire,
                                    const Evaluation& evaluation, const QString& note, Language language,
                                    const QDate& today)
{
    const Explanation explanation = Explanation::of(code, questionnaire, evaluation, language);
    QHash<QString, QString> values;
    values.insert(QStringLiteral("note"), note.trimmed().isEmpty() ? Text::tr("[what it is about]") : note.trimmed());
    values.insert(QStringLiteral("channel"), answerWords(explanation, questionnaire, "channel"));
    values.insert(QStringLiteral("account"), answerWords(explanation, questionnaire, "account"));
    values.insert(QStringLiteral("audience"), answerWords(explanation, questionnaire, "audience"));
    values.insert(QStringLiteral("content"), answerWords(explanation, questionnaire, "content"));
    QStringList situation;
    for (const ExplainedAnswer& answer : explanation.answers) {
        situation << QStringLiteral("- %1: %2").arg(answer.label, answer.value);
    }
    values.insert(QStringLiteral("situation"), situation.join(u'\n'));
    values.insert(QStringLiteral("verdict"), explanation.verdictLabel);
    values.insert(QStringLiteral("code"), code.title.in(language));
    values.insert(QStringLiteral("organisation"), code.organisation);
    values.insert(QStringLiteral("date"), formatDate(today, language));
    values.insert(QStringLiteral("pupil"), Text::tr("[name of the pupil]"));

    std::vector<FilledDraft> out;
    std::vector<bool> taken(code.drafts.size(), false);
    for (const AdviceItem& item : evaluation.advice) {
        for (std::size_t d = 0; d < code.drafts.size(); ++d) {
            const DraftTemplate& draft = code.drafts[d];
            if (taken[d] || std::find(draft.rules.begin(), draft.rules.end(), item.rule) == draft.rules.end()) {
                continue;
            }
            taken[d] = true;
            FilledDraft filled;
            filled.id = draft.id;
            filled.line = draft.kind == DraftTemplate::Kind::Line;
            filled.title = draft.title.in(language);
            filled.to = draft.to.in(language);
            QStringList advice;
            for (const AdviceItem& served : evaluation.advice) {
                if (std::find(draft.rules.begin(), draft.rules.end(), served.rule) != draft.rules.end()) {
                    const Rule& rule = code.rules[static_cast<std::size_t>(served.rule)];
                    filled.ruleIds << rule.id;
                    advice << rule.advice.in(language);
                }
            }
            QStringList quotes;
            for (int a : draft.articles) {
                const Article& article = code.articles[static_cast<std::size_t>(a)];
                filled.articleIds << article.id;
                quotes << QStringLiteral("“%1”").arg(article.text);
            }
            QHash<QString, QString> own = values;
            own.insert(QStringLiteral("advice"), advice.join(QStringLiteral("\n\n")));
            own.insert(QStringLiteral("articles"), joinWithAnd(filled.articleIds));
            own.insert(QStringLiteral("quote"), quotes.join(QStringLiteral("\n\n")));
            filled.subject = fill(draft.subject.in(language), own);
            filled.text = fill(draft.text.in(language), own);
            out.push_back(std::move(filled));
        }
    }
    return out;
}

QString draftsText(const std::vector<FilledDraft>& drafts)
{
    QString out;
    for (const FilledDraft& draft : drafts) {
        if (!out.isEmpty()) {
            out += u'\n';
        }
        out += QStringLiteral("== %1 ==\n").arg(draft.title) + draft.plainText();
    }
    return out;
}

QJsonArray draftsJson(const std::vector<FilledDraft>& drafts)
{
    QJsonArray list;
    for (const FilledDraft& draft : drafts) {
        QJsonObject object{{QStringLiteral("id"), draft.id},
                           {QStringLiteral("kind"), draft.line ? QStringLiteral("line") : QStringLiteral("message")},
                           {QStringLiteral("title"), draft.title},
                           {QStringLiteral("text"), draft.text},
                           {QStringLiteral("rules"), QJsonArray::fromStringList(draft.ruleIds)},
                           {QStringLiteral("articles"), QJsonArray::fromStringList(draft.articleIds)}};
        if (!draft.line) {
            object.insert(QStringLiteral("to"), draft.to);
            object.insert(QStringLiteral("subject"), draft.subject);
        }
        list.append(object);
    }
    return list;
}

QString draftsHtml(const std::vector<FilledDraft>& drafts, const QString& title, Language language)
{
    QString h = reportHtmlStart(title, language);
    for (const FilledDraft& draft : drafts) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(draft.title.toHtmlEscaped());
        if (!draft.line) {
            h += QStringLiteral("<p>%1<br/>%2</p>\n").arg(escaped(draft.toLine()), escaped(draft.subjectLine()));
        }
        for (const QString& paragraph : draft.text.split(QStringLiteral("\n\n"))) {
            h += QStringLiteral("<p>%1</p>\n").arg(escaped(paragraph));
        }
    }
    return h + QStringLiteral("</body></html>\n");
}

QString draftsTitle(const CodeOfConduct& code, Language language)
{
    return Text::tr("Codewijzer: drafts under %1").arg(code.title.in(language));
}

} // namespace codewijzer
