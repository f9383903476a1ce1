#include "TestData.h"

#include <map>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

std::vector<std::string> askedIds(const Answers& given)
{
    const Questionnaire& q = Questionnaire::builtin();
    std::vector<std::string> ids;
    for (int i : q.askedQuestions(given)) {
        ids.push_back(q.question(i).id.toStdString());
    }
    return ids;
}

} // namespace

TEST(Questionnaire, HasExactlyTheQuestionsAndOptionsOfTheSpec)
{
    // questionnaire.md, in its order.
    const std::vector<std::pair<std::string, std::vector<std::string>>> spec{
        {"activity", {"publish", "contact", "connect", "react", "lesson", "report"}},
        {"school_related", {"yes", "no"}},
        {"channel", {"public", "semi_public", "direct", "group_chat", "email", "school_system"}},
        {"account", {"school", "personal"}},
        {"audience", {"pupils", "parents", "colleagues", "public"}},
        {"content",
         {"pupil_images", "personal_info", "confidential", "about_school", "negative_person", "teaching_material",
          "test_material"}},
        {"pupil_age", {"under_16", "16_or_older", "mixed", "unknown"}},
        {"consent", {"explicit", "enrolment_only", "none", "unknown"}},
        {"prominent", {"yes", "no"}},
        {"during_lesson", {"no", "yes_with_permission", "yes_without_permission"}},
        {"prior_relationship", {"yes", "no"}},
        {"leadership_exception", {"yes", "no"}},
        {"negative_post", {"yes", "no"}},
        {"reaction_purpose", {"correct_facts", "other"}},
        {"escalating", {"yes", "no"}},
    };
    const Questionnaire& q = Questionnaire::builtin();
    ASSERT_EQ(q.size(), static_cast<int>(spec.size()));
    for (int i = 0; i < q.size(); ++i) {
        const Question& question = q.question(i);
        EXPECT_EQ(question.id.toStdString(), spec[i].first);
        std::vector<std::string> options;
        for (const Option& o : question.options) {
            options.push_back(o.id.toStdString());
            EXPECT_FALSE(o.label.nl.isEmpty() || o.label.en.isEmpty()) << o.id.toStdString();
        }
        EXPECT_EQ(options, spec[i].second) << spec[i].first;
        EXPECT_FALSE(question.text.nl.isEmpty() || question.text.en.isEmpty());
        EXPECT_FALSE(question.help.nl.isEmpty() || question.help.en.isEmpty());
        EXPECT_FALSE(question.shortLabel.nl.isEmpty() || question.shortLabel.en.isEmpty());
    }
    const auto several = [&](const char* id) {
        return q.question(q.indexOf(QString::fromLatin1(id))).kind;
    };
    EXPECT_EQ(several("audience"), Question::Kind::Several);
    EXPECT_EQ(several("content"), Question::Kind::Several);
    EXPECT_EQ(several("channel"), Question::Kind::One);
}

TEST(Questionnaire, ReportAsksNothingElse)
{
    EXPECT_EQ(askedIds(answers({{"activity", {"report"}}})), std::vector<std::string>{"activity"});
}

TEST(Questionnaire, ConnectAsksAccountAudienceAndTies)
{
    EXPECT_EQ(askedIds(answers({{"activity", {"connect"}}})),
              (std::vector<std::string>{"activity", "account", "audience", "prior_relationship"}));
}

TEST(Questionnaire, PublishAsksContextAndLesson)
{
    EXPECT_EQ(askedIds(answers({{"activity", {"publish"}}, {"channel", {"public"}}})),
              (std::vector<std::string>{"activity", "school_related", "channel", "account", "audience", "content",
                                        "during_lesson"}));
}

TEST(Questionnaire, SchoolSystemsNeedNoAccount)
{
    const auto ids = askedIds(answers({{"activity", {"contact"}}, {"channel", {"school_system"}}}));
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "account"), 0);
}

TEST(Questionnaire, PupilImagesAskAgeConsentAndProminence)
{
    const auto ids = askedIds(answers({{"activity", {"publish"}}, {"content", {"pupil_images", "about_school"}}}));
    for (const char* id : {"pupil_age", "consent", "prominent"}) {
        EXPECT_EQ(std::count(ids.begin(), ids.end(), id), 1) << id;
    }
}

TEST(Questionnaire, LessonAsksAgeAndConsentButNotProminence)
{
    const auto ids = askedIds(answers({{"activity", {"lesson"}}, {"content", {}}}));
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "pupil_age"), 1);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "consent"), 1);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "prominent"), 0);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "during_lesson"), 0);
}

TEST(Questionnaire, PrivateContactWithPupilsAsksForTiesAndApproval)
{
    const auto ids = askedIds(answers(
        {{"activity", {"contact"}}, {"channel", {"direct"}}, {"account", {"personal"}}, {"audience", {"pupils"}}}));
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "prior_relationship"), 1);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "leadership_exception"), 1);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "escalating"), 1);

    const auto colleagues = askedIds(answers(
        {{"activity", {"contact"}}, {"channel", {"direct"}}, {"account", {"personal"}}, {"audience", {"colleagues"}}}));
    EXPECT_EQ(std::count(colleagues.begin(), colleagues.end(), "prior_relationship"), 0);
    EXPECT_EQ(std::count(colleagues.begin(), colleagues.end(), "leadership_exception"), 0);
}

TEST(Questionnaire, ReactionPurposeOnlyForNegativePosts)
{
    auto ids = askedIds(answers({{"activity", {"react"}}, {"negative_post", {"yes"}}}));
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "reaction_purpose"), 1);
    ids = askedIds(answers({{"activity", {"react"}}, {"negative_post", {"no"}}}));
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "reaction_purpose"), 0);
}

TEST(Questionnaire, NextQuestionFollowsTheFlow)
{
    const Questionnaire& q = Questionnaire::builtin();
    Answers given(q.questions().size());
    EXPECT_EQ(q.nextQuestion(-1, given), q.indexOf(u"activity"));
    given[q.indexOf(u"activity")] = answers({{"activity", {"connect"}}})[q.indexOf(u"activity")];
    EXPECT_EQ(q.nextQuestion(q.indexOf(u"activity"), given), q.indexOf(u"account"));
    EXPECT_EQ(q.nextQuestion(q.indexOf(u"audience"), given), q.indexOf(u"prior_relationship"));
    EXPECT_EQ(q.nextQuestion(q.indexOf(u"prior_relationship"), given), -1);
}

TEST(Questionnaire, UnansweredAskedQuestionsCountAsUnknown)
{
    const Questionnaire& q = Questionnaire::builtin();
    std::vector<int> ignored;
    const Answers resolved = q.resolve(answers({{"activity", {"lesson"}}, {"negative_post", {"yes"}}}), &ignored);
    EXPECT_EQ(resolved[q.indexOf(u"channel")], answer::Unknown);
    // pupil_age and consent offer "unknown" themselves: unanswered means that option.
    const Question& age = q.question(q.indexOf(u"pupil_age"));
    EXPECT_EQ(resolved[q.indexOf(u"pupil_age")], answer::option(age.optionIndex(u"unknown")));
    EXPECT_EQ(resolved[q.indexOf(u"negative_post")], answer::NotAsked);
    EXPECT_EQ(ignored, std::vector<int>{q.indexOf(u"negative_post")});
}

TEST(Questionnaire, DescribesAnswersInBothLanguages)
{
    const Questionnaire& q = Questionnaire::builtin();
    const int account = q.indexOf(u"account");
    const Answers a = answers({{"account", {"personal"}}});
    EXPECT_TRUE(q.describeAnswer(account, a[account], Language::English).startsWith(u"Account: My own private"));
    EXPECT_TRUE(q.describeAnswer(account, a[account], Language::Dutch).startsWith(u"Account: Mijn eigen"));
    EXPECT_EQ(q.describeValue(account, answer::Unknown, Language::English), QStringLiteral("I don't know"));
    EXPECT_EQ(q.describeValue(q.indexOf(u"content"), 0, Language::Dutch), QStringLiteral("niets hiervan"));
}

TEST(Questionnaire, RejectsAQuestionThatDependsOnALaterOne)
{
    const QByteArray json = R"({"format": "codewijzer-questionnaire",
      "labels": {"unknown": {"nl": "?", "en": "?"}, "none": {"nl": "-", "en": "-"}},
      "verdicts": {}, "pages": [{"id": "p", "title": {"nl": "p", "en": "p"}, "subtitle": {"nl": "p", "en": "p"}}],
      "questions": [
        {"id": "a", "kind": "one", "page": "p", "text": {"nl": "a", "en": "a"}, "short": {"nl": "a", "en": "a"},
         "help": {"nl": "a", "en": "a"}, "options": [{"id": "x", "label": {"nl": "x", "en": "x"}}],
         "askedWhen": {"question": "b", "is": "y"}},
        {"id": "b", "kind": "one", "page": "p", "text": {"nl": "b", "en": "b"}, "short": {"nl": "b", "en": "b"},
         "help": {"nl": "b", "en": "b"}, "options": [{"id": "y", "label": {"nl": "y", "en": "y"}}], "askedWhen": true}
      ]})";
    Diagnostics problems;
    EXPECT_FALSE(Questionnaire::load(json, QStringLiteral("q.json"), problems));
    bool found = false;
    for (const Diagnostic& d : problems) {
        found = found || d.message.contains(u"unknown question \"b\"");
    }
    EXPECT_TRUE(found) << "a question may only depend on earlier ones";
}

TEST(Questionnaire, GroupsQuestionsIntoPagesInOrder)
{
    const Questionnaire& q = Questionnaire::builtin();
    ASSERT_EQ(q.pages().size(), 8u);
    int expected = 0;
    for (std::size_t p = 0; p < q.pages().size(); ++p) {
        EXPECT_FALSE(q.pages()[p].title.nl.isEmpty() || q.pages()[p].title.en.isEmpty());
        EXPECT_LE(q.pages()[p].questions.size(), 3u) << "no more than about three questions a page";
        for (int question : q.pages()[p].questions) {
            EXPECT_EQ(question, expected++);
            EXPECT_EQ(q.pageOf(question), static_cast<int>(p));
        }
    }
    EXPECT_EQ(expected, q.size());
}

TEST(Questionnaire, ResolveAnsweredLeavesOpenQuestionsOpen)
{
    const Questionnaire& q = Questionnaire::builtin();
    const Answers a = q.resolveAnswered(answers({{"activity", {"publish"}}, {"channel", {"email"}}}));
    EXPECT_EQ(a[q.indexOf(u"school_related")], answer::NotAsked);
    EXPECT_NE(a[q.indexOf(u"channel")], answer::NotAsked);
    EXPECT_EQ(q.resolveAnswered(answers({{"activity", {"report"}}, {"channel", {"email"}}}))[q.indexOf(u"channel")],
              answer::NotAsked);
}
