#include "training/CaseLibrary.h"

#include "io/Ids.h"
#include "io/JsonSource.h"
#include "io/Printable.h"
#include "model/AnswersFile.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "rules/Evaluator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CasesFile)
};

QString articleList(const CodeOfConduct& code, const std::vector<int>& articles)
{
    return articles.empty() ? Text::tr("none") : code.articleIds(articles).join(QStringLiteral(", "));
}

// The questions the case asks but gives no answer to (they count as "I don't know") and on which
// its verdict depends: some answer to them would give another verdict.
std::vector<int> missingAnswersThatMatter(const CodeOfConduct& code, const Questionnaire& questionnaire,
                                          const Answers& given, Verdict verdict)
{
    std::vector<int> missing;
    for (int q : questionnaire.askedQuestions(given, code.asks)) {
        if (given[q] != answer::NotAsked) {
            continue;
        }
        for (std::size_t o = 0; o < questionnaire.question(q).options.size(); ++o) {
            Answers tried = given;
            tried[q] = answer::option(static_cast<int>(o));
            if (evaluateGiven(code, questionnaire, tried).verdict != verdict) {
                missing.push_back(q);
                break;
            }
        }
    }
    return missing;
}

// Reads the expectation and checks it against what the rules make of the answers.
void readExpectation(const QJsonObject& expect, const QString& casePath, const CodeOfConduct& code,
                     const Questionnaire& questionnaire, const JsonReader& reader, TrainingCase& out, bool& ok)
{
    const QString at = JsonReader::join(casePath, QStringLiteral("expect"));
    reader.rejectUnknownKeys(expect, at, {u"verdict", u"articles"});
    const QString verdict = reader.string(expect, QStringLiteral("verdict"), at);
    if (!verdict.isEmpty() && !parseVerdict(verdict, out.verdict)) {
        reader.error(JsonReader::join(at, QStringLiteral("verdict")),
                     Text::tr("unknown verdict \"%1\" (verdicts: out_of_scope, go, conditions, check_first, stop)")
                         .arg(shown(verdict)));
        ok = false;
    }
    const QString articlesAt = JsonReader::join(at, QStringLiteral("articles"));
    const QJsonArray articles = reader.array(expect, QStringLiteral("articles"), at);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const int index = code.articleIndex(articles.at(i).toString());
        if (!articles.at(i).isString()) {
            reader.error(
                JsonReader::index(articlesAt, i),
                Text::tr("expected an article id (a string), found %1").arg(JsonReader::typeName(articles.at(i))));
            ok = false;
        } else if (index < 0) {
            reader.error(
                JsonReader::index(articlesAt, i),
                Text::tr(R"("%1" is not an article of code "%2")").arg(shown(articles.at(i).toString()), code.id));
            ok = false;
        } else if (std::find(out.articles.begin(), out.articles.end(), index) != out.articles.end()) {
            reader.error(JsonReader::index(articlesAt, i),
                         Text::tr("article \"%1\" is listed twice").arg(shown(articles.at(i).toString())));
            ok = false;
        } else {
            out.articles.push_back(index);
        }
    }
    std::sort(out.articles.begin(), out.articles.end());
    if (!ok || verdict.isEmpty() || !expect.value(u"articles").isArray()) {
        return;
    }

    std::vector<int> ignored;
    questionnaire.resolve(out.given, &ignored);
    const Evaluation result = evaluateGiven(code, questionnaire, out.given);
    for (int q : ignored) {
        reader.error(
            JsonReader::join(JsonReader::join(casePath, QStringLiteral("answers")), questionnaire.question(q).id),
            Text::tr("answers \"%1\", which the other answers leave unasked").arg(questionnaire.question(q).id));
        ok = false;
    }
    if (result.verdict != out.verdict || result.articles != out.articles) {
        // Often the cause: an answer left out, which counts as "I don't know".
        for (int q : missingAnswersThatMatter(code, questionnaire, out.given, result.verdict)) {
            reader.error(JsonReader::join(casePath, QStringLiteral("answers")),
                         Text::tr("case \"%1\" gives no answer to \"%2\", which is asked and then counts as \"I "
                                  "don't know\"; the verdict depends on it")
                             .arg(out.id, questionnaire.question(q).id));
        }
    }
    if (result.verdict != out.verdict) {
        reader.error(JsonReader::join(at, QStringLiteral("verdict")),
                     Text::tr("case \"%1\" expects %2, but the rules give %3")
                         .arg(out.id, verdictId(out.verdict), verdictId(result.verdict)));
        ok = false;
    }
    if (result.articles != out.articles) {
        reader.error(articlesAt, Text::tr("case \"%1\" expects the articles %2, but the rules cite %3")
                                     .arg(out.id, articleList(code, out.articles), articleList(code, result.articles)));
        ok = false;
    }
}

bool readCases(const QJsonArray& cases, const QString& path, const CodeOfConduct& code,
               const Questionnaire& questionnaire, JsonReader& reader, CaseLibrary& library)
{
    bool ok = true;
    QSet<QString> ids;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (!cases.at(i).isObject()) {
            reader.error(at, Text::tr("expected a case object, found %1").arg(JsonReader::typeName(cases.at(i))));
            ok = false;
            continue;
        }
        const QJsonObject c = cases.at(i).toObject();
        TrainingCase item;
        item.id = c.value(u"id").toString();
        reader.setRuleId({});
        const std::size_t before = reader.errorCount();
        reader.rejectUnknownKeys(c, at, {u"id", u"title", u"situation", u"answers", u"expect", u"notes"});
        reader.notes(c, at);
        reader.string(c, QStringLiteral("id"), at);
        if (!item.id.isEmpty() && !isValidId(item.id)) {
            reader.error(JsonReader::join(at, QStringLiteral("id")),
                         Text::tr("an id uses lower-case letters, digits, '-', '_' and '.' only, found \"%1\"")
                             .arg(shown(item.id)));
        }
        if (!item.id.isEmpty() && ids.contains(item.id)) {
            reader.error(JsonReader::join(at, QStringLiteral("id")),
                         Text::tr("case \"%1\" appears twice").arg(shown(item.id)));
        }
        ids.insert(item.id);
        item.title = reader.localized(c, QStringLiteral("title"), at);
        item.situation = reader.localized(c, QStringLiteral("situation"), at);
        // cppcheck-suppress knownConditionTrueFalse ; reader.error() adds to the diagnostics it counts
        bool caseOk = reader.errorCount() == before;
        const QJsonObject answers = reader.object(c, QStringLiteral("answers"), at);
        if (c.value(u"answers").isObject()) {
            item.given = parseAnswersObject(answers, JsonReader::join(at, QStringLiteral("answers")), questionnaire,
                                            reader, caseOk);
        } else {
            caseOk = false;
        }
        const QJsonObject expect = reader.object(c, QStringLiteral("expect"), at);
        if (caseOk && c.value(u"expect").isObject()) {
            readExpectation(expect, at, code, questionnaire, reader, item, caseOk);
        } else {
            caseOk = false;
        }
        // Any problem reported for this case, such as an unknown key, makes the case wrong.
        // cppcheck-suppress knownConditionTrueFalse ; reader.error() adds to the diagnostics it counts
        ok = ok && caseOk && reader.errorCount() == before;
        library.cases.push_back(std::move(item));
    }
    return ok;
}

} // namespace

const TrainingCase* CaseLibrary::find(QStringView id) const
{
    for (const TrainingCase& c : cases) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

std::optional<CaseLibrary> CaseLibrary::fromJson(const QJsonObject& root, const QString& file,
                                                 const CodeOfConduct& code, const Questionnaire& questionnaire,
                                                 JsonReader& reader)
{
    CaseLibrary library;
    if (!root.contains(u"cases")) {
        return library;
    }
    library.file = file;
    const QJsonArray cases = reader.array(root, QStringLiteral("cases"), {});
    if (!readCases(cases, QStringLiteral("cases"), code, questionnaire, reader, library)) {
        return std::nullopt;
    }
    return library;
}

std::optional<CaseLibrary> CaseLibrary::load(const QByteArray& json, const QString& file, const CodeOfConduct& code,
                                             const Questionnaire& questionnaire, Diagnostics& out)
{
    const JsonSource source(json, file);
    const std::optional<QJsonDocument> doc = source.parse(out);
    if (!doc) {
        return std::nullopt;
    }
    JsonReader reader(source, out);
    const std::size_t before = out.size();
    const QJsonObject root = doc->object();
    reader.rejectUnknownKeys(root, {}, {u"format", u"formatVersion", u"code", u"cases"});
    if (root.value(u"format").toString() != u"codewijzer-cases") {
        reader.error(root.contains(u"format") ? QStringLiteral("format") : QString(),
                     Text::tr(R"(expected "format": "codewijzer-cases")"));
    }
    if (root.contains(u"formatVersion") && root.value(u"formatVersion").toInt(-1) != 1) {
        reader.error(QStringLiteral("formatVersion"),
                     Text::tr("this version of Codewijzer reads format version 1 only"));
    }
    const QString codeId = reader.string(root, QStringLiteral("code"), {});
    if (!codeId.isEmpty() && codeId != code.id) {
        reader.error(QStringLiteral("code"),
                     Text::tr(R"(these cases are for code "%1", not "%2")").arg(shown(codeId), code.id));
    }
    CaseLibrary library;
    library.file = file;
    const QJsonArray cases = reader.array(root, QStringLiteral("cases"), {});
    const bool casesOk = readCases(cases, QStringLiteral("cases"), code, questionnaire, reader, library);
    // cppcheck-suppress knownConditionTrueFalse ; reader.error() adds to `out`
    if (!casesOk || out.size() != before) {
        return std::nullopt;
    }
    return library;
}

} // namespace codewijzer
