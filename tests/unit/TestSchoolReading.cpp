// Advice a school marks as its own reading where the code says nothing ("schoolReading": true):
// read from the code file, said as such in every rendering of the result, refused with its place
// when it is no true or false.
#include "TestData.h"

#include "render/EvaluationJson.h"
#include "render/EvaluationText.h"
#include "render/Explanation.h"
#include "render/Report.h"
#include "rules/Evaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

const QString kReading = QStringLiteral("This is the school's reading: the code itself says nothing about this.");

// The example school's code with "schoolReading" set to `value` on the rule for pupils' images
// with explicit consent.
QByteArray exampleWithReading(const QJsonValue& value)
{
    QJsonObject code = exampleCodeObject();
    QJsonArray rules = code.value(u"rules").toArray();
    for (qsizetype r = 0; r < rules.size(); ++r) {
        QJsonObject rule = rules.at(r).toObject();
        if (rule.value(u"id") == QStringLiteral("beelden-met-toestemming")) {
            rule.insert(QStringLiteral("schoolReading"), value);
            rules.replace(r, rule);
        }
    }
    code.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(code).toJson(QJsonDocument::Indented);
}

Evaluation imagesWithConsent(const CodeOfConduct& code)
{
    return evaluateGiven(code, Questionnaire::builtin(),
                         answers({{"activity", {"publish"}},
                                  {"school_related", {"yes"}},
                                  {"content", {"pupil_images"}},
                                  {"consent", {"explicit"}}}));
}

} // namespace

TEST(SchoolReading, IsSaidAsSuchInEveryRenderingOfTheResult)
{
    Diagnostics problems;
    const auto code = CodeOfConduct::load(exampleWithReading(true), QStringLiteral("school.json"),
                                          Questionnaire::builtin(), problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();
    const int rule = code->ruleIndex(u"beelden-met-toestemming");
    ASSERT_GE(rule, 0);
    EXPECT_TRUE(code->rules[static_cast<std::size_t>(rule)].schoolReading);
    EXPECT_EQ(std::count_if(code->rules.begin(), code->rules.end(), [](const Rule& r) { return r.schoolReading; }), 1);

    const Evaluation evaluation = imagesWithConsent(*code);
    const Explanation e = Explanation::of(*code, Questionnaire::builtin(), evaluation, Language::English);
    ASSERT_FALSE(e.advice.empty());
    EXPECT_EQ(e.advice.front().ruleId, QStringLiteral("beelden-met-toestemming"));
    EXPECT_EQ(e.advice.front().markLine(), kReading);

    const QString text = evaluationText(*code, Questionnaire::builtin(), evaluation, Language::English);
    EXPECT_TRUE(text.contains(kReading)) << text.toStdString();
    const QJsonObject json = evaluationJson(*code, Questionnaire::builtin(), evaluation, Language::English);
    EXPECT_TRUE(json.value(u"advice").toArray().at(0).toObject().value(u"school_reading").toBool());
    const Report report{*code, Questionnaire::builtin(), evaluation, Language::English, QDateTime::currentDateTime()};
    EXPECT_TRUE(report.html().contains(QString(kReading).toHtmlEscaped())) << report.html().toStdString();
    EXPECT_TRUE(report.text().contains(kReading));

    // Unmarked, the same advice is the code's own word: no such line, no such key.
    const auto plain = CodeOfConduct::load(exampleWithReading(false), QStringLiteral("school.json"),
                                           Questionnaire::builtin(), problems);
    ASSERT_TRUE(plain);
    const Evaluation same = imagesWithConsent(*plain);
    EXPECT_FALSE(evaluationText(*plain, Questionnaire::builtin(), same, Language::English).contains(kReading));
    EXPECT_FALSE(evaluationJson(*plain, Questionnaire::builtin(), same, Language::English)
                     .value(u"advice")
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(u"school_reading"));
}

TEST(SchoolReading, AMarkThatIsNoBooleanIsALocatedError)
{
    Diagnostics problems;
    EXPECT_FALSE(CodeOfConduct::load(exampleWithReading(QStringLiteral("ja")), QStringLiteral("school.json"),
                                     Questionnaire::builtin(), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].jsonPath.endsWith(QStringLiteral(".schoolReading"))) << problems[0].jsonPath.toStdString();
    EXPECT_GT(problems[0].line, 0);
    EXPECT_EQ(problems[0].ruleId, QStringLiteral("beelden-met-toestemming"));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("expected true or false")));
}
