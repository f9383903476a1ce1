#include "TestData.h"
#include "io/JsonIndex.h"
#include "io/JsonSource.h"
#include "io/LineCounter.h"
#include "io/Printable.h"
#include "model/AnswersFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

Diagnostics parseProblems(const QByteArray& text)
{
    Diagnostics out;
    JsonSource(text, QStringLiteral("in.json")).parse(out);
    return out;
}

// An object with `count` keys "k0", "k1", … on one line.
QByteArray manyKeys(qsizetype count, const QByteArray& more = {})
{
    QByteArray text = "{";
    for (qsizetype i = 0; i < count; ++i) {
        text += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
    }
    return text + more + "\"end\":0}";
}

} // namespace

TEST(JsonReader, FindsADuplicateKeyThatIsEscaped)
{
    const Diagnostics problems = parseProblems(R"({"rules": [{"verdict": "go", "\u0076erdict": "stop"}]})");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].message.contains(u"the key appears twice"));
    EXPECT_EQ(problems[0].jsonPath, QStringLiteral("rules[0].verdict"));
    EXPECT_EQ(problems[0].line, 1);
    EXPECT_EQ(problems[0].column, 30); // the second, escaped key
}

TEST(JsonReader, EscapedKeysAreComparedAsTheTextTheyStandFor)
{
    EXPECT_EQ(parseProblems(R"({"😀": 1, "\ud83d\ude00": 2})").size(), 1u);
    EXPECT_EQ(parseProblems(R"({"a/b": 1, "a\/b": 2})").size(), 1u);
    EXPECT_EQ(parseProblems(R"({"tab\t": 1, "tab\u0009": 2})").size(), 1u);
    EXPECT_EQ(parseProblems(R"({"a\nb": 1, "a\\nb": 2})").size(), 0u);        // a newline, and a backslash and n
    EXPECT_EQ(parseProblems(R"({"x": {"a": 1}, "y": {"a": 1}})").size(), 0u); // other objects
    EXPECT_EQ(parseProblems(R"({"x": [{"a": 1}, {"a": 1}]})").size(), 0u);
}

TEST(JsonReader, DecodesEscapesAsQJsonDocumentDoes)
{
    for (const char* raw : {"plain", R"(\u0076erdict)", R"(\"\\\/\b\f\n\r\t)", R"(\ud83d\ude00 and é)",
                            R"(\u00e9\u20AC\u0000x)", R"(\ud800 lone)"}) {
        const QString qt = QJsonDocument::fromJson(QByteArray("[\"") + raw + "\"]").array().at(0).toString();
        EXPECT_EQ(decodeJsonString(raw), qt) << raw;
    }
}

TEST(JsonReader, AnAnswersFileCannotNameItsCodeTwice)
{
    Diagnostics problems;
    const auto parsed = AnswersFile::parse(R"({"code": "mondia", "\u0063ode": "dunamare",
                                                 "answers": {"activity": "report"}})",
                                           QStringLiteral("a.codewijzer"), Questionnaire::builtin(), problems);
    EXPECT_FALSE(parsed);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].jsonPath, QStringLiteral("code"));
}

TEST(JsonReader, FindsEveryDuplicateAmongManyKeys)
{
    // A quadratic scan takes minutes here; this one a fraction of a second.
    const QByteArray text = manyKeys(200'000, "\"k5\":1,\"k199999\":2,");
    const Diagnostics problems = parseProblems(text);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].jsonPath, QStringLiteral("k5"));
    EXPECT_EQ(problems[1].jsonPath, QStringLiteral("k199999"));
    EXPECT_EQ(problems[1].column, text.indexOf("\"k199999\":2") + 1);
}

TEST(JsonReader, LocatesEveryErrorOnALongLine)
{
    // One line, as a minified file has it: a column counted from the line's start for every error
    // would be quadratic.
    QByteArray text = "{";
    QHash<QString, int> columns;
    for (int i = 0; i < 50'000; ++i) {
        const QByteArray key = "k" + QByteArray::number(i);
        text += '"' + key + "\":";
        columns.insert(QString::fromLatin1(key), static_cast<int>(text.size()) + 1);
        text += QByteArray::number(i) + ',';
    }
    text += "\"end\":0}";
    const JsonSource source(text, QStringLiteral("in.json"));
    Diagnostics problems;
    const auto doc = source.parse(problems);
    ASSERT_TRUE(doc);
    const JsonReader reader(source, problems);
    reader.rejectUnknownKeys(doc->object(), {}, {u"end"});
    ASSERT_EQ(problems.size(), 50'000u);
    for (const Diagnostic& d : problems) {
        ASSERT_EQ(d.line, 1);
        ASSERT_EQ(d.column, columns.value(d.jsonPath)) << d.jsonPath.toStdString();
    }
}

TEST(JsonReader, FindsThePlaceOfAPathOrOfTheNearestEnclosingOne)
{
    const QByteArray text = "{\n  \"rules\": [\n    {\"id\": \"a\"},\n    {\"when\": {\"a.b\": [1, \"x\"]}}\n  ]\n}";
    const JsonSource source(text, QStringLiteral("in.json"));
    Diagnostics ignored;
    ASSERT_TRUE(source.parse(ignored));
    EXPECT_EQ(source.placeOf(u"rules"), std::pair(2, 12));
    EXPECT_EQ(source.placeOf(u"rules[0].id"), std::pair(3, 12));
    EXPECT_EQ(source.placeOf(u"rules[1].when.a.b[1]"), std::pair(4, 26)); // a key with a dot in it
    EXPECT_EQ(source.placeOf(u"rules[1].when.missing"), std::pair(4, 14));
    EXPECT_EQ(source.placeOf(u"nothing.at.all"), std::pair(1, 1));
}

TEST(JsonReader, CountsColumnsInCharactersAndLinesAcrossTheText)
{
    LineCounter lines("ab\néé\nx");
    EXPECT_EQ(lines.at(0), std::pair(1, 1));
    EXPECT_EQ(lines.at(3), std::pair(2, 1));
    EXPECT_EQ(lines.at(7), std::pair(2, 3)); // after two two-byte characters
    EXPECT_EQ(lines.at(8), std::pair(3, 1));
    EXPECT_EQ(lines.at(1), std::pair(1, 2)); // backwards: counted again from the top
}

TEST(JsonReader, AHugeKeyGivesAShortLine)
{
    const QString key(7 * 1024 * 1024, u'k');
    QJsonObject code =
        QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")))).object();
    code.insert(key, 1);
    Diagnostics problems;
    CodeOfConduct::load(QJsonDocument(code).toJson(QJsonDocument::Compact), QStringLiteral("big.json"),
                        Questionnaire::builtin(), problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_LT(problems[0].jsonPath.size(), 200);
    EXPECT_LT(problems[0].message.size(), 200);
    const QString line = problems[0].toString();
    EXPECT_LT(line.size(), 400) << line.left(400).toStdString();
    EXPECT_TRUE(line.contains(u"…(7340032 characters)")) << line.toStdString();
}

TEST(JsonReader, ADiagnosticIsOneLineWithItsControlCharactersShown)
{
    const Diagnostic d{QStringLiteral("in\n.json"),
                       3,
                       7,
                       QStringLiteral("rules[0].\u001b]0;owned\u0007x"),
                       QStringLiteral("id\r\nfake.json:1:1: error"),
                       QStringLiteral("unknown \"a\tb\u0000c\u007f\u0085\u2028\u202e\u2066\"")};
    const QString line = d.toString();
    for (const char16_t c :
         {u'\n', u'\r', u'\t', u'\0', u'\u001b', u'\u0007', u'\u007f', u'\u0085', u'\u2028', u'\u202e', u'\u2066'}) {
        EXPECT_FALSE(line.contains(QChar(c))) << int(c);
    }
    EXPECT_EQ(line, QStringLiteral("in\\n.json:3:7: rules[0].\\u001b]0;owned\\u0007x (rule 'id\\r\\nfake.json:1:1: "
                                   "error'): unknown \"a\\tb\\u0000c\\u007f\\u0085\\u2028\\u202e\\u2066\""));
}

TEST(JsonReader, APercentSignInTheDataStaysAsItIs)
{
    const Diagnostic d{QStringLiteral("%1.json"),
                       1,
                       2,
                       QStringLiteral("a%2"),
                       QStringLiteral("%3"),
                       QStringLiteral("unknown key \"%1%2\"")};
    EXPECT_EQ(d.toString(), QStringLiteral("%1.json:1:2: a%2 (rule '%3'): unknown key \"%1%2\""));
    Diagnostics problems;
    const JsonSource source(R"({"%1": 1})", QStringLiteral("x%1"));
    const auto doc = source.parse(problems);
    JsonReader(source, problems).rejectUnknownKeys(doc->object(), {}, {});
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].toString(), QStringLiteral("x%1:1:8: %1: unknown key \"%1\""));
}

TEST(JsonReader, ShowsALongValueCutWithItsLength)
{
    EXPECT_EQ(shown(u"short"), QStringLiteral("short"));
    const QString cut = shown(QString(100, u'a'));
    EXPECT_EQ(cut, QString(80, u'a') + QStringLiteral("…(100 characters)"));
    // A character of two UTF-16 units is not split.
    const QString emoji = QString(79, u'a') + QStringLiteral("😀") + QString(20, u'b');
    EXPECT_EQ(shown(emoji), QString(79, u'a') + QStringLiteral("…(101 characters)"));
    EXPECT_EQ(printable(u"é😀ü"), QStringLiteral("é😀ü"));
}
