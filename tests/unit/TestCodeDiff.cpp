#include "CodeVersions.h"
#include "EveryCombination.h"
#include "TestData.h"
#include "ToyQuestionnaire.h"
#include "rules/CodeDiff.h"
#include "rules/Evaluator.h"
#include "rules/Verifier.h"

#include <functional>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

using ArticleKind = CodeDiff::Article::Kind;

std::shared_ptr<const LoadedCode> version(const QByteArray& json, const QString& name, const Questionnaire& q)
{
    Diagnostics problems;
    auto loaded = CodeCatalogue::parse(json, CodeSource::file(name), q, problems, true);
    EXPECT_TRUE(loaded) << (problems.empty() ? std::string() : problems.front().toString().toStdString());
    return loaded;
}

// Each rule's advice with all it says, as one string.
QStringList ruleAdvice(const CodeOfConduct& code)
{
    QStringList out;
    for (const Rule& r : code.rules) {
        QStringList contacts;
        for (int c : r.contacts) {
            contacts << code.contacts[static_cast<std::size_t>(c)].id;
        }
        out << QStringList{r.id,
                           verdictId(r.verdict),
                           r.advice.nl,
                           r.advice.en,
                           r.headline.nl,
                           r.headline.en,
                           code.articleIds(r.articles).join(u','),
                           contacts.join(u',')}
                   .join(u'|');
    }
    return out;
}

// What a person is told for these answers: each piece of advice with all it says.
QStringList adviceGiven(const QStringList& ruleAdvice, const Evaluation& e)
{
    QStringList out;
    for (const AdviceItem& item : e.advice) {
        out << ruleAdvice.at(item.rule);
    }
    out.sort();
    return out;
}

// Every combination, one at a time, through the evaluator under both versions: slow, obviously right.
DiffEffect bruteForce(const CodeOfConduct& before, const CodeOfConduct& after, const Questionnaire& q)
{
    DiffEffect effect;
    const QStringList adviceBefore = ruleAdvice(before);
    const QStringList adviceAfter = ruleAdvice(after);
    forEveryCombination(q, [&](const Answers& values) {
        const Evaluation a = evaluate(before, q, values);
        const Evaluation b = evaluate(after, q, values);
        const int va = a.anyRuleApplied ? severity(a.verdict) : DiffEffect::kNoVerdict;
        const int vb = b.anyRuleApplied ? severity(b.verdict) : DiffEffect::kNoVerdict;
        ++effect.situations;
        ++effect.verdicts[static_cast<std::size_t>(va + 1)][static_cast<std::size_t>(vb + 1)];
        if (vb > va) {
            ++effect.stricter;
        } else if (vb < va) {
            ++effect.lessStrict;
        } else if (va != DiffEffect::kNoVerdict && adviceGiven(adviceBefore, a) != adviceGiven(adviceAfter, b)) {
            ++effect.otherAdvice;
        } else {
            ++effect.same;
        }
    });
    return effect;
}

void expectSameCounts(const DiffEffect& fast, const DiffEffect& slow)
{
    EXPECT_EQ(fast.situations, slow.situations);
    EXPECT_EQ(fast.stricter, slow.stricter);
    EXPECT_EQ(fast.lessStrict, slow.lessStrict);
    EXPECT_EQ(fast.otherAdvice, slow.otherAdvice);
    EXPECT_EQ(fast.same, slow.same);
    EXPECT_EQ(fast.verdicts, slow.verdicts);
}

// Every example is of the kind it claims, under both versions.
void expectExamplesHold(const CodeDiff& diff, const Questionnaire& q)
{
    for (const DiffEffect::Example& e : diff.effect.examples) {
        const Evaluation a = evaluate(*diff.before, q, e.answers);
        const Evaluation b = evaluate(*diff.after, q, e.answers);
        EXPECT_EQ(a.anyRuleApplied ? severity(a.verdict) : -1, e.before);
        EXPECT_EQ(b.anyRuleApplied ? severity(b.verdict) : -1, e.after);
        switch (e.kind) {
        case DiffEffect::Kind::Stricter:
            EXPECT_GT(e.after, e.before);
            break;
        case DiffEffect::Kind::LessStrict:
            EXPECT_LT(e.after, e.before);
            break;
        case DiffEffect::Kind::OtherAdvice:
            EXPECT_EQ(e.after, e.before);
            EXPECT_NE(adviceGiven(ruleAdvice(*diff.before), a), adviceGiven(ruleAdvice(*diff.after), b));
            break;
        }
    }
}

// The built-in questionnaire with fewer ways to tick the several-option questions (at least six
// kinds of content, every audience), small enough to walk one combination at a time.
std::optional<Questionnaire> reducedQuestionnaire()
{
    QJsonObject root =
        QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("resources/questionnaire.json")))).object();
    QJsonArray questions = root.value(u"questions").toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QJsonObject q = questions.at(i).toObject();
        if (q.value(u"id").toString() == u"content") {
            q[QStringLiteral("minSelected")] = 6;
        } else if (q.value(u"id").toString() == u"audience") {
            q[QStringLiteral("minSelected")] = 4;
        }
        questions[i] = q;
    }
    root[QStringLiteral("questions")] = questions;
    Diagnostics problems;
    return Questionnaire::load(QJsonDocument(root).toJson(), QStringLiteral("reduced"), problems);
}

} // namespace

TEST(WordDiff, MarksTheWordsAddedAndRemoved)
{
    const auto runs = wordDiff(QStringLiteral("Je vraagt de ouders om toestemming."),
                               QStringLiteral("Je vraagt de ouders altijd vooraf om schriftelijke toestemming."));
    ASSERT_EQ(runs.size(), 5u);
    EXPECT_EQ(runs[0].text, QStringLiteral("Je vraagt de ouders"));
    EXPECT_EQ(runs[1].kind, WordRun::Kind::Added);
    EXPECT_EQ(runs[1].text, QStringLiteral("altijd vooraf"));
    EXPECT_EQ(runs[2].text, QStringLiteral("om"));
    EXPECT_EQ(runs[3].text, QStringLiteral("schriftelijke"));
    EXPECT_EQ(runs[4].kind, WordRun::Kind::Same);
    const auto replaced = wordDiff(QStringLiteral("Vraag het de mentor."), QStringLiteral("Vraag het de teamleider."));
    ASSERT_EQ(replaced.size(), 3u);
    EXPECT_EQ(replaced[1].kind, WordRun::Kind::Removed); // removed before added
    EXPECT_EQ(replaced[1].text, QStringLiteral("mentor."));
    EXPECT_EQ(replaced[2].kind, WordRun::Kind::Added);
    EXPECT_EQ(wordDiff(QStringLiteral("a\n\nb"), QStringLiteral("a\n\nb")).size(), 1u);
    EXPECT_DOUBLE_EQ(wordSimilarity(wordDiff(QStringLiteral("a b c d"), QStringLiteral("a b c e"))), 0.75);
}

TEST(CodeDiff, CountsExactlyWhatABruteForceWalkCountsOnAToyCode)
{
    Diagnostics problems;
    const auto q = Questionnaire::load(kToyQuestionnaire, QStringLiteral("toy-questionnaire"), problems);
    ASSERT_TRUE(q);
    const auto before = version(kToyCode, QStringLiteral("toy-1.json"), *q);
    const QByteArray next = CodeEdit(kToyCode)
                                .setArticleText(QStringLiteral("2"), QStringLiteral("twee of meer"))
                                .setVerdict(QStringLiteral("x-or-y"), QStringLiteral("conditions"))
                                .setAdvice(QStringLiteral("unknowns"), QStringLiteral("v"), QStringLiteral("v"))
                                .setVerdict(QStringLiteral("c-high"), QStringLiteral("check_first"))
                                .remove(QStringLiteral("rules"), QStringLiteral("never"))
                                .remove(QStringLiteral("articles"), QStringLiteral("4"))
                                .addRule(R"({"id": "y-flag", "when": {"all": [{"question": "tags", "has": "y"},
                                   {"question": "flag", "is": "yes"}]}, "verdict": "stop",
                                   "advice": {"nl": "y", "en": "y"}, "articles": ["3"]})")
                                .set(QStringLiteral("version"), QStringLiteral("2"))
                                .json();
    const auto after = version(next, QStringLiteral("toy-2.json"), *q);
    ASSERT_TRUE(before && after);
    const CodeDiff diff = diffCodes(*before, *after, *q);

    ASSERT_EQ(diff.fields.size(), 1u);
    EXPECT_EQ(diff.fields[0].name, QStringLiteral("version"));
    ASSERT_EQ(diff.articles.size(), 2u);
    EXPECT_EQ(diff.articles[0].kind, ArticleKind::Changed);
    EXPECT_TRUE(diff.articles[0].textChanged);
    EXPECT_EQ(diff.articles[1].kind, ArticleKind::Removed);
    ASSERT_EQ(diff.rules.size(), 5u);
    EXPECT_EQ(diff.rules[0].change, CodeDiff::Change::Changed); // c-high
    EXPECT_TRUE(diff.rules[0].verdict);
    EXPECT_TRUE(diff.rules[1].verdict && !diff.rules[1].advice); // x-or-y
    EXPECT_TRUE(diff.rules[2].advice && !diff.rules[2].verdict); // unknowns
    EXPECT_EQ(diff.rules[3].change, CodeDiff::Change::Removed);  // never
    EXPECT_EQ(diff.rules[4].change, CodeDiff::Change::Added);    // y-flag

    const DiffEffect slow = bruteForce(before->code, after->code, *q);
    expectSameCounts(diff.effect, slow);
    EXPECT_GT(diff.effect.stricter, 0u);
    EXPECT_GT(diff.effect.lessStrict, 0u);
    EXPECT_GT(diff.effect.otherAdvice, 0u);
    EXPECT_GT(diff.effect.same, 0u);
    expectExamplesHold(diff, *q);
}

TEST(CodeDiff, AVersionComparedWithItselfChangesNothing)
{
    const auto code = loadedCode(CodeSource::builtin(QStringLiteral("mondia")));
    ASSERT_TRUE(code);
    const CodeDiff diff = diffCodes(*code, *code, Questionnaire::builtin());
    EXPECT_FALSE(diff.textChanged());
    EXPECT_FALSE(diff.rulesChanged());
    EXPECT_EQ(diff.effect.changed(), 0u);
    EXPECT_EQ(diff.effect.same, verify(code->code, Questionnaire::builtin()).combinations);
    EXPECT_TRUE(diff.cases.empty());
    EXPECT_EQ(diff.casesCompared, 23);
}

TEST(CodeDiff, ARenumberedArticleIsNoChangeOfTheRulesThatCiteIt)
{
    const QByteArray example = readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")));
    const auto before = version(example, QStringLiteral("school-1.json"), Questionnaire::builtin());
    const auto after = version(CodeEdit(example)
                                   .renameArticle(QStringLiteral("2"), QStringLiteral("2a"))
                                   .setContactName(QStringLiteral("teamleider"), QStringLiteral("je mentor"),
                                                   QStringLiteral("your form tutor"))
                                   .json(),
                               QStringLiteral("school-2.json"), Questionnaire::builtin());
    ASSERT_TRUE(before && after);
    const CodeDiff diff = diffCodes(*before, *after, Questionnaire::builtin());
    ASSERT_EQ(diff.articles.size(), 1u);
    EXPECT_EQ(diff.articles[0].kind, ArticleKind::Renumbered);
    EXPECT_FALSE(diff.articles[0].textChanged);
    EXPECT_EQ(after->code.articles[static_cast<std::size_t>(diff.articles[0].after)].id, QStringLiteral("2a"));
    ASSERT_EQ(diff.contacts.size(), 1u);
    EXPECT_EQ(diff.contacts[0].change, CodeDiff::Change::Changed);
    EXPECT_EQ(diff.contacts[0].after.en, QStringLiteral("your form tutor"));
    // The rules that cite the article or name the contact stay as they were: a contact's new name is a
    // change of the text, not other advice.
    EXPECT_TRUE(diff.rules.empty());
    EXPECT_EQ(diff.effect.changed(), 0u);
}

class ShippedCodeDiff : public ::testing::TestWithParam<const char*>
{
};

TEST_P(ShippedCodeDiff, ReportsExactlyTheEditsAndTheirEffect)
{
    const QString id = QString::fromLatin1(GetParam());
    const ShippedEdits edits = shippedEdits(id);
    const auto before = loadedCode(CodeSource::builtin(id));
    const QByteArray shipped = readFile(sourcePath(QStringLiteral("resources/codes/%1.json").arg(id)));
    const auto after =
        version(nextVersion(shipped, id), QStringLiteral("%1-next.json").arg(id), Questionnaire::builtin());
    ASSERT_TRUE(before && after);
    const CodeDiff diff = diffCodes(*before, *after, Questionnaire::builtin());

    EXPECT_TRUE(diff.fields.empty());
    EXPECT_TRUE(diff.contacts.empty());
    ASSERT_EQ(diff.articles.size(), 2u);
    const CodeDiff::Article& changed = diff.articles[0];
    EXPECT_EQ(changed.kind, ArticleKind::Changed);
    EXPECT_EQ(before->code.articles[static_cast<std::size_t>(changed.before)].id, edits.changedArticle);
    EXPECT_TRUE(changed.textChanged && !changed.titleChanged);
    ASSERT_EQ(changed.words.size(), 2u);
    EXPECT_EQ(changed.words[1].kind, WordRun::Kind::Added);
    EXPECT_EQ(changed.words[1].text, kAddedSentence);
    EXPECT_EQ(diff.articles[1].kind, ArticleKind::Removed);
    EXPECT_EQ(before->code.articles[static_cast<std::size_t>(diff.articles[1].before)].id, edits.removedArticle);

    ASSERT_EQ(diff.rules.size(), 2u);
    const CodeDiff::Rule& stricter = diff.rules[0];
    EXPECT_EQ(before->code.rules[static_cast<std::size_t>(stricter.before)].id, edits.stricterRule);
    EXPECT_TRUE(stricter.verdict);
    EXPECT_FALSE(stricter.condition || stricter.advice || stricter.articles || stricter.contacts);
    EXPECT_EQ(diff.rules[1].change, CodeDiff::Change::Added);
    EXPECT_EQ(after->code.rules[static_cast<std::size_t>(diff.rules[1].after)].id, edits.addedRule);

    // Both edits of rules make the code only stricter; each verdict's total is verify()'s.
    const DiffEffect& effect = diff.effect;
    EXPECT_GT(effect.stricter, 0u);
    EXPECT_EQ(effect.lessStrict, 0u);
    EXPECT_GT(effect.otherAdvice, 0u); // the new rule where a "stop" was already given
    const VerifyReport old = verify(before->code, Questionnaire::builtin());
    const VerifyReport now = verify(after->code, Questionnaire::builtin());
    EXPECT_EQ(effect.situations, old.combinations);
    for (std::size_t v = 0; v < kAllVerdicts.size(); ++v) {
        std::uint64_t from = 0;
        std::uint64_t to = 0;
        for (std::size_t w = 0; w <= kAllVerdicts.size(); ++w) {
            from += effect.verdicts[v + 1][w];
            to += effect.verdicts[w][v + 1];
        }
        EXPECT_EQ(from, old.verdicts[v]) << verdictId(kAllVerdicts[v]).toStdString();
        EXPECT_EQ(to, now.verdicts[v]) << verdictId(kAllVerdicts[v]).toStdString();
    }
    expectExamplesHold(diff, Questionnaire::builtin());
    // No case's verdict changes: sharing knowledge is not among them as a "go".
    EXPECT_EQ(diff.casesCompared, 23);
}

INSTANTIATE_TEST_SUITE_P(BuiltIn, ShippedCodeDiff, ::testing::Values("dunamare", "mondia"));

// The walks one combination at a time: about 25 s each in the normal build, ten times that under
// the sanitizers, which therefore leave out the suites named *Exhaustive (CMakePresets.json); the
// diff they check runs under the sanitizers in the tests above.
class ShippedCodeDiffExhaustive : public ::testing::TestWithParam<const char*>
{
};

TEST_P(ShippedCodeDiffExhaustive, CountsWhatABruteForceWalkCountsOnAReducedQuestionnaire)
{
    const QString id = QString::fromLatin1(GetParam());
    const std::optional<Questionnaire> q = reducedQuestionnaire();
    ASSERT_TRUE(q);
    const QByteArray shipped = readFile(sourcePath(QStringLiteral("resources/codes/%1.json").arg(id)));
    const auto before = version(shipped, QStringLiteral("%1.json").arg(id), *q);
    const auto after = version(nextVersion(shipped, id), QStringLiteral("%1-next.json").arg(id), *q);
    ASSERT_TRUE(before && after);
    const CodeDiff diff = diffCodes(*before, *after, *q);
    const DiffEffect slow = bruteForce(before->code, after->code, *q);
    expectSameCounts(diff.effect, slow);
    EXPECT_GT(slow.stricter, 0u);
    EXPECT_GT(slow.otherAdvice, 0u);
    expectExamplesHold(diff, *q);
}

INSTANTIATE_TEST_SUITE_P(BuiltIn, ShippedCodeDiffExhaustive, ::testing::Values("dunamare", "mondia"));

// Two codes that share no advice at all: below a "stop" under both, the walk stops at once.
TEST(CodeDiffExhaustive, CountsWhatABruteForceWalkCountsForTwoDifferentCodes)
{
    const std::optional<Questionnaire> q = reducedQuestionnaire();
    ASSERT_TRUE(q);
    const auto before = version(readFile(sourcePath(QStringLiteral("resources/codes/dunamare.json"))),
                                QStringLiteral("dunamare.json"), *q);
    const auto after =
        version(readFile(sourcePath(QStringLiteral("resources/codes/mondia.json"))), QStringLiteral("mondia.json"), *q);
    ASSERT_TRUE(before && after);
    const CodeDiff diff = diffCodes(*before, *after, *q);
    expectSameCounts(diff.effect, bruteForce(before->code, after->code, *q));
    EXPECT_GT(diff.effect.lessStrict, 0u);
    EXPECT_GT(diff.effect.stricter, 0u);
    expectExamplesHold(diff, *q);
}
