#include "TestData.h"
#include "io/JsonSlips.h"
#include "io/JsonSource.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTemporaryDir>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

// The one line the loader says about a code file with this text, named school.json.
std::string problemOf(const QByteArray& text)
{
    Diagnostics problems;
    EXPECT_FALSE(CodeOfConduct::load(text, QStringLiteral("school.json"), Questionnaire::builtin(), problems));
    EXPECT_EQ(problems.size(), 1u);
    return problems.empty() ? std::string() : problems.front().toString().toStdString();
}

} // namespace

TEST(JsonSlips, CurlyQuotesAsWordWritesThem)
{
    EXPECT_EQ(problemOf("{\n  \xE2\x80\x9C"
                        "format\xE2\x80\x9D: \"codewijzer-code\"\n}"),
              "school.json:2:3: \xE2\x80\x9C is a curly quote: JSON needs straight double quotes (\"); replace it, "
              "and turn off smart quotes in your editor");
}

TEST(JsonSlips, ACurlyQuoteClosingAStraightOne)
{
    EXPECT_EQ(problemOf("{\n  \"format\xE2\x80\x9D: \"codewijzer-code\"\n}"),
              "school.json:2:10: \xE2\x80\x9D is a curly quote: JSON needs straight double quotes (\"); replace it, "
              "and turn off smart quotes in your editor");
}

TEST(JsonSlips, CurlyQuotesInsideAStringAreText)
{
    Diagnostics problems;
    JsonSource(QByteArray("{\"text\": \"Hij zei \xE2\x80\x9Cja\xE2\x80\x9D, en \xE2\x80\x98nee\xE2\x80\x99.\"}"),
               QStringLiteral("school.json"))
        .parse(problems);
    EXPECT_TRUE(problems.empty());
}

TEST(JsonSlips, ALineComment)
{
    EXPECT_EQ(problemOf("{\n  \"format\": \"codewijzer-code\", // our code\n  \"id\": \"x\"\n}"),
              "school.json:2:32: JSON has no comments (//): remove the comment, or put its text in a \"notes\" field");
}

TEST(JsonSlips, ABlockComment)
{
    EXPECT_EQ(problemOf("/* Code of the school */\n{\"format\": \"codewijzer-code\"}"),
              "school.json:1:1: JSON has no comments (/* */): remove the comment, or put its text in a \"notes\" "
              "field");
}

TEST(JsonSlips, ATrailingCommaInAnObject)
{
    EXPECT_EQ(problemOf("{\n  \"format\": \"codewijzer-code\",\n  \"id\": \"x\",\n}"),
              "school.json:3:12: a comma before } with nothing after it: remove this comma");
}

TEST(JsonSlips, ATrailingCommaInAnArray)
{
    EXPECT_EQ(problemOf("{\"articles\": [\"1\", \"2\",\n]}"),
              "school.json:1:23: a comma before ] with nothing after it: remove this comma");
}

TEST(JsonSlips, ADoubleComma)
{
    EXPECT_EQ(problemOf("{\n  \"format\": \"codewijzer-code\",,\n  \"id\": \"x\"\n}"),
              "school.json:2:31: two commas in a row: remove one");
    EXPECT_EQ(problemOf("{\"articles\": [\"1\",, \"2\"]}"), "school.json:1:19: two commas in a row: remove one");
}

TEST(JsonSlips, AnUnquotedKey)
{
    EXPECT_EQ(problemOf("{\n  \"title\": {nl: \"Gedragscode\"}\n}"),
              "school.json:2:13: the key nl is not in quotes: write \"nl\"");
}

TEST(JsonSlips, SingleQuotedStrings)
{
    EXPECT_EQ(problemOf("{\n  \"id\": 'mijnschool'\n}"),
              "school.json:2:9: a string in single quotes ('...'): JSON needs double quotes (\"...\")");
    EXPECT_EQ(problemOf("{'id': \"x\"}"),
              "school.json:1:2: a string in single quotes ('...'): JSON needs double quotes (\"...\")");
}

TEST(JsonSlips, AMissingCommaBetweenMembers)
{
    EXPECT_EQ(problemOf("{\n  \"format\": \"codewijzer-code\"\n  \"id\": \"x\"\n}"),
              "school.json:3:3: a comma is missing before this: add a ',' after what comes before it");
}

TEST(JsonSlips, AMissingCommaBetweenElements)
{
    EXPECT_EQ(problemOf("{\"articles\": [\"1\" \"2\"]}"),
              "school.json:1:19: a comma is missing before this: add a ',' after what comes before it");
    EXPECT_EQ(problemOf("{\"rules\": [{\"id\": \"a\"}\n  {\"id\": \"b\"}]}"),
              "school.json:2:3: a comma is missing before this: add a ',' after what comes before it");
}

TEST(JsonSlips, OtherSlipsSayTheirFixToo)
{
    EXPECT_EQ(problemOf("{\"id\": publish}"),
              "school.json:1:8: publish is not a JSON value: put text in double quotes (\"publish\")");
    EXPECT_EQ(problemOf("{\"a\": True}"), "school.json:1:7: write True in lower case: true");
    EXPECT_EQ(problemOf("{\"a\": 01}"),
              "school.json:1:7: 01 is not a number as JSON writes one (such as 12, -3 or 1.5); put text in double "
              "quotes");
    EXPECT_EQ(problemOf("{\"text\": \"open"), "school.json:1:10: this string is not closed: add a \" at its end");
    EXPECT_EQ(problemOf("{\"a\": 1,\n \"b\": [1, 2"),
              "school.json:2:7: the file ends before this array is closed: add its ]");
    EXPECT_EQ(problemOf("{\"a\": \n"),
              "school.json:1:6: the file ends in the middle of a value: the rest of the file is missing");
    EXPECT_EQ(problemOf("{\"a\": [1}"), "school.json:1:9: } closes nothing here: this part ends with ]");
    EXPECT_EQ(problemOf("{\"a\": 1} x"), "school.json:1:10: more text after the end of the JSON object: remove it");
    EXPECT_EQ(problemOf("{\"a\"\xC2\xA0: 1}"),
              "school.json:1:5: a non-breaking space: replace it with an ordinary space");
    EXPECT_EQ(problemOf("{\"a\" 1}"), "school.json:1:6: unexpected 1: expected ':' after the key");
}

TEST(JsonSlips, AFileOnDiskIsNamedByItsPath)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mijnschool.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"codewijzer-code\",\n  \"id\": \"x\",,\n}\n");
    file.close();
    Diagnostics problems;
    EXPECT_FALSE(codeFromFile(path, problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().toString(),
              QDir::toNativeSeparators(path) + QStringLiteral(":3:13: two commas in a row: remove one"));
}

TEST(JsonSlips, TheSlipIsFoundInTimeLinearInTheText)
{
    // A long file with its slip at the end: one walk, no backtracking.
    QByteArray text = "{\"a\": [";
    for (int i = 0; i < 200000; ++i) {
        text += "\"x\", ";
    }
    text += "\"x\",]}";
    const std::string problem = problemOf(text);
    EXPECT_NE(problem.find("a comma before ] with nothing after it"), std::string::npos) << problem;
}

TEST(JsonSlips, FindsNothingInTheProgramsOwnFiles)
{
    // The walk must never see a slip where QJsonDocument sees none: every data file of the program.
    std::vector<std::string> files = {"resources/questionnaire.json"};
    for (const char* folder : {"resources/codes", "resources/cases", "docs/examples", "tests/data/codes"}) {
        const std::vector<std::string> more = jsonFiles(QString::fromLatin1(folder));
        files.insert(files.end(), more.begin(), more.end());
    }
    ASSERT_GE(files.size(), 6u);
    for (const std::string& name : files) {
        const QByteArray text = readFile(sourcePath(QString::fromStdString(name)));
        const std::optional<JsonSlip> slip = findJsonSlip(text);
        EXPECT_FALSE(slip) << name << ": " << (slip ? slip->message.toStdString() : std::string());
    }
    EXPECT_FALSE(findJsonSlip(R"({"a": [1, -2.5e+3, true, false, null, {"b": "\u00e9\n\"x\""}], "c": {}})"));
}

TEST(JsonSlips, NamesEveryMutilationOfTheExampleNoLaterThanTheParserDoes)
{
    // The example with one byte removed, doubled or replaced by a character that people slip with:
    // wherever QJsonDocument refuses it, the walk names a slip, at or before the parser's place.
    const QByteArray example = readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")));
    const QByteArray slips[] = {",", "\"", "'", "}", "]", "{", ":", "/", "x", "\xE2\x80\x9D"};
    quint32 seed = 12345;
    const auto next = [&seed] {
        return seed = seed * 1103515245u + 12345u;
    };
    int refused = 0;
    for (int i = 0; i < 5000; ++i) {
        QByteArray text = example;
        const qsizetype at = static_cast<qsizetype>((next() >> 8) % static_cast<quint32>(text.size()));
        switch ((next() >> 8) % 3) {
        case 0:
            text.remove(at, 1);
            break;
        case 1:
            text.insert(at, text.at(at));
            break;
        default:
            text.replace(at, 1, slips[(next() >> 8) % std::size(slips)]);
        }
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        if (error.error == QJsonParseError::NoError || error.error == QJsonParseError::IllegalUTF8String) {
            continue; // a cut UTF-8 character: JsonSource says so itself
        }
        ++refused;
        const std::optional<JsonSlip> slip = findJsonSlip(text);
        ASSERT_TRUE(slip) << "no slip found where the parser says " << error.errorString().toStdString() << ": "
                          << text.mid(error.offset - 30, 60).toStdString();
        EXPECT_LE(slip->offset, error.offset) << slip->message.toStdString() << "\n" << text.toStdString();
    }
    EXPECT_GT(refused, 1000);
}
