#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// A second version of a code file, made by known edits of its JSON: for the tests of CodeDiff and
// of `codewijzer-cli diff`.
namespace codewijzer::test {

class CodeEdit
{
public:
    explicit CodeEdit(const QByteArray& json)
        : m_root(QJsonDocument::fromJson(json).object())
    {}

    CodeEdit& setArticleText(const QString& id, const QString& text)
    {
        return editIn(QStringLiteral("articles"), id, [&](QJsonObject& a) { a[QStringLiteral("text")] = text; });
    }
    CodeEdit& setVerdict(const QString& ruleId, const QString& verdict)
    {
        return editIn(QStringLiteral("rules"), ruleId, [&](QJsonObject& r) { r[QStringLiteral("verdict")] = verdict; });
    }
    CodeEdit& setAdvice(const QString& ruleId, const QString& nl, const QString& en)
    {
        return editIn(QStringLiteral("rules"), ruleId, [&](QJsonObject& r) {
            r[QStringLiteral("advice")] = QJsonObject{{QStringLiteral("nl"), nl}, {QStringLiteral("en"), en}};
        });
    }
    // A new id for an article, in the rules that cite it too.
    CodeEdit& renameArticle(const QString& id, const QString& newId)
    {
        editIn(QStringLiteral("articles"), id, [&](QJsonObject& a) { a[QStringLiteral("id")] = newId; });
        // The rules and the drafts that cite it follow the new id.
        for (const QString& section : {QStringLiteral("rules"), QStringLiteral("drafts")}) {
            QJsonArray items = m_root.value(section).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                QJsonObject item = items.at(i).toObject();
                QJsonArray articles = item.value(u"articles").toArray();
                for (qsizetype j = 0; j < articles.size(); ++j) {
                    if (articles.at(j).toString() == id) {
                        articles[j] = newId;
                    }
                }
                item[QStringLiteral("articles")] = articles;
                items[i] = item;
            }
            if (m_root.contains(section)) {
                m_root[section] = items;
            }
        }
        return *this;
    }
    CodeEdit& setContactName(const QString& id, const QString& nl, const QString& en)
    {
        return editIn(QStringLiteral("contacts"), id, [&](QJsonObject& c) {
            c[QStringLiteral("name")] = QJsonObject{{QStringLiteral("nl"), nl}, {QStringLiteral("en"), en}};
        });
    }
    CodeEdit& addRule(const QByteArray& ruleJson)
    {
        QJsonArray rules = m_root.value(u"rules").toArray();
        rules.append(QJsonDocument::fromJson(ruleJson).object());
        m_root[QStringLiteral("rules")] = rules;
        return *this;
    }
    CodeEdit& remove(const QString& list, const QString& id)
    {
        QJsonArray items = m_root.value(list).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).toObject().value(u"id").toString() == id) {
                items.removeAt(i);
                break;
            }
        }
        m_root[list] = items;
        return *this;
    }
    CodeEdit& set(const QString& key, const QJsonValue& value)
    {
        m_root[key] = value;
        return *this;
    }

    QByteArray json() const { return QJsonDocument(m_root).toJson(QJsonDocument::Indented); }

private:
    template <typename Edit>
    CodeEdit& editIn(const QString& list, const QString& id, Edit edit)
    {
        QJsonArray items = m_root.value(list).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            if (item.value(u"id").toString() == id) {
                edit(item);
                items[i] = item;
            }
        }
        m_root[list] = items;
        return *this;
    }

    QJsonObject m_root;
};

// The edits every shipped code gets in the tests, with the ids they touch for each code.
struct ShippedEdits
{
    QString changedArticle; // its text gets a sentence more
    QString removedArticle; // cited by no rule
    QString stricterRule;   // go becomes conditions
    QString addedRule = QStringLiteral("test-material-public");
    QString addedRuleArticle;
};

inline ShippedEdits shippedEdits(const QString& codeId)
{
    if (codeId == u"dunamare") {
        return {QStringLiteral("III.B.9"), QStringLiteral("V.5"), QStringLiteral("share-knowledge"),
                QStringLiteral("test-material-public"), QStringLiteral("III.A.2")};
    }
    return {QStringLiteral("scholen.3"), QStringLiteral("betrokkenen.4"), QStringLiteral("share-knowledge"),
            QStringLiteral("test-material-public"), QStringLiteral("onderwijs.5")};
}

inline const QString kAddedSentence = QStringLiteral("Dit geldt ook voor filmpjes.");

// The shipped code's next version: the four edits of shippedEdits().
inline QByteArray nextVersion(const QByteArray& shipped, const QString& codeId)
{
    const ShippedEdits e = shippedEdits(codeId);
    CodeEdit edit(shipped);
    QString text;
    for (const QJsonValue& a : QJsonDocument::fromJson(shipped).object().value(u"articles").toArray()) {
        if (a.toObject().value(u"id").toString() == e.changedArticle) {
            text = a.toObject().value(u"text").toString();
        }
    }
    edit.setArticleText(e.changedArticle, text + u' ' + kAddedSentence)
        .setVerdict(e.stricterRule, QStringLiteral("conditions"))
        .remove(QStringLiteral("articles"), e.removedArticle)
        .addRule(QStringLiteral(R"({"id": "%1", "when": {"all": [{"question": "content", "has": "test_material"},
                   {"question": "channel", "is": "public"}]}, "verdict": "stop",
                   "advice": {"nl": "Zet toetsen nooit openbaar online.", "en": "Never put tests online in public."},
                   "articles": ["%2"]})")
                     .arg(e.addedRule, e.addedRuleArticle)
                     .toUtf8());
    return edit.json();
}

} // namespace codewijzer::test
