// A Dutch-only code with a concept status through the CLI: it verifies, with a warning that does not
// fail, and every output says it is a draft version rather than giving a date of adoption.

#include "CliRun.h"

using namespace codewijzer::test;

namespace {

const QString kDraft = QStringLiteral("Draft version: not yet adopted");

QString conceptCode()
{
    return source(QStringLiteral("tests/data/codes/concept-nl-only.json"));
}

QString answers()
{
    return source(QStringLiteral("resources/examples/school-photo-16plus.mondia.json"));
}

} // namespace

TEST(CliCodeStatus, VerifyPassesOnADutchOnlyConceptAndWarns)
{
    const CliRun text = cli({QStringLiteral("verify"), QStringLiteral("--format=text"), QStringLiteral("--lang=en"),
                             QStringLiteral("--code-file"), conceptCode()});
    EXPECT_EQ(text.exitCode, 0) << text.out.toStdString() << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(kDraft)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("warning: "))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QDir::toNativeSeparators(conceptCode()) + u':')) << text.out.toStdString();

    const CliRun json = cli({QStringLiteral("verify"), QStringLiteral("--code-file"), conceptCode()});
    EXPECT_EQ(json.exitCode, 0);
    const QJsonObject report = json.json().array().at(0).toObject();
    EXPECT_EQ(report.value(u"status").toString(), QStringLiteral("concept"));
    EXPECT_TRUE(report.value(u"problems").toArray().isEmpty());
    EXPECT_EQ(report.value(u"warnings").toArray().size(), 1);
}

TEST(CliCodeStatus, EvaluateSaysItIsAConceptInTextAndJson)
{
    const CliRun text = cli({QStringLiteral("evaluate"), QStringLiteral("--format=text"), QStringLiteral("--lang=en"),
                             QStringLiteral("--code-file"), conceptCode(), answers()});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(kDraft)) << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(QStringLiteral("(adopted "))) << text.out.toStdString();
    // The Dutch title stands in for the English one, and the output says so.
    EXPECT_TRUE(text.out.contains(QStringLiteral("Protocol sociale media Voorbeeldschool")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("the code's own wording"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("(text incomplete)"))) << text.out.toStdString();

    for (const QString& lang : {QStringLiteral("--lang=en"), QStringLiteral("--lang=nl")}) {
        const CliRun json =
            cli({QStringLiteral("evaluate"), lang, QStringLiteral("--code-file"), conceptCode(), answers()});
        ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
        EXPECT_EQ(json.json().object().value(u"status").toString(), QStringLiteral("concept"));
        EXPECT_EQ(json.json().object().value(u"code_name").toString(),
                  QStringLiteral("Protocol sociale media Voorbeeldschool"));
    }
    const CliRun adopted = cli({QStringLiteral("evaluate"), QStringLiteral("--code-file"),
                                source(QStringLiteral("docs/examples/voorbeeldschool.json")), answers()});
    EXPECT_EQ(adopted.json().object().value(u"status").toString(), QStringLiteral("vastgesteld"));
}

TEST(CliCodeStatus, CodesGiveTheStatusOfEachCode)
{
    const CliRun codes = cli({QStringLiteral("codes")});
    ASSERT_EQ(codes.exitCode, 0);
    for (const QJsonValue& code : codes.json().array()) {
        EXPECT_EQ(code.toObject().value(u"status").toString(), QStringLiteral("vastgesteld"));
        EXPECT_FALSE(code.toObject().value(u"adopted").toString().isEmpty());
    }
}
