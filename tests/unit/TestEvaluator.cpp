#include "TestData.h"
#include "rules/Evaluator.h"

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

Evaluation run(const char* code, const Answers& given)
{
    static const CodeOfConduct dunamare = builtinCode(QStringLiteral("dunamare"));
    static const CodeOfConduct mondia = builtinCode(QStringLiteral("mondia"));
    const Questionnaire& q = Questionnaire::builtin();
    return evaluate(std::string(code) == "dunamare" ? dunamare : mondia, q, q.resolve(given));
}

std::vector<std::string> ruleIds(const char* code, const Evaluation& e)
{
    const CodeOfConduct c = builtinCode(QString::fromLatin1(code));
    std::vector<std::string> ids;
    for (const AdviceItem& item : e.advice) {
        ids.push_back(c.rules[static_cast<std::size_t>(item.rule)].id.toStdString());
    }
    return ids;
}

Answers privatePostDuringLesson()
{
    return answers({{"activity", {"publish"}},
                    {"school_related", {"no"}},
                    {"channel", {"semi_public"}},
                    {"account", {"personal"}},
                    {"audience", {"colleagues"}},
                    {"content", {}},
                    {"during_lesson", {"yes_without_permission"}}});
}

} // namespace

TEST(Evaluator, StrictestVerdictWinsAndItsAdviceComesFirst)
{
    const Evaluation e = run("dunamare", answers({{"activity", {"publish"}},
                                                  {"school_related", {"yes"}},
                                                  {"channel", {"public"}},
                                                  {"account", {"school"}},
                                                  {"audience", {"public"}},
                                                  {"content", {"pupil_images", "negative_person"}},
                                                  {"pupil_age", {"under_16"}},
                                                  {"consent", {"explicit"}},
                                                  {"prominent", {"no"}},
                                                  {"during_lesson", {"no"}}}));
    EXPECT_EQ(e.verdict, Verdict::Stop);
    ASSERT_FALSE(e.advice.empty());
    EXPECT_EQ(e.advice.front().verdict, Verdict::Stop);
    for (std::size_t i = 1; i < e.advice.size(); ++i) {
        EXPECT_GE(e.advice[i - 1].verdict, e.advice[i].verdict);
    }
}

TEST(Evaluator, OutOfScopeAdviceOnlyWhenNothingElseApplies)
{
    const Evaluation e = run("dunamare", privatePostDuringLesson());
    EXPECT_EQ(e.verdict, Verdict::Stop);
    EXPECT_EQ(ruleIds("dunamare", e), std::vector<std::string>{"lesson-time-without-permission"});

    Answers outside = privatePostDuringLesson();
    outside[Questionnaire::builtin().indexOf(u"during_lesson")] =
        answers({{"during_lesson", {"no"}}})[Questionnaire::builtin().indexOf(u"during_lesson")];
    const Evaluation private_ = run("dunamare", outside);
    EXPECT_EQ(private_.verdict, Verdict::OutOfScope);
    EXPECT_EQ(ruleIds("dunamare", private_), std::vector<std::string>{"scope-private"});
}

TEST(Evaluator, CitesEachArticleOnceInTheCodesOrder)
{
    const Evaluation e = run("dunamare", answers({{"activity", {"react"}},
                                                  {"school_related", {"yes"}},
                                                  {"channel", {"public"}},
                                                  {"account", {"personal"}},
                                                  {"audience", {"public"}},
                                                  {"content", {"about_school"}},
                                                  {"during_lesson", {"no"}},
                                                  {"negative_post", {"yes"}},
                                                  {"reaction_purpose", {"other"}},
                                                  {"escalating", {"yes"}}}));
    ASSERT_GT(e.articles.size(), 3u);
    for (std::size_t i = 1; i < e.articles.size(); ++i) {
        EXPECT_LT(e.articles[i - 1], e.articles[i]);
    }
}

TEST(Evaluator, SaysWhichAnswersMadeEachAdviceApply)
{
    const Questionnaire& q = Questionnaire::builtin();
    const Evaluation e = run("mondia", answers({{"activity", {"connect"}},
                                                {"account", {"personal"}},
                                                {"audience", {"pupils", "colleagues"}},
                                                {"prior_relationship", {"no"}}}));
    ASSERT_EQ(e.advice.size(), 1u);
    EXPECT_EQ(e.advice[0].because, (std::vector<int>{q.indexOf(u"activity"), q.indexOf(u"account"),
                                                     q.indexOf(u"audience"), q.indexOf(u"prior_relationship")}));
}

TEST(Evaluator, BecauseNeverNamesAQuestionThatWasNotAsked)
{
    const Evaluation e = run("dunamare", answers({{"activity", {"lesson"}},
                                                  {"channel", {"school_system"}},
                                                  {"audience", {"pupils"}},
                                                  {"content", {"negative_person"}},
                                                  {"pupil_age", {"16_or_older"}},
                                                  {"consent", {"explicit"}}}));
    for (const AdviceItem& item : e.advice) {
        for (int q : item.because) {
            EXPECT_NE(e.answers[q], answer::NotAsked) << Questionnaire::builtin().question(q).id.toStdString();
        }
    }
}

TEST(Evaluator, UnansweredQuestionsCountAsIDontKnow)
{
    const Questionnaire& q = Questionnaire::builtin();
    const Evaluation e = run("mondia", answers({{"activity", {"contact"}}, {"audience", {"parents"}}}));
    EXPECT_EQ(e.verdict, Verdict::CheckFirst);
    EXPECT_NE(std::find(e.unknown.begin(), e.unknown.end(), q.indexOf(u"channel")), e.unknown.end());
    EXPECT_NE(std::find(e.unknown.begin(), e.unknown.end(), q.indexOf(u"content")), e.unknown.end());
}

TEST(Evaluator, EveryAdviceRestsOnAnArticle)
{
    for (const char* code : {"dunamare", "mondia"}) {
        for (const char* activity : {"publish", "contact", "connect", "react", "lesson", "report"}) {
            const Evaluation e = run(code, answers({{"activity", {activity}}}));
            EXPECT_FALSE(e.articles.empty()) << code << " " << activity;
            EXPECT_FALSE(e.advice.empty()) << code << " " << activity;
        }
    }
}

TEST(Evaluator, TheCodesDifferWhereTheirTextsDiffer)
{
    // The same answers, two codes: Dunamare bans 'friends' with parents, Mondia is silent on them.
    const Answers parent = answers({{"activity", {"connect"}},
                                    {"account", {"personal"}},
                                    {"audience", {"parents"}},
                                    {"prior_relationship", {"no"}}});
    EXPECT_EQ(run("dunamare", parent).verdict, Verdict::Stop);
    EXPECT_EQ(run("mondia", parent).verdict, Verdict::Go);

    // Mondia relies on enrolment consent; Dunamare wants explicit consent first.
    const Answers photo = classPhotoUnder16("enrolment_only");
    EXPECT_EQ(run("dunamare", photo).verdict, Verdict::CheckFirst);
    EXPECT_EQ(run("mondia", photo).verdict, Verdict::Go);
}
