#include "TestData.h"
#include "rules/Comparison.h"

#include <gtest/gtest.h>

using namespace codewijzer;
using namespace codewijzer::test;

TEST(Comparison, EnrolmentConsentIsEnoughForMondiaNotForDunamare)
{
    const Questionnaire& q = Questionnaire::builtin();
    const CodeOfConduct dunamare = builtinCode(QStringLiteral("dunamare"));
    const CodeOfConduct mondia = builtinCode(QStringLiteral("mondia"));
    const Comparison c = compare({&dunamare, &mondia}, q, classPhotoUnder16("enrolment_only"));
    ASSERT_EQ(c.results.size(), 2u);
    EXPECT_EQ(c.results[0].evaluation.verdict, Verdict::CheckFirst);
    EXPECT_EQ(c.results[1].evaluation.verdict, Verdict::Go);
    EXPECT_TRUE(c.verdictsDiffer);
    EXPECT_EQ(c.strictest, 0);
    // Each result is exactly what the evaluator gives for that code alone.
    for (const Comparison::Result& r : c.results) {
        EXPECT_EQ(r.evaluation.articles, evaluate(*r.code, q, q.resolve(classPhotoUnder16("enrolment_only"))).articles);
        ASSERT_FALSE(r.decisive.empty());
        for (int i : r.decisive) {
            EXPECT_EQ(r.evaluation.advice[static_cast<std::size_t>(i)].verdict, r.evaluation.verdict);
        }
    }
    const Rule& decisive =
        dunamare.rules[static_cast<std::size_t>(c.results[0].evaluation.advice[c.results[0].decisive[0]].rule)];
    EXPECT_EQ(dunamare.articles[static_cast<std::size_t>(decisive.articles.front())].id, QStringLiteral("III.B.9"));
}

TEST(Comparison, ExplicitConsentMakesThemAgree)
{
    const CodeOfConduct dunamare = builtinCode(QStringLiteral("dunamare"));
    const CodeOfConduct mondia = builtinCode(QStringLiteral("mondia"));
    const Comparison c = compare({&dunamare, &mondia}, Questionnaire::builtin(), classPhotoUnder16("explicit"));
    EXPECT_FALSE(c.verdictsDiffer);
    EXPECT_EQ(c.strictest, -1);
}
