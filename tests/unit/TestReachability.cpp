// The verdicts still possible for answers given so far, checked against a plain walk of every way
// the open questions can be answered, and on the class-photo path of the wizard.

#include "TestData.h"
#include "model/AnswersFile.h"
#include "rules/Evaluator.h"
#include "rules/Reachability.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

// Every completion of `given`, evaluated; nullopt when there are more than `limit` of them.
std::optional<unsigned> bruteForce(const CodeOfConduct& code, const Answers& given, std::size_t limit)
{
    const Questionnaire& q = Questionnaire::builtin();
    Answers values(q.questions().size());
    unsigned found = 0;
    std::size_t leaves = 0;
    std::function<bool(int)> walk = [&](int depth) {
        if (depth == q.size()) {
            found |= 1U << severity(evaluate(code, q, values).verdict);
            return ++leaves <= limit;
        }
        std::vector<AnswerValue> options{answer::NotAsked};
        if (q.isAsked(depth, values)) {
            options = given[depth] != answer::NotAsked ? std::vector<AnswerValue>{given[depth]}
                                                       : q.question(depth).possibleAnswers();
        }
        for (AnswerValue value : options) {
            values[depth] = value;
            if (!walk(depth + 1)) {
                return false;
            }
        }
        values[depth] = answer::NotAsked;
        return true;
    };
    if (!walk(0)) {
        return std::nullopt;
    }
    return found;
}

class ReachabilityOfScenario : public testing::TestWithParam<std::string>
{
};

} // namespace

// For every scenario, and every point on the way through its answers (the first k questions it
// asks answered), the verdicts left are exactly those of a plain walk, wherever that walk is small
// enough to run.
TEST_P(ReachabilityOfScenario, MatchesAPlainWalkOfEveryCompletion)
{
    const QByteArray json = readFile(sourcePath(QString::fromStdString(GetParam())));
    Diagnostics problems;
    const auto file = AnswersFile::parse(json, QStringLiteral("scenario"), Questionnaire::builtin(), problems);
    ASSERT_TRUE(file);
    const CodeOfConduct code = builtinCode(file->code);
    const Questionnaire& q = Questionnaire::builtin();
    const VerdictReach reach(code, q);
    const std::vector<int> asked = q.askedQuestions(file->given);
    int compared = 0;
    for (std::size_t k = 0; k <= asked.size(); ++k) {
        Answers prefix(q.questions().size());
        for (std::size_t i = 0; i < k; ++i) {
            prefix[asked[i]] = file->given[asked[i]];
        }
        const std::optional<unsigned> expected = bruteForce(code, prefix, 20000);
        if (!expected) {
            continue;
        }
        ++compared;
        EXPECT_EQ(reach.of(prefix).verdicts, *expected) << "after " << k << " answers";
    }
    EXPECT_GT(compared, 0);
    // Every question answered ("I don't know" where the file leaves one out): one verdict.
    const ReachableVerdicts whole = reach.of(q.resolve(file->given));
    ASSERT_TRUE(whole.settled());
    EXPECT_EQ(*whole.settled(), evaluate(code, q, q.resolve(file->given)).verdict);
    EXPECT_EQ(whole.openQuestions, 0);
}

INSTANTIATE_TEST_SUITE_P(Scenarios, ReachabilityOfScenario,
                         testing::ValuesIn(jsonFiles(QStringLiteral("tests/scenarios"))),
                         [](const testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param.substr(info.param.rfind('/') + 1);
                             name = name.substr(0, name.size() - 5);
                             for (char& c : name) {
                                 c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             }
                             return name;
                         });

// The wizard's class photo: a bold "Go" was shown for three pages before age and consent were asked.
TEST(Reachability, AClassPhotoHasNoVerdictUntilAgeAndConsentAreKnown)
{
    const CodeOfConduct code = builtinCode(QStringLiteral("mondia"));
    const VerdictReach reach(code, Questionnaire::builtin());
    const ReachableVerdicts early = reach.of(answers({{"activity", {"publish"}},
                                                      {"school_related", {"yes"}},
                                                      {"channel", {"public"}},
                                                      {"account", {"school"}},
                                                      {"audience", {"public", "parents"}},
                                                      {"content", {"pupil_images"}}}));
    EXPECT_FALSE(early.settled());
    EXPECT_TRUE(early.contains(Verdict::Go));
    EXPECT_TRUE(early.contains(Verdict::CheckFirst));
    EXPECT_EQ(early.openQuestions, 3) << "consent, prominent and the lesson: Mondia does not ask the age";
    const ReachableVerdicts done = reach.of(classPhotoUnder16("enrolment_only"));
    ASSERT_TRUE(done.settled());
    EXPECT_EQ(*done.settled(), Verdict::Go);
}

// Once a stop applies, nothing later can make it less strict: the verdict stands before the rest.
TEST(Reachability, AStopIsSettledAtOnce)
{
    const CodeOfConduct code = builtinCode(QStringLiteral("dunamare"));
    const VerdictReach reach(code, Questionnaire::builtin());
    const ReachableVerdicts result = reach.of(answers({{"activity", {"connect"}},
                                                       {"account", {"personal"}},
                                                       {"audience", {"pupils"}},
                                                       {"prior_relationship", {"no"}}}));
    ASSERT_TRUE(result.settled());
    EXPECT_EQ(*result.settled(), Verdict::Stop);
}
