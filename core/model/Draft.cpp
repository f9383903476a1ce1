#include "model/Draft.h"

#include "io/Ids.h"
#include "io/JsonSource.h"
#include "io/Printable.h"
#include "model/CodeOfConduct.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CodeFile)
};

QString placeholderList()
{
    QStringList names;
    for (const QString& name : draftPlaceholders()) {
        names << u'{' + name + u'}';
    }
    return names.join(QStringLiteral(", "));
}

void checkPlaceholders(const LocalizedText& text, const QString& path, const JsonReader& reader)
{
    const QString nl = draftPlaceholderProblem(text.nl);
    if (!nl.isEmpty()) {
        reader.error(JsonReader::join(path, QStringLiteral("nl")), nl);
    }
    const QString en = draftPlaceholderProblem(text.en);
    if (!en.isEmpty()) {
        reader.error(JsonReader::join(path, QStringLiteral("en")), en);
    }
}

} // namespace

const QStringList& draftPlaceholders()
{
    static const QStringList names{
        QStringLiteral("note"),     QStringLiteral("channel"), QStringLiteral("account"),
        QStringLiteral("audience"), QStringLiteral("content"), QStringLiteral("situation"),
        QStringLiteral("verdict"),  QStringLiteral("advice"),  QStringLiteral("articles"),
        QStringLiteral("quote"),    QStringLiteral("code"),    QStringLiteral("organisation"),
        QStringLiteral("date"),     QStringLiteral("pupil")};
    return names;
}

QString draftPlaceholderProblem(const QString& text)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(u'{', from);
        const qsizetype stray = text.indexOf(u'}', from);
        if (stray >= 0 && (open < 0 || stray < open)) {
            return Text::tr(R"(a "}" without its "{" (placeholders: %1))").arg(placeholderList());
        }
        if (open < 0) {
            return {};
        }
        const qsizetype close = text.indexOf(u'}', open);
        const qsizetype nextOpen = text.indexOf(u'{', open + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            return Text::tr(R"(a "{" without its "}" (placeholders: %1))").arg(placeholderList());
        }
        const QString name = text.mid(open + 1, close - open - 1);
        if (!draftPlaceholders().contains(name)) {
            return Text::tr("unknown placeholder \"{%1}\" (placeholders: %2)").arg(shown(name), placeholderList());
        }
        from = close + 1;
    }
    return {};
}

std::vector<DraftTemplate> parseDrafts(const QJsonObject& root, const CodeOfConduct& code, const JsonReader& reader)
{
    std::vector<DraftTemplate> drafts;
    const QJsonArray list = reader.array(root, QStringLiteral("drafts"), {}, false);
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = JsonReader::index(QStringLiteral("drafts"), i);
        if (!list.at(i).isObject()) {
            reader.error(at, Text::tr("expected a draft object, found %1").arg(JsonReader::typeName(list.at(i))));
            continue;
        }
        const QJsonObject d = list.at(i).toObject();
        reader.rejectUnknownKeys(
            d, at, {u"id", u"kind", u"rules", u"articles", u"title", u"to", u"subject", u"text", u"notes"});
        reader.notes(d, at);
        DraftTemplate draft;
        draft.id = reader.string(d, QStringLiteral("id"), at);
        checkIdAt(draft.id, JsonReader::join(at, QStringLiteral("id")), reader);
        if (!draft.id.isEmpty() && ids.contains(draft.id)) {
            reader.error(JsonReader::join(at, QStringLiteral("id")),
                         Text::tr("draft \"%1\" appears twice").arg(shown(draft.id)));
        }
        ids.insert(draft.id);
        const QString kind = reader.string(d, QStringLiteral("kind"), at);
        if (kind == u"line") {
            draft.kind = DraftTemplate::Kind::Line;
        } else if (!kind.isEmpty() && kind != u"message") {
            reader.error(JsonReader::join(at, QStringLiteral("kind")),
                         Text::tr("unknown kind \"%1\" (kinds: message, line)").arg(shown(kind)));
        }
        draft.rules =
            reader.references(d, QStringLiteral("rules"), at,
                              {Text::tr("a draft needs at least one rule it serves"), Text::tr("unknown rule \"%1\""),
                               Text::tr("rule \"%1\" is listed twice")},
                              true, [&](const QString& id) {
                                  const auto found = std::find_if(code.rules.begin(), code.rules.end(),
                                                                  [&](const Rule& r) { return r.id == id; });
                                  return found == code.rules.end() ? -1 : static_cast<int>(found - code.rules.begin());
                              });
        draft.articles =
            reader.references(d, QStringLiteral("articles"), at,
                              {Text::tr("a draft needs at least one article"), Text::tr("unknown article \"%1\""),
                               Text::tr("article \"%1\" is listed twice")},
                              true, [&](const QString& id) { return code.articleIndex(id); });
        // A draft rests on what its rules rest on: it cannot bring in an article of its own.
        const QJsonArray articleIds = d.value(u"articles").toArray();
        for (qsizetype a = 0; a < articleIds.size() && !draft.rules.empty(); ++a) {
            const int article = code.articleIndex(articleIds.at(a).toString());
            const bool cited = std::any_of(draft.rules.begin(), draft.rules.end(), [&](int r) {
                const std::vector<int>& cites = code.rules[static_cast<std::size_t>(r)].articles;
                return std::find(cites.begin(), cites.end(), article) != cites.end();
            });
            if (article >= 0 && !cited) {
                reader.error(JsonReader::index(JsonReader::join(at, QStringLiteral("articles")), a),
                             Text::tr("article \"%1\" is cited by none of the draft's rules")
                                 .arg(shown(articleIds.at(a).toString())));
            }
        }
        draft.title = reader.localized(d, QStringLiteral("title"), at);
        const bool message = draft.kind == DraftTemplate::Kind::Message;
        draft.to = reader.localized(d, QStringLiteral("to"), at, message);
        draft.subject = reader.localized(d, QStringLiteral("subject"), at, message);
        if (!message && (d.contains(u"to") || d.contains(u"subject"))) {
            reader.error(at, Text::tr(R"(a line has no "to" or "subject": it goes in the post itself)"));
        }
        draft.text = reader.localized(d, QStringLiteral("text"), at);
        checkPlaceholders(draft.subject, JsonReader::join(at, QStringLiteral("subject")), reader);
        checkPlaceholders(draft.text, JsonReader::join(at, QStringLiteral("text")), reader);
        drafts.push_back(std::move(draft));
    }
    return drafts;
}

} // namespace codewijzer
