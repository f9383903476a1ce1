#include "model/CodeOfConduct.h"

#include "io/Ids.h"
#include "io/JsonSource.h"
#include "io/Printable.h"
#include "model/QuestionHelp.h"
#include "model/Questionnaire.h"
#include "model/RuleExceptions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CodeFile)
};

// An optional true or false; false when left out.
bool flag(const QJsonObject& object, const QString& key, const QString& at, const JsonReader& reader)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined() && !value.isBool()) {
        reader.error(JsonReader::join(at, key),
                     Text::tr("expected true or false, found %1").arg(JsonReader::typeName(value)));
    }
    return value.toBool();
}

QDate parseDate(const QJsonObject& object, const QString& key, bool required, const JsonReader& reader)
{
    const QString text = reader.string(object, key, {}, required);
    if (text.isEmpty()) {
        return {};
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        reader.error(key, Text::tr("expected a date as YYYY-MM-DD, found \"%1\"").arg(shown(text)));
    }
    return date;
}

// "previous": the fingerprints of earlier versions, each 12 hex digits and each once.
QStringList parsePrevious(const QJsonObject& root, const JsonReader& reader)
{
    QStringList out;
    const QJsonArray list = reader.array(root, QStringLiteral("previous"), {}, false);
    static const QRegularExpression fingerprint(QStringLiteral("^[0-9a-f]{12}$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = JsonReader::index(QStringLiteral("previous"), i);
        const QString value = list.at(i).toString();
        if (!list.at(i).isString() || !fingerprint.match(value).hasMatch()) {
            reader.error(
                at, Text::tr("expected a fingerprint of 12 digits and letters a-f, found %1")
                        .arg(list.at(i).isString() ? u'"' + shown(value) + u'"' : JsonReader::typeName(list.at(i))));
        } else if (out.contains(value)) {
            reader.error(at, Text::tr("fingerprint \"%1\" is listed twice").arg(value));
        } else {
            out << value;
        }
    }
    return out;
}

} // namespace

void noteMissingEnglish(CodeOfConduct& code, const JsonReader& reader)
{
    if (reader.missingEnglish() == 0 || code.missingEnglish) {
        return;
    }
    code.missingEnglish = true;
    code.warnings.push_back(reader.warning(
        reader.firstMissingEnglish(),
        Text::tr("%n text(s) have no English (\"en\"): the English screens show the Dutch, marked as the code's "
                 "own wording",
                 nullptr, reader.missingEnglish())));
}

int CodeOfConduct::articleIndex(QStringView articleId) const
{
    for (std::size_t i = 0; i < articles.size(); ++i) {
        if (articles[i].id == articleId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QStringList CodeOfConduct::articleIds(const std::vector<int>& indices) const
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(indices.size()));
    for (int a : indices) {
        ids << articles[static_cast<std::size_t>(a)].id;
    }
    return ids;
}

int CodeOfConduct::contactIndex(QStringView contactId) const
{
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        if (contacts[i].id == contactId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int CodeOfConduct::ruleIndex(QStringView ruleId) const
{
    for (std::size_t r = 0; r < rules.size(); ++r) {
        if (rules[r].id == ruleId) {
            return static_cast<int>(r);
        }
    }
    return -1;
}

QString codeFingerprint(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
}

std::optional<CodeOfConduct> CodeOfConduct::load(const QByteArray& json, const QString& file,
                                                 const Questionnaire& questionnaire, Diagnostics& out)
{
    const JsonSource source(json, file);
    const std::optional<QJsonDocument> doc = source.parse(out);
    if (!doc) {
        return std::nullopt;
    }
    JsonReader reader(source, out);
    std::optional<CodeOfConduct> code = fromJson(doc->object(), json, reader, questionnaire);
    if (code) {
        code->file = file;
    }
    return code;
}

std::optional<CodeOfConduct> CodeOfConduct::fromJson(const QJsonObject& root, const QByteArray& json,
                                                     JsonReader& reader, const Questionnaire& questionnaire)
{
    const std::size_t before = reader.errorCount();
    reader.allowMissingEnglish();
    reader.rejectUnknownKeys(root, {}, {u"format",   u"formatVersion", u"id",       u"title",    u"organisation",
                                        u"adopted",  u"inForce",       u"version",  u"source",   u"status",
                                        u"previous", u"changeNote",    u"contacts", u"articles", u"rules",
                                        u"drafts",   u"questions",     u"cases",    u"$schema",  u"notes"});
    // "$schema" names the JSON Schema an editor checks the file against; the program does not read it.
    reader.string(root, QStringLiteral("$schema"), {}, false);
    reader.notes(root, {});
    // A school's own training cases: CaseLibrary reads them against the rules, in the same pass.
    reader.array(root, QStringLiteral("cases"), {}, false);

    if (root.value(u"format").toString() != u"codewijzer-code") {
        reader.error(root.contains(u"format") ? QStringLiteral("format") : QString(),
                     Text::tr(R"(expected "format": "codewijzer-code")"));
    }
    if (root.contains(u"formatVersion") && root.value(u"formatVersion").toInt(-1) != 1) {
        reader.error(QStringLiteral("formatVersion"),
                     Text::tr("this version of Codewijzer reads format version 1 only"));
    }

    CodeOfConduct code;
    code.fingerprint = codeFingerprint(json);
    code.id = reader.string(root, QStringLiteral("id"), {});
    if (!code.id.isEmpty() && !isValidId(code.id)) {
        reader.error(QStringLiteral("id"), Text::tr("an id uses lower-case letters, digits, '-', '_' and '.' only, "
                                                    "found \"%1\"")
                                               .arg(shown(code.id)));
    }
    code.title = reader.localized(root, QStringLiteral("title"), {});
    code.organisation = reader.string(root, QStringLiteral("organisation"), {});
    const QString status = reader.string(root, QStringLiteral("status"), {}, false);
    if (status == u"concept") {
        code.isConcept = true;
    } else if (!status.isEmpty() && status != u"vastgesteld") {
        reader.error(QStringLiteral("status"),
                     Text::tr(R"(unknown status "%1" (a status is "concept" or "vastgesteld"))").arg(shown(status)));
    }
    // A concept may not have been adopted yet.
    code.adopted = parseDate(root, QStringLiteral("adopted"), !code.isConcept, reader);
    code.inForce = parseDate(root, QStringLiteral("inForce"), false, reader);
    code.version = reader.string(root, QStringLiteral("version"), {});
    code.source = reader.string(root, QStringLiteral("source"), {}, false);
    code.previous = parsePrevious(root, reader);
    code.changeNote = reader.localized(root, QStringLiteral("changeNote"), {}, false);

    const QJsonArray contacts = reader.array(root, QStringLiteral("contacts"), {}, false);
    QSet<QString> contactIds;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QString at = JsonReader::index(QStringLiteral("contacts"), i);
        const QJsonObject c = contacts.at(i).toObject();
        reader.rejectUnknownKeys(c, at, {u"id", u"name", u"notes"});
        reader.notes(c, at);
        Contact contact{reader.string(c, QStringLiteral("id"), at), reader.localized(c, QStringLiteral("name"), at)};
        checkIdAt(contact.id, JsonReader::join(at, QStringLiteral("id")), reader);
        if (contactIds.contains(contact.id)) {
            reader.error(at, Text::tr("contact \"%1\" appears twice").arg(shown(contact.id)));
        }
        contactIds.insert(contact.id);
        code.contacts.push_back(std::move(contact));
    }

    const QJsonArray articles = reader.array(root, QStringLiteral("articles"), {});
    if (root.contains(u"articles") && articles.isEmpty()) {
        reader.error(QStringLiteral("articles"), Text::tr("a code needs at least one article"));
    }
    if (articles.size() > kMaxArticles) {
        reader.error(QStringLiteral("articles"), Text::tr("at most %1 articles").arg(kMaxArticles));
        return std::nullopt;
    }
    QSet<QString> seenArticleIds;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QString at = JsonReader::index(QStringLiteral("articles"), i);
        if (!articles.at(i).isObject()) {
            reader.error(at,
                         Text::tr("expected an article object, found %1").arg(JsonReader::typeName(articles.at(i))));
            continue;
        }
        const QJsonObject a = articles.at(i).toObject();
        reader.rejectUnknownKeys(a, at, {u"id", u"title", u"text", u"notCited", u"partial", u"notes"});
        reader.notes(a, at);
        Article article;
        article.id = reader.string(a, QStringLiteral("id"), at);
        if (!article.id.isEmpty() && !isValidArticleId(article.id)) {
            reader.error(JsonReader::join(at, QStringLiteral("id")),
                         Text::tr("an article id is one line of letters, digits and punctuation without spaces at "
                                  "either end, found \"%1\"")
                             .arg(shown(article.id)));
        }
        article.title = reader.localized(a, QStringLiteral("title"), at);
        article.text = reader.string(a, QStringLiteral("text"), at);
        article.notCited = reader.localized(a, QStringLiteral("notCited"), at, false);
        article.partial = flag(a, QStringLiteral("partial"), at, reader);
        if (!article.id.isEmpty() && seenArticleIds.contains(article.id)) {
            reader.error(JsonReader::join(at, QStringLiteral("id")),
                         Text::tr("article \"%1\" appears twice").arg(shown(article.id)));
        }
        seenArticleIds.insert(article.id);
        code.articles.push_back(std::move(article));
    }

    const QJsonArray rules = reader.array(root, QStringLiteral("rules"), {});
    if (root.contains(u"rules") && rules.isEmpty()) {
        reader.error(QStringLiteral("rules"), Text::tr("a code needs at least one rule"));
    }
    if (rules.size() > kMaxRules) {
        reader.error(QStringLiteral("rules"), Text::tr("%1 rules; a code may have at most %2")
                                                  .arg(QString::number(rules.size()), QString::number(kMaxRules)));
        return std::nullopt;
    }
    QSet<QString> ruleIds;
    // Looked up by id: a rule may cite every one of a thousand articles.
    QHash<QString, int> articleByIds;
    QHash<QString, int> contactByIds;
    for (std::size_t a = 0; a < code.articles.size(); ++a) {
        articleByIds.emplace(code.articles[a].id, static_cast<int>(a)); // keeps the first, as articleIndex()
    }
    for (std::size_t c = 0; c < code.contacts.size(); ++c) {
        contactByIds.emplace(code.contacts[c].id, static_cast<int>(c));
    }
    std::vector<ExceptionReference> exceptions;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString at = JsonReader::index(QStringLiteral("rules"), i);
        if (!rules.at(i).isObject()) {
            reader.error(at, Text::tr("expected a rule object, found %1").arg(JsonReader::typeName(rules.at(i))));
            continue;
        }
        const QJsonObject r = rules.at(i).toObject();
        Rule rule;
        rule.id = r.value(u"id").toString();
        reader.setRuleId(rule.id);
        reader.rejectUnknownKeys(r, at,
                                 {u"id", u"when", u"verdict", u"advice", u"headline", u"articles", u"contacts",
                                  u"schoolReading", u"exceptionTo", u"notes"});
        reader.notes(r, at);
        reader.string(r, QStringLiteral("id"), at);
        checkIdAt(rule.id, JsonReader::join(at, QStringLiteral("id")), reader);
        if (!rule.id.isEmpty() && ruleIds.contains(rule.id)) {
            reader.error(JsonReader::join(at, QStringLiteral("id")),
                         Text::tr("rule id \"%1\" appears twice").arg(shown(rule.id)));
        }
        ruleIds.insert(rule.id);
        if (!r.contains(u"when")) {
            reader.error(at, Text::tr("missing \"when\" (use true for a rule that always applies)"));
        } else {
            rule.when = Condition::parse(r.value(u"when"), JsonReader::join(at, QStringLiteral("when")),
                                         questionnaire.questions(), reader);
        }
        const QString verdict = reader.string(r, QStringLiteral("verdict"), at);
        if (!verdict.isEmpty() && !parseVerdict(verdict, rule.verdict)) {
            reader.error(JsonReader::join(at, QStringLiteral("verdict")),
                         Text::tr("unknown verdict \"%1\" (verdicts: out_of_scope, go, conditions, check_first, "
                                  "stop)")
                             .arg(shown(verdict)));
        }
        rule.advice = reader.localized(r, QStringLiteral("advice"), at);
        rule.schoolReading = flag(r, QStringLiteral("schoolReading"), at, reader);
        if (r.contains(u"exceptionTo")) {
            const QString target = reader.string(r, QStringLiteral("exceptionTo"), at);
            if (!target.isEmpty()) {
                exceptions.push_back(
                    {static_cast<int>(code.rules.size()), target, JsonReader::join(at, QStringLiteral("exceptionTo"))});
            }
        }
        rule.headline = reader.localized(r, QStringLiteral("headline"), at, false);
        rule.articles =
            reader.references(r, QStringLiteral("articles"), at,
                              {Text::tr("a rule needs at least one article"), Text::tr("unknown article \"%1\""),
                               Text::tr("article \"%1\" is listed twice")},
                              true, [&](const QString& id) { return articleByIds.value(id, -1); });
        rule.contacts =
            reader.references(r, QStringLiteral("contacts"), at,
                              {Text::tr("a rule needs at least one contact"), Text::tr("unknown contact \"%1\""),
                               Text::tr("contact \"%1\" is listed twice")},
                              false, [&](const QString& id) { return contactByIds.value(id, -1); });
        reader.setRuleId({});
        rule.ownWhen = rule.when;
        code.rules.push_back(std::move(rule));
    }
    applyExceptions(code.rules, exceptions, reader);
    code.drafts = parseDrafts(root, code, reader);
    code.questionHelp = parseQuestionHelp(root, questionnaire, reader);

    if (reader.errorCount() != before) {
        return std::nullopt;
    }
    noteMissingEnglish(code, reader);
    code.asks.assign(questionnaire.questions().size(), false);
    for (int q = 0; q < questionnaire.size(); ++q) {
        code.asks[static_cast<std::size_t>(q)] = questionnaire.question(q).required;
    }
    for (const Rule& rule : code.rules) {
        for (int q : rule.when.questions()) {
            code.asks[static_cast<std::size_t>(q)] = true;
        }
    }
    // Whether an asked question is asked depends on earlier ones: those are asked too.
    for (int q = questionnaire.size() - 1; q >= 0; --q) {
        if (code.asks[static_cast<std::size_t>(q)]) {
            for (int earlier : questionnaire.question(q).askedWhen.questions()) {
                code.asks[static_cast<std::size_t>(earlier)] = true;
            }
        }
    }
    warnUnaskedQuestionHelp(code, questionnaire, reader);
    return code;
}

} // namespace codewijzer
