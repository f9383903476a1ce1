#include "TestData.h"
#include "model/AnswersFile.h"

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

std::string problemOf(const QByteArray& json)
{
    Diagnostics problems;
    const auto file = AnswersFile::parse(json, QStringLiteral("answers.json"), Questionnaire::builtin(), problems);
    EXPECT_FALSE(file.has_value()) << json.toStdString();
    return problems.empty() ? std::string() : problems.front().toString().toStdString();
}

} // namespace

TEST(AnswersFile, ReadsTheFormatOfCliMd)
{
    Diagnostics problems;
    const auto file = AnswersFile::parse(readFile(sourcePath(QStringLiteral("resources/examples/"
                                                                            "school-photo-16plus.mondia.json"))),
                                         QStringLiteral("x"), Questionnaire::builtin(), problems);
    ASSERT_TRUE(file) << problems.front().toString().toStdString();
    EXPECT_EQ(file->code, QStringLiteral("mondia"));
    const Questionnaire& q = Questionnaire::builtin();
    EXPECT_EQ(file->given[q.indexOf(u"audience")],
              answers({{"audience", {"public", "parents"}}})[q.indexOf(u"audience")]);
    EXPECT_EQ(file->given[q.indexOf(u"escalating")], answer::NotAsked);
}

TEST(AnswersFile, WritesWhatItReads)
{
    Diagnostics problems;
    const QByteArray original = readFile(sourcePath(QStringLiteral("resources/examples/school-news.dunamare.json")));
    const auto file = AnswersFile::parse(original, QStringLiteral("x"), Questionnaire::builtin(), problems);
    ASSERT_TRUE(file);
    const auto again = AnswersFile::parse(file->toJson(Questionnaire::builtin()), QStringLiteral("y"),
                                          Questionnaire::builtin(), problems);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->given, file->given);
    EXPECT_EQ(again->code, file->code);
}

TEST(AnswersFile, AcceptsAByteOrderMarkAndAnEmptyContentList)
{
    Diagnostics problems;
    const auto file = AnswersFile::parse("\xEF\xBB\xBF{\"answers\": {\"activity\": \"publish\", \"content\": []}}",
                                         QStringLiteral("x"), Questionnaire::builtin(), problems);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->given[Questionnaire::builtin().indexOf(u"content")], 0u);
}

TEST(AnswersFile, RefusesBadInputWithItsPlace)
{
    EXPECT_NE(problemOf("{\"answers\": {\n  \"activity\": \"publish\",\n}}")
                  .find("answers.json:2:24: a comma before } with nothing after it: remove this comma"),
              std::string::npos);
    EXPECT_NE(problemOf(R"({"code": "dunamare"})").find("missing \"answers\""), std::string::npos);
    EXPECT_NE(problemOf(R"({"answers": {"channel": "public"}})").find("missing \"activity\""), std::string::npos);
    EXPECT_NE(problemOf(R"({"answers": {"activity": "publish", "colour": "red"}})")
                  .find("answers.colour: unknown question \"colour\""),
              std::string::npos);
    EXPECT_NE(problemOf(R"({"answers": {"activity": "blog"}})").find("\"blog\" is not an option of \"activity\""),
              std::string::npos);
    EXPECT_NE(problemOf(R"({"answers": {"activity": ["publish"]}})").find("takes one option as a string"),
              std::string::npos);
    EXPECT_NE(
        problemOf(R"({"answers": {"activity": "publish", "audience": "public"}})").find("takes an array of options"),
        std::string::npos);
    EXPECT_NE(problemOf(R"({"answers": {"activity": "publish", "audience": []}})").find("needs at least 1 option"),
              std::string::npos);
    EXPECT_NE(
        problemOf(R"({"answers": {"activity": "publish", "audience": ["public", "public"]}})").find("listed twice"),
        std::string::npos);
    EXPECT_NE(problemOf(R"({"code": 7, "answers": {"activity": "publish"}})").find("expected a code id as a string"),
              std::string::npos);
    EXPECT_NE(problemOf(R"({"answers": {"activity": 3}})").find("found a number"), std::string::npos);
    EXPECT_NE(problemOf("").find("the file is empty"), std::string::npos);
}

TEST(AnswersFile, ReportsEveryProblemNotOnlyTheFirst)
{
    Diagnostics problems;
    AnswersFile::parse(R"({"answers": {"activity": "blog", "colour": "red", "audience": "all"}})", QStringLiteral("x"),
                       Questionnaire::builtin(), problems);
    EXPECT_EQ(problems.size(), 3u);
}
