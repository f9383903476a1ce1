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

TEST(Verifier, CountsWhatEachRuleDoesExactlyAsEvaluatingEveryCombination)
{
    Diagnostics problems;
    const auto q = Questionnaire::load(kToyQuestionnaire, QStringLiteral("toy-questionnaire"), problems);
    ASSERT_TRUE(q);
    // The toy code, with a copy of "c-high" after it: the copy repeats what "c-high" says.
    QByteArray text = kToyCode;
    text.replace(R"(    {"id": "x-or-y")", R"(    {"id": "c-high-again", "when": {"question": "level", "is": "high"},
     "verdict": "stop", "advice": {"nl": "s", "en": "s"}, "articles": ["2"]},
    {"id": "x-or-y")");
    const auto code = CodeOfConduct::load(text, QStringLiteral("toy-code"), *q, problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();

    std::vector<RuleCount> slow(code->rules.size());
    forEveryCombination(*q, [&](const Answers& values) {
        const Evaluation e = evaluate(*code, *q, values);
        for (std::size_t r = 0; r < code->rules.size(); ++r) {
            if (!code->rules[r].when.holds(values)) {
                continue;
            }
            ++slow[r].applies;
            slow[r].decides += code->rules[r].verdict == e.verdict ? 1 : 0;
        }
        for (const AdviceItem& item : e.advice) {
            const Rule& rule = code->rules[static_cast<std::size_t>(item.rule)];
            ++slow[static_cast<std::size_t>(item.rule)].given;
            const bool repeated = std::any_of(e.advice.begin(), e.advice.end(), [&](const AdviceItem& other) {
                const Rule& theirs = code->rules[static_cast<std::size_t>(other.rule)];
                return other.rule != item.rule && theirs.advice == rule.advice && theirs.articles == rule.articles &&
                       (theirs.verdict > rule.verdict || (theirs.verdict == rule.verdict && other.rule < item.rule));
            });
            slow[static_cast<std::size_t>(item.rule)].matters += repeated ? 0 : 1;
        }
    });

    const VerifyReport fast = verify(*code, *q, VerifyDetail::PerRule);
    ASSERT_EQ(fast.rules.size(), slow.size());
    for (std::size_t r = 0; r < slow.size(); ++r) {
        const std::string id = code->rules[r].id.toStdString();
        EXPECT_EQ(fast.rules[r].applies, slow[r].applies) << id;
        EXPECT_EQ(fast.rules[r].decides, slow[r].decides) << id;
        EXPECT_EQ(fast.rules[r].given, slow[r].given) << id;
        EXPECT_EQ(fast.rules[r].matters, slow[r].matters) << id;
    }
    // The copy comes after "c-high" and applies more widely: it matters only where "c-high" does not apply.
    const auto again = static_cast<std::size_t>(code->ruleIndex(u"c-high-again"));
    const auto original = static_cast<std::size_t>(code->ruleIndex(u"c-high"));
    EXPECT_EQ(fast.rules[original].matters, fast.rules[original].given);
    EXPECT_EQ(fast.rules[again].matters, fast.rules[again].given - fast.rules[original].applies);
    EXPECT_GT(fast.rules[again].matters, 0u);
    EXPECT_EQ(fast.rules[static_cast<std::size_t>(code->ruleIndex(u"never"))].applies, 0u);
    EXPECT_EQ(verify(*code, *q).combinations, fast.combinations);
    EXPECT_EQ(verify(*code, *q).verdicts, fast.verdicts);
    EXPECT_TRUE(verify(*code, *q).rules.empty());
}

TEST(Verifier, NamesTheQuestionsThatNeverMatter)
{
    Diagnostics problems;
    const auto mondia = verify(builtinCode(QStringLiteral("mondia")), Questionnaire::builtin());
    const int age = Questionnaire::builtin().indexOf(u"pupil_age");
    // Mondia's protocol has no rule about the pupils' age.
    EXPECT_EQ(mondia.unaskedQuestions, std::vector<int>{age});
    EXPECT_TRUE(mondia.questionsNotToldApart.empty());

    // Rules that only look at whether "flag" is asked make the wizard ask it, but tell no answer apart.
    const auto q = Questionnaire::load(kToyQuestionnaire, QStringLiteral("toy-questionnaire"), problems);
    ASSERT_TRUE(q);
    QByteArray text = kToyCode;
    const QByteArray anyFlag = R"({"question": "flag", "asked": true})";
    text.replace(R"({"question": "flag", "is": "no"})", anyFlag);
    text.replace(R"({"question": "flag", "is": "yes"})", anyFlag);
    text.replace(R"(,
                                        {"question": "flag", "unknown": true})",
                 "");
    const auto code = CodeOfConduct::load(text, QStringLiteral("toy-code"), *q, problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();
    const VerifyReport report = verify(*code, *q);
    EXPECT_EQ(report.questionsNotToldApart, std::vector<int>{q->indexOf(u"flag")});
    EXPECT_TRUE(report.unaskedQuestions.empty());
    // As shipped, the toy code tells every answer to "flag" apart.
    const auto toy = CodeOfConduct::load(kToyCode, QStringLiteral("toy-code"), *q, problems);
    ASSERT_TRUE(toy);
    EXPECT_TRUE(verify(*toy, *q).questionsNotToldApart.empty());
}
