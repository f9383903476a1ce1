// A rule that is an exception to another ("exceptionTo"): where both apply, only the exception does,
// with its lower verdict; each wrong exception is refused with its place; the verifier's counts stay
// those of evaluating every combination, and an exception that lowers nothing is a problem.
#include "EveryCombination.h"
#include "TestData.h"
#include "ToyQuestionnaire.h"

#include "render/EvaluationJson.h"
#include "render/EvaluationText.h"
#include "rules/Evaluator.h"
#include "rules/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

// Pupils' images without explicit consent are "check first" under the example school's code; this
// rule lets them go, with conditions, on the school's own system.
QJsonObject exceptionRule(const QJsonValue& target, const QString& verdict = QStringLiteral("conditions"))
{
    QJsonObject rule = QJsonDocument::fromJson(R"({"id": "beelden-schoolsysteem",
        "when": {"all": [{"question": "content", "has": ["pupil_images"]},
                         {"question": "channel", "is": ["school_system"]}]},
        "advice": {"nl": "Zet het alleen in het schoolsysteem.", "en": "Only put it in the school's system."},
        "articles": ["2"]})")
                           .object();
    rule.insert(QStringLiteral("exceptionTo"), target);
    rule.insert(QStringLiteral("verdict"), verdict);
    return rule;
}

QByteArray exampleWithRule(const QJsonObject& rule)
{
    QJsonObject code = exampleCodeObject();
    QJsonArray rules = code.value(u"rules").toArray();
    rules.append(rule);
    code.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(code).toJson(QJsonDocument::Indented);
}

Answers imagesWithoutConsentOn(const char* channel)
{
    return answers({{"activity", {"publish"}},
                    {"school_related", {"yes"}},
                    {"channel", {channel}},
                    {"account", {"school"}},
                    {"content", {"pupil_images"}},
                    {"consent", {"enrolment_only"}}});
}

} // namespace

TEST(RuleExceptions, WhereTheExceptionAppliesOnlyItDoesWithItsLowerVerdict)
{
    Diagnostics problems;
    const auto code = CodeOfConduct::load(exampleWithRule(exceptionRule(QStringLiteral("beelden-zonder-toestemming"))),
                                          QStringLiteral("school.json"), Questionnaire::builtin(), problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();
    const int lowered = code->ruleIndex(u"beelden-zonder-toestemming");
    const int exception = code->ruleIndex(u"beelden-schoolsysteem");
    EXPECT_EQ(code->rules[static_cast<std::size_t>(exception)].exceptionTo, lowered);

    const Evaluation onSchoolSystem =
        evaluateGiven(*code, Questionnaire::builtin(), imagesWithoutConsentOn("school_system"));
    EXPECT_EQ(onSchoolSystem.verdict, Verdict::Conditions);
    EXPECT_TRUE(std::none_of(onSchoolSystem.advice.begin(), onSchoolSystem.advice.end(),
                             [&](const AdviceItem& item) { return item.rule == lowered; }));
    EXPECT_TRUE(std::any_of(onSchoolSystem.advice.begin(), onSchoolSystem.advice.end(),
                            [&](const AdviceItem& item) { return item.rule == exception; }));
    const QString text = evaluationText(*code, Questionnaire::builtin(), onSchoolSystem, Language::English);
    EXPECT_TRUE(text.contains(
        QStringLiteral("This is an exception: without it, a stricter rule of the code would give \"Check first\".")))
        << text.toStdString();
    const QJsonArray advice =
        evaluationJson(*code, Questionnaire::builtin(), onSchoolSystem, Language::English).value(u"advice").toArray();
    EXPECT_TRUE(std::any_of(advice.begin(), advice.end(), [](const QJsonValue& item) {
        return item.toObject().value(u"exception_to") == QStringLiteral("beelden-zonder-toestemming");
    }));

    // Where the rule it names does not apply (explicit consent), the exception does not either: it
    // never raises a verdict.
    Answers withConsent = imagesWithoutConsentOn("school_system");
    withConsent[Questionnaire::builtin().indexOf(u"consent")] =
        answers({{"consent", {"explicit"}}})[Questionnaire::builtin().indexOf(u"consent")];
    const Evaluation consented = evaluateGiven(*code, Questionnaire::builtin(), withConsent);
    EXPECT_EQ(consented.verdict, Verdict::Go);
    EXPECT_TRUE(std::none_of(consented.advice.begin(), consented.advice.end(),
                             [&](const AdviceItem& item) { return item.rule == exception; }));

    // Elsewhere the rule it lowers applies as before: the strictest verdict wins.
    const Evaluation inPublic = evaluateGiven(*code, Questionnaire::builtin(), imagesWithoutConsentOn("public"));
    EXPECT_EQ(inPublic.verdict, Verdict::CheckFirst);
    EXPECT_TRUE(std::any_of(inPublic.advice.begin(), inPublic.advice.end(),
                            [&](const AdviceItem& item) { return item.rule == lowered; }));
}

TEST(RuleExceptions, AWrongExceptionIsRefusedWithItsPlace)
{
    struct Wrong
    {
        QJsonObject rule;
        const char* message;
    };
    QJsonObject toItself = exceptionRule(QStringLiteral("beelden-schoolsysteem"));
    const std::vector<Wrong> wrong = {
        {exceptionRule(QStringLiteral("bestaat-niet")), "unknown rule \"bestaat-niet\""},
        {toItself, "a rule cannot be an exception to itself"},
        {exceptionRule(QStringLiteral("beelden-zonder-toestemming"), QStringLiteral("stop")),
         "its verdict \"stop\" must be less strict than \"check_first\" of rule \"beelden-zonder-toestemming\""},
        {exceptionRule(QStringLiteral("beelden-zonder-toestemming"), QStringLiteral("check_first")),
         "must be less strict than"},
        {exceptionRule(42), "expected"},
    };
    for (const Wrong& w : wrong) {
        Diagnostics problems;
        EXPECT_FALSE(CodeOfConduct::load(exampleWithRule(w.rule), QStringLiteral("school.json"),
                                         Questionnaire::builtin(), problems));
        ASSERT_EQ(problems.size(), 1u) << w.message;
        EXPECT_TRUE(problems[0].message.contains(QLatin1String(w.message))) << problems[0].toString().toStdString();
        EXPECT_TRUE(problems[0].jsonPath.endsWith(QStringLiteral("].exceptionTo")))
            << problems[0].jsonPath.toStdString();
        EXPECT_GT(problems[0].line, 0);
        EXPECT_EQ(problems[0].ruleId, QStringLiteral("beelden-schoolsysteem"));
    }

    // An exception to an exception.
    QJsonObject code = exampleCodeObject();
    QJsonArray rules = code.value(u"rules").toArray();
    rules.append(exceptionRule(QStringLiteral("beelden-zonder-toestemming")));
    QJsonObject second = exceptionRule(QStringLiteral("beelden-schoolsysteem"), QStringLiteral("go"));
    second.insert(QStringLiteral("id"), QStringLiteral("nog-een"));
    rules.append(second);
    code.insert(QStringLiteral("rules"), rules);
    Diagnostics problems;
    EXPECT_FALSE(CodeOfConduct::load(QJsonDocument(code).toJson(), QStringLiteral("school.json"),
                                     Questionnaire::builtin(), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("is an exception itself")));
    EXPECT_EQ(problems[0].ruleId, QStringLiteral("nog-een"));
}

TEST(RuleExceptions, TheVerifierCountsWhatEvaluatingEveryCombinationGives)
{
    Diagnostics problems;
    const auto code = CodeOfConduct::load(exampleWithRule(exceptionRule(QStringLiteral("beelden-zonder-toestemming"))),
                                          QStringLiteral("school.json"), Questionnaire::builtin(), problems);
    ASSERT_TRUE(code);
    const VerifyReport report = verify(*code, Questionnaire::builtin(), VerifyDetail::PerRule);
    EXPECT_TRUE(report.idleExceptions.empty());
    const auto exception = static_cast<std::size_t>(code->ruleIndex(u"beelden-schoolsysteem"));
    EXPECT_GT(report.rules[exception].lowers, 0u);
    EXPECT_EQ(verify(*code, Questionnaire::builtin()).verdicts, report.verdicts);

    // On the toy questionnaire, every combination through the evaluator: an exception to the "stop"
    // of "c-high" where the flag is no.
    const auto toy = Questionnaire::load(kToyQuestionnaire, QStringLiteral("toy-questionnaire"), problems);
    ASSERT_TRUE(toy);
    QByteArray text = kToyCode;
    text.replace(R"(    {"id": "x-or-y")", R"(    {"id": "c-high-flag-no", "exceptionTo": "c-high",
     "when": {"all": [{"question": "kind", "is": "c"}, {"question": "flag", "is": "no"}]},
     "verdict": "check_first", "advice": {"nl": "e", "en": "e"}, "articles": ["2"]},
    {"id": "x-or-y")");
    const auto toyCode = CodeOfConduct::load(text, QStringLiteral("toy-code"), *toy, problems);
    ASSERT_TRUE(toyCode) << problems.front().toString().toStdString();
    VerifyReport slow;
    std::uint64_t lowers = 0;
    const auto cHigh = static_cast<std::size_t>(toyCode->ruleIndex(u"c-high"));
    const auto flagNo = static_cast<std::size_t>(toyCode->ruleIndex(u"c-high-flag-no"));
    forEveryCombination(*toy, [&](const Answers& values) {
        const Evaluation e = evaluate(*toyCode, *toy, values);
        ++slow.combinations;
        if (e.anyRuleApplied) {
            ++slow.verdicts[static_cast<std::size_t>(severity(e.verdict))];
        }
        if (toyCode->rules[flagNo].when.holds(values) && toyCode->rules[cHigh].ownWhen.holds(values)) {
            ++lowers;
            EXPECT_FALSE(toyCode->rules[cHigh].when.holds(values));
            EXPECT_EQ(e.verdict, Verdict::CheckFirst);
        }
    });
    for (const VerifyDetail detail : {VerifyDetail::Totals, VerifyDetail::PerRule}) {
        const VerifyReport fast = verify(*toyCode, *toy, detail);
        EXPECT_EQ(fast.combinations, slow.combinations);
        EXPECT_EQ(fast.verdicts, slow.verdicts);
    }
    EXPECT_GT(lowers, 0u);
    EXPECT_EQ(verify(*toyCode, *toy, VerifyDetail::PerRule).rules[flagNo].lowers, lowers);

    // An exception for explicit consent never applies where the rule it names (consent not explicit)
    // does: it lowers nothing.
    QJsonObject idle = exceptionRule(QStringLiteral("beelden-zonder-toestemming"));
    idle.insert(QStringLiteral("when"),
                QJsonDocument::fromJson(R"({"all": [{"question": "content", "has": ["pupil_images"]},
        {"question": "consent", "is": ["explicit"]}]})")
                    .object());
    const auto idleCode =
        CodeOfConduct::load(exampleWithRule(idle), QStringLiteral("school.json"), Questionnaire::builtin(), problems);
    ASSERT_TRUE(idleCode);
    const VerifyReport idleReport = verify(*idleCode, Questionnaire::builtin(), VerifyDetail::PerRule);
    EXPECT_EQ(idleReport.idleExceptions, std::vector<int>{idleCode->ruleIndex(u"beelden-schoolsysteem")});
}
