#include "TestData.h"
#include "io/JsonSource.h"

#include <QJsonDocument>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

struct Parsed
{
    Condition condition;
    Diagnostics problems;
};

Parsed parse(const char* json)
{
    const QByteArray text = QByteArray(R"({"c": )") + json + "}";
    Parsed out;
    const JsonSource source(text, QStringLiteral("condition.json"));
    const JsonReader reader(source, out.problems);
    const QJsonValue value = QJsonDocument::fromJson(text).object().value(u"c");
    out.condition = Condition::parse(value, QStringLiteral("c"), Questionnaire::builtin().questions(), reader);
    return out;
}

bool holds(const char* json, const Answers& given)
{
    const Parsed p = parse(json);
    EXPECT_TRUE(p.problems.empty()) << json << ": " << p.problems.front().toString().toStdString();
    return p.condition.holds(Questionnaire::builtin().resolve(given));
}

std::string firstProblem(const char* json)
{
    const Parsed p = parse(json);
    return p.problems.empty() ? std::string() : p.problems.front().toString().toStdString();
}

} // namespace

TEST(Conditions, IsMatchesOneOfTheOptions)
{
    const Answers publish = answers({{"activity", {"publish"}}});
    EXPECT_TRUE(holds(R"({"question": "activity", "is": ["publish", "react"]})", publish));
    EXPECT_TRUE(holds(R"({"question": "activity", "is": "publish"})", publish));
    EXPECT_FALSE(holds(R"({"question": "activity", "is": ["contact"]})", publish));
}

TEST(Conditions, HasMatchesAnyIncludedOption)
{
    const Answers a = answers({{"activity", {"publish"}}, {"content", {"about_school", "pupil_images"}}});
    EXPECT_TRUE(holds(R"({"question": "content", "has": ["pupil_images"]})", a));
    EXPECT_TRUE(holds(R"({"question": "content", "has": ["test_material", "about_school"]})", a));
    EXPECT_FALSE(holds(R"({"question": "content", "has": "test_material"})", a));
    EXPECT_FALSE(holds(R"({"question": "content", "empty": true})", a));
    EXPECT_TRUE(
        holds(R"({"question": "content", "empty": true})", answers({{"activity", {"publish"}}, {"content", {}}})));
}

TEST(Conditions, UnknownMatchesUnansweredAndTheUnknownOption)
{
    const Answers a = answers({{"activity", {"lesson"}}});
    EXPECT_TRUE(holds(R"({"question": "channel", "unknown": true})", a));
    EXPECT_TRUE(holds(R"({"question": "pupil_age", "unknown": true})", a));
    EXPECT_TRUE(holds(R"({"question": "pupil_age", "is": "unknown"})", a));
    EXPECT_FALSE(holds(R"({"question": "prominent", "unknown": true})", a)) << "not asked is not unknown";
    EXPECT_FALSE(holds(R"({"question": "prominent", "asked": true})", a));
    EXPECT_TRUE(holds(R"({"question": "prominent", "asked": false})", a));
}

TEST(Conditions, CombinesWithAllAnyAndNot)
{
    const Answers a = answers({{"activity", {"connect"}}, {"account", {"personal"}}, {"audience", {"parents"}}});
    EXPECT_TRUE(holds(R"({"all": [{"question": "activity", "is": "connect"},
                                  {"any": [{"question": "audience", "has": "pupils"},
                                           {"question": "audience", "has": "parents"}]}]})",
                      a));
    EXPECT_FALSE(holds(R"({"not": {"question": "account", "is": "personal"}})", a));
    EXPECT_TRUE(holds("true", a));
}

TEST(Conditions, CollectsTheAnswersThatMadeItHold)
{
    const Questionnaire& q = Questionnaire::builtin();
    const Parsed p = parse(R"({"all": [{"question": "activity", "is": "connect"},
                                       {"any": [{"question": "audience", "has": "pupils"},
                                                {"question": "account", "is": "school"}]}]})");
    const Answers resolved =
        q.resolve(answers({{"activity", {"connect"}}, {"audience", {"pupils"}}, {"account", {"personal"}}}));
    std::vector<int> reasons;
    p.condition.collectReasons(resolved, reasons);
    EXPECT_EQ(reasons, (std::vector<int>{q.indexOf(u"activity"), q.indexOf(u"audience")}));
}

TEST(Conditions, ReportsWhatIsWrongAndWhere)
{
    EXPECT_NE(
        firstProblem(R"({"question": "activty", "is": "publish"})").find("c.question: unknown question \"activty\""),
        std::string::npos);
    EXPECT_NE(firstProblem(R"({"question": "activity", "is": "publsh"})").find("has no option \"publsh\""),
              std::string::npos);
    EXPECT_NE(firstProblem(R"({"question": "audience", "is": "pupils"})").find("use \"has\", not \"is\""),
              std::string::npos);
    EXPECT_NE(firstProblem(R"({"question": "activity", "has": "publish"})").find("use \"is\", not \"has\""),
              std::string::npos);
    EXPECT_NE(firstProblem(R"({"question": "activity", "is": "publish", "has": "x"})").find("exactly one of"),
              std::string::npos);
    EXPECT_NE(firstProblem(R"({"all": []})").find("non-empty array"), std::string::npos);
    EXPECT_NE(firstProblem(R"({})").find("needs \"all\", \"any\", \"not\" or \"question\""), std::string::npos);
    EXPECT_NE(firstProblem("42").find("expected a condition"), std::string::npos);
    EXPECT_NE(firstProblem(R"({"question": "activity", "unknown": "yes"})").find("expected true or false"),
              std::string::npos);
    EXPECT_NE(firstProblem(R"({"question": "activity", "empty": true})").find("only applies to a several-option"),
              std::string::npos);
}

TEST(Conditions, ReportsTheLineAndColumnOfTheProblem)
{
    const Parsed p = parse("{\"all\": [\n  {\"question\": \"activity\", \"is\": \"publish\"},\n  {\"question\": \"x\", "
                           "\"is\": \"y\"}]}");
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(p.problems.front().line, 3);
    EXPECT_EQ(p.problems.front().jsonPath.toStdString(), "c.all[1].question");
}

TEST(Conditions, KnowsWhenItCanNoLongerHold)
{
    const Questionnaire& q = Questionnaire::builtin();
    const Answers publish = q.resolve(answers({{"activity", {"publish"}}}));
    const int known = q.indexOf(u"school_related"); // only the activity is known
    // "escalating" is never asked when publishing, so a rule on it cannot apply.
    EXPECT_FALSE(parse(R"({"question": "escalating", "is": "yes"})").condition.canHold(publish, known, q.questions()));
    EXPECT_TRUE(
        parse(R"({"not": {"question": "escalating", "is": "yes"}})").condition.canHold(publish, known, q.questions()));
    EXPECT_TRUE(parse(R"({"question": "channel", "is": "email"})").condition.canHold(publish, known, q.questions()));
    EXPECT_FALSE(
        parse(R"({"all": [{"question": "activity", "is": "contact"}, {"question": "channel", "is": "email"}]})")
            .condition.canHold(publish, known, q.questions()));
}
