#include "TestData.h"
#include "rules/Evaluator.h"
#include "rules/Verifier.h"

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

// A small questionnaire with the same features as the real one: a required question, a
// several-option question with a minimum, a question with its own "unknown" option, and questions
// asked only after certain answers.
const char* kQuestionnaire = R"({"format": "codewijzer-questionnaire",
  "labels": {"unknown": {"nl": "?", "en": "?"}, "none": {"nl": "-", "en": "-"}},
  "verdicts": {
    "out_of_scope": {"label": {"nl": "o", "en": "o"}, "description": {"nl": "o", "en": "o"}},
    "go": {"label": {"nl": "g", "en": "g"}, "description": {"nl": "g", "en": "g"}},
    "conditions": {"label": {"nl": "c", "en": "c"}, "description": {"nl": "c", "en": "c"}},
    "check_first": {"label": {"nl": "f", "en": "f"}, "description": {"nl": "f", "en": "f"}},
    "stop": {"label": {"nl": "s", "en": "s"}, "description": {"nl": "s", "en": "s"}}},
  "pages": [{"id": "p", "title": {"nl": "p", "en": "p"}, "subtitle": {"nl": "p", "en": "p"}}],
  "questions": [
    {"id": "kind", "kind": "one", "required": true, "page": "p", "text": {"nl": "k", "en": "k"},
     "short": {"nl": "k", "en": "k"}, "help": {"nl": "k", "en": "k"}, "askedWhen": true,
     "options": [{"id": "a", "label": {"nl": "a", "en": "a"}}, {"id": "b", "label": {"nl": "b", "en": "b"}},
                 {"id": "c", "label": {"nl": "c", "en": "c"}}]},
    {"id": "tags", "kind": "several", "minSelected": 1, "page": "p", "text": {"nl": "t", "en": "t"},
     "short": {"nl": "t", "en": "t"}, "help": {"nl": "t", "en": "t"},
     "askedWhen": {"question": "kind", "is": ["a", "b"]},
     "options": [{"id": "x", "label": {"nl": "x", "en": "x"}}, {"id": "y", "label": {"nl": "y", "en": "y"}},
                 {"id": "z", "label": {"nl": "z", "en": "z"}}, {"id": "w", "label": {"nl": "w", "en": "w"}}]},
    {"id": "level", "kind": "one", "page": "p", "text": {"nl": "l", "en": "l"}, "short": {"nl": "l", "en": "l"},
     "help": {"nl": "l", "en": "l"}, "askedWhen": {"any": [{"question": "tags", "has": "x"}, {"question": "kind", "is": "c"}]},
     "options": [{"id": "low", "label": {"nl": "l", "en": "l"}}, {"id": "high", "label": {"nl": "h", "en": "h"}},
                 {"id": "unknown", "label": {"nl": "?", "en": "?"}}]},
    {"id": "flag", "kind": "one", "page": "p", "text": {"nl": "f", "en": "f"}, "short": {"nl": "f", "en": "f"},
     "help": {"nl": "f", "en": "f"}, "askedWhen": {"not": {"question": "kind", "is": "b"}},
     "options": [{"id": "yes", "label": {"nl": "j", "en": "y"}}, {"id": "no", "label": {"nl": "n", "en": "n"}}]}
  ]})";

const char* kCode = R"({"format": "codewijzer-code", "id": "toy", "title": {"nl": "t", "en": "t"},
  "organisation": "o", "adopted": "2024-01-01", "version": "1",
  "articles": [{"id": "1", "title": {"nl": "1", "en": "1"}, "text": "een"},
               {"id": "2", "title": {"nl": "2", "en": "2"}, "text": "twee"},
               {"id": "3", "title": {"nl": "3", "en": "3"}, "text": "drie"},
               {"id": "4", "title": {"nl": "4", "en": "4"}, "text": "vier"}],
  "rules": [
    {"id": "private", "when": {"question": "kind", "is": "c"}, "verdict": "out_of_scope",
     "advice": {"nl": "p", "en": "p"}, "articles": ["1"]},
    {"id": "c-high", "when": {"all": [{"question": "kind", "is": "c"}, {"question": "level", "is": "high"}]},
     "verdict": "stop", "advice": {"nl": "s", "en": "s"}, "articles": ["2"]},
    {"id": "x-or-y", "when": {"question": "tags", "has": ["x", "y"]}, "verdict": "go",
     "advice": {"nl": "g", "en": "g"}, "articles": ["3"]},
    {"id": "unknowns", "when": {"any": [{"question": "tags", "unknown": true}, {"question": "level", "unknown": true},
                                        {"question": "flag", "unknown": true}]},
     "verdict": "check_first", "advice": {"nl": "u", "en": "u"}, "articles": ["2"]},
    {"id": "flag-no", "when": {"all": [{"question": "flag", "is": "no"}, {"question": "kind", "is": "a"}]},
     "verdict": "conditions", "advice": {"nl": "f", "en": "f"}, "articles": ["3"]},
    {"id": "never", "when": {"all": [{"question": "kind", "is": "b"}, {"question": "flag", "is": "yes"}]},
     "verdict": "stop", "advice": {"nl": "n", "en": "n"}, "articles": ["4"]}
  ]})";

// Every combination, one at a time, through the evaluator: slow, obviously right.
VerifyReport bruteForce(const CodeOfConduct& code, const Questionnaire& q)
{
    VerifyReport report;
    std::vector<bool> cited(code.articles.size()), fired(code.rules.size());
    Answers values(q.questions().size());
    std::function<void(int)> walk = [&](int depth) {
        if (depth == q.size()) {
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
            return;
        }
        if (!q.isAsked(depth, values)) {
            values[depth] = answer::NotAsked;
            walk(depth + 1);
            return;
        }
        for (AnswerValue v : q.question(depth).possibleAnswers()) {
            values[depth] = v;
            walk(depth + 1);
        }
    };
    walk(0);
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
    const auto q = Questionnaire::load(kQuestionnaire, QStringLiteral("toy-questionnaire"), problems);
    ASSERT_TRUE(q) << problems.front().toString().toStdString();
    const auto code = CodeOfConduct::load(kCode, QStringLiteral("toy-code"), *q, problems);
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
