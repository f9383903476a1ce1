#include "EveryCombination.h"
#include "TestData.h"
#include "ToyQuestionnaire.h"
#include "rules/Evaluator.h"
#include "rules/Verifier.h"

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

// Every combination, one at a time, through the evaluator: slow, obviously right.
VerifyReport bruteForce(const CodeOfConduct& code, const Questionnaire& q)
{
    VerifyReport report;
    std::vector<bool> cited(code.articles.size()), fired(code.rules.size());
    forEveryCombination(q, [&](const Answers& values) {
        const Evaluation e = evaluate(code, q, values);
        ++report.combinations;
        for (std::size_t r = 0; r < code.rules.size(); ++r) {
            fired[r] = fired[r] || code.rules[r].when.holds(values);
        }
        if (!e.anyRuleApplied) {
            ++report.withoutVerdict;
            ++report.withoutArticle;
            return;
        }
        ++report.verdicts[static_cast<std::size_t>(severity(e.verdict))];
        for (int a : e.articles) {
            cited[static_cast<std::size_t>(a)] = true;
        }
    });
    for (std::size_t a = 0; a < cited.size(); ++a) {
        if (!cited[a]) {
            report.unreachedArticles.push_back(static_cast<int>(a));
        }
    }
    for (std::size_t r = 0; r < fired.size(); ++r) {
        if (!fired[r]) {
            report.unfiredRules.push_back(static_cast<int>(r));
        }
    }
    return report;
}

} // namespace

TEST(Verifier, CountsExactlyWhatABruteForceWalkCounts)
{
    Diagnostics problems;
    const auto q = Questionnaire::load(kToyQuestionnaire, QStringLiteral("toy-questionnaire"), problems);
    ASSERT_TRUE(q) << problems.front().toString().toStdString();
    const auto code = CodeOfConduct::load(kToyCode, QStringLiteral("toy-code"), *q, problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();

    const VerifyReport fast = verify(*code, *q);
    const VerifyReport slow = bruteForce(*code, *q);
    EXPECT_EQ(fast.combinations, slow.combinations);
    EXPECT_EQ(fast.verdicts, slow.verdicts);
    EXPECT_EQ(fast.withoutVerdict, slow.withoutVerdict);
    EXPECT_EQ(fast.withoutArticle, slow.withoutArticle);
    EXPECT_EQ(fast.unreachedArticles, slow.unreachedArticles);
    EXPECT_EQ(fast.unfiredRules, slow.unfiredRules);

    // What the toy code is built to show: gaps, an unreached article and a rule that never applies.
    EXPECT_GT(fast.withoutVerdict, 0u);
    EXPECT_FALSE(fast.ok());
    EXPECT_FALSE(fast.examples.empty());
    EXPECT_EQ(fast.unreachedArticles, std::vector<int>{3});
    EXPECT_EQ(fast.unfiredRules, std::vector<int>{5});
}

TEST(Verifier, BuiltInCodesCoverEveryCombination)
{
    for (const QString& id : CodeSource::builtinIds()) {
        const VerifyReport report = verify(builtinCode(id), Questionnaire::builtin());
        EXPECT_TRUE(report.ok()) << id.toStdString();
        EXPECT_GT(report.combinations, 1'000'000u);
        std::uint64_t sum = 0;
        for (std::uint64_t n : report.verdicts) {
            sum += n;
        }
        EXPECT_EQ(sum, report.combinations);
        for (std::uint64_t n : report.verdicts) {
            EXPECT_GT(n, 0u) << id.toStdString() << ": every verdict occurs";
        }
    }
}

TEST(Verifier, FindsTheGapsInACodeThatLeavesSome)
{
    Diagnostics problems;
    const auto code = codeFromFile(sourcePath(QStringLiteral("tests/data/codes/with-gaps.json")), problems);
    ASSERT_TRUE(code);
    const VerifyReport report = verify(*code, Questionnaire::builtin());
    EXPECT_FALSE(report.ok());
    EXPECT_GT(report.withoutVerdict, 0u);
    EXPECT_EQ(report.unreachedArticles.size(), 2u); // "3" (its rule was cut) and "4" (the adoption date)
}
