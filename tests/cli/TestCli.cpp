#include "CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace codewijzer::test;

TEST(Cli, EvaluatesTheSpecExamplesAsSpecified)
{
    const CliRun connect = cli({QStringLiteral("evaluate"), source(QStringLiteral("resources/examples/"
                                                                                  "colleague-connect.dunamare.json"))});
    ASSERT_EQ(connect.exitCode, 0) << connect.err.toStdString();
    EXPECT_EQ(connect.json().object().value(u"verdict").toString(), QStringLiteral("go"));

    const CliRun photo =
        cli({QStringLiteral("evaluate"), source(QStringLiteral("resources/examples/school-photo-16plus.mondia.json"))});
    ASSERT_EQ(photo.exitCode, 0);
    const QString photoVerdict = photo.json().object().value(u"verdict").toString();
    EXPECT_TRUE(photoVerdict == u"go" || photoVerdict == u"conditions");
    EXPECT_TRUE(articleIds(photo.json().object()).contains(QStringLiteral("scholen.3")));

    const CliRun news =
        cli({QStringLiteral("evaluate"), source(QStringLiteral("resources/examples/school-news.dunamare.json"))});
    ASSERT_EQ(news.exitCode, 0);
    const QString newsVerdict = news.json().object().value(u"verdict").toString();
    EXPECT_TRUE(newsVerdict == u"go" || newsVerdict == u"conditions");
    EXPECT_TRUE(articleIds(news.json().object()).contains(QStringLiteral("III.B.5")));
}

TEST(Cli, EvaluateJsonHasTheFieldsOfCliMd)
{
    const CliRun run = cli({QStringLiteral("evaluate"),
                            source(QStringLiteral("tests/scenarios/whatsapp-pupil-no-exception.dunamare.json"))});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject o = run.json().object();
    EXPECT_EQ(o.value(u"code").toString(), QStringLiteral("dunamare"));
    EXPECT_EQ(o.value(u"verdict").toString(), QStringLiteral("check_first"));
    for (const QJsonValue& a : o.value(u"articles").toArray()) {
        EXPECT_FALSE(a.toObject().value(u"title").toString().isEmpty());
        EXPECT_FALSE(a.toObject().value(u"text").toString().isEmpty());
    }
    const QJsonArray advice = o.value(u"advice").toArray();
    ASSERT_FALSE(advice.isEmpty());
    for (const QJsonValue& item : advice) {
        EXPECT_FALSE(item.toObject().value(u"text").toString().isEmpty());
        EXPECT_FALSE(item.toObject().value(u"articles").toArray().isEmpty());
    }
}

TEST(Cli, OverridesTheCodeOfTheFile)
{
    const QString file = source(QStringLiteral("tests/scenarios/friend-request-parent.dunamare.json"));
    EXPECT_EQ(cli({QStringLiteral("evaluate"), file}).json().object().value(u"verdict").toString(),
              QStringLiteral("stop"));
    const CliRun mondia = cli({QStringLiteral("evaluate"), QStringLiteral("--code"), QStringLiteral("mondia"), file});
    EXPECT_EQ(mondia.json().object().value(u"code").toString(), QStringLiteral("mondia"));
    EXPECT_EQ(mondia.json().object().value(u"verdict").toString(), QStringLiteral("go"));
}

TEST(Cli, ReadsStandardInput)
{
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--code=mondia"), QStringLiteral("-")},
                           R"({"answers": {"activity": "report"}})");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().object().value(u"verdict").toString(), QStringLiteral("go"));
}

TEST(Cli, TextOutputInDutchAndEnglish)
{
    const QString file = source(QStringLiteral("tests/scenarios/private-email-pupil.dunamare.json"));
    const CliRun nl = cli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("text"),
                           QStringLiteral("--lang"), QStringLiteral("nl"), file});
    ASSERT_EQ(nl.exitCode, 0);
    EXPECT_TRUE(nl.out.contains(u"Oordeel: NIET DOEN")) << nl.out.toStdString();
    EXPECT_TRUE(nl.out.contains(u"III.B.4")) << nl.out.toStdString();
    EXPECT_TRUE(nl.out.contains(u"uitsluitend het gebruik van het school e-mailaccount"));
    const CliRun en = cli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("text"),
                           QStringLiteral("--lang"), QStringLiteral("en"), file});
    EXPECT_TRUE(en.out.contains(u"Verdict: STOP")) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(u"Because you use e-mail and you use a private account.")) << en.out.toStdString();
}

TEST(Cli, WarnsAboutAnswersThatAreNotAsked)
{
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--lang=en"), QStringLiteral("-")},
                           R"({"code": "dunamare", "answers": {"activity": "report", "channel": "email"}})");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(u"warning: <stdin>: answers.channel is ignored")) << run.err.toStdString();
    EXPECT_FALSE(run.out.isEmpty());
}

TEST(Cli, MalformedJsonNamesLineAndColumn)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("broken.json"),
                                   "{\n  \"code\": \"dunamare\",\n  \"answers\": {\"activity\": publish}\n}\n");
    expectBadInput(cli({QStringLiteral("evaluate"), QStringLiteral("--lang=en"), path}),
                   QDir::toNativeSeparators(path) +
                       QStringLiteral(":3:27: publish is not a JSON value: put text in double quotes "
                                      "(\"publish\")"));
    // In one language: Dutch throughout by default, never a Dutch prefix on an English message.
    const CliRun dutch = cli({QStringLiteral("evaluate"), path});
    expectBadInput(dutch, QStringLiteral("codewijzer-cli: fout: ") + QDir::toNativeSeparators(path) +
                              QStringLiteral(":3:27: publish is geen JSON-waarde: zet tekst tussen dubbele "
                                             "aanhalingstekens (\"publish\")"));
}

TEST(Cli, BadAnswersAreBadInput)
{
    const auto run = [](const QByteArray& json) {
        return cli({QStringLiteral("evaluate"), QStringLiteral("--lang=en"), QStringLiteral("-")}, json);
    };
    expectBadInput(run(R"({"code": "atlas", "answers": {"activity": "report"}})"),
                   QStringLiteral("unknown code \"atlas\""));
    expectBadInput(run(R"({"answers": {"activity": "report"}})"), QStringLiteral("names no \"code\""));
    expectBadInput(run(R"({"code": "mondia", "answers": {"activity": "report", "mood": "good"}})"),
                   QStringLiteral("answers.mood: unknown question \"mood\""));
    expectBadInput(run(R"({"code": "mondia", "answers": {"activity": "tweet"}})"),
                   QStringLiteral("\"tweet\" is not an option of \"activity\""));
    expectBadInput(run(R"({"code": "mondia", "answers": {"activity": ["report"]}})"),
                   QStringLiteral("takes one option as a string, not an array"));
    expectBadInput(run(R"({"code": "mondia", "answers": {"activity": "publish", "content": "test_material"}})"),
                   QStringLiteral("takes an array of options"));
    expectBadInput(run(R"({"code": "mondia", "answers": {"channel": "email"}})"),
                   QStringLiteral("missing \"activity\""));
    expectBadInput(
        cli({QStringLiteral("evaluate"), QStringLiteral("--lang=en"), source(QStringLiteral("no/such/file.json"))}),
        QStringLiteral("cannot read the file"));
}

TEST(Cli, MalformedCodeFileNamesFilePathAndRule)
{
    const QString path = source(QStringLiteral("tests/data/malformed/unknown-option.json"));
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--lang=en"), QStringLiteral("--code-file"),
                            path, source(QStringLiteral("resources/examples/school-news.dunamare.json"))});
    expectBadInput(run, QDir::toNativeSeparators(path) + QStringLiteral(":"));
    EXPECT_TRUE(run.err.contains(u"rules[0].when.all[0].is[1] (rule 'prive'): question \"activity\" has no option"))
        << run.err.toStdString();
}

TEST(Cli, EvaluatesWithASchoolsOwnCodeFile)
{
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--code-file"),
                            source(QStringLiteral("docs/examples/voorbeeldschool.json")),
                            source(QStringLiteral("resources/examples/school-photo-16plus.mondia.json"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().object().value(u"code").toString(), QStringLiteral("voorbeeldschool"));
}

TEST(Cli, VerifyPassesForBothBuiltInCodes)
{
    const CliRun run = cli({QStringLiteral("verify")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray reports = run.json().array();
    ASSERT_EQ(reports.size(), 2);
    for (const QJsonValue& r : reports) {
        const QJsonObject o = r.toObject();
        EXPECT_GT(o.value(u"combinations").toDouble(), 0);
        EXPECT_TRUE(o.value(u"problems").toArray().isEmpty());
        EXPECT_TRUE(o.value(u"unfired_rules").toArray().isEmpty());
        EXPECT_TRUE(o.value(u"verdicts").toObject().contains(u"check_first"));
    }
    EXPECT_EQ(reports[1].toObject().value(u"unreached_articles").toArray(),
              QJsonArray{QStringLiteral("betrokkenen.4")});
}

TEST(Cli, VerifyExitsOneWhenTheRulesLeaveGaps)
{
    const CliRun run = cli({QStringLiteral("verify"), QStringLiteral("--format=text"), QStringLiteral("--lang=en"),
                            QStringLiteral("--code-file"), source(QStringLiteral("tests/data/codes/with-gaps.json"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(u"PROBLEM")) << run.out.toStdString();
}

TEST(Cli, ListsQuestionsArticlesAndCodes)
{
    const CliRun questions = cli({QStringLiteral("questions"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(questions.exitCode, 0);
    EXPECT_EQ(questions.json().array().size(), 15);
    EXPECT_EQ(questions.json().array()[0].toObject().value(u"id").toString(), QStringLiteral("activity"));

    const CliRun articles = cli({QStringLiteral("articles"), QStringLiteral("--code"), QStringLiteral("dunamare")});
    ASSERT_EQ(articles.exitCode, 0);
    EXPECT_EQ(articles.json().array().size(), 34);

    const CliRun codes = cli({QStringLiteral("codes")});
    ASSERT_EQ(codes.exitCode, 0);
    const QJsonArray list = codes.json().array();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].toObject().value(u"id").toString(), QStringLiteral("dunamare"));
    EXPECT_EQ(list[0].toObject().value(u"adopted").toString(), QStringLiteral("2019-04-15"));
    EXPECT_EQ(list[1].toObject().value(u"adopted").toString(), QStringLiteral("2020-10-01"));

    const CliRun text = cli({QStringLiteral("questions"), QStringLiteral("--format"), QStringLiteral("text"),
                             QStringLiteral("--code"), QStringLiteral("mondia")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(u"escalating")) << text.out.toStdString();
}

TEST(Cli, BadUsageExits64WithTheUsage)
{
    for (const QStringList& args :
         {QStringList{}, QStringList{QStringLiteral("judge")},
          QStringList{QStringLiteral("codes"), QStringLiteral("--colour")},
          QStringList{QStringLiteral("verify"), QStringLiteral("--format"), QStringLiteral("xml")},
          QStringList{QStringLiteral("evaluate")},
          QStringList{QStringLiteral("evaluate"), QStringLiteral("a.json"), QStringLiteral("b.json")},
          QStringList{QStringLiteral("articles")}, QStringList{QStringLiteral("verify"), QStringLiteral("--code")},
          QStringList{QStringLiteral("verify"), QStringLiteral("--code"), QStringLiteral("dunamare"),
                      QStringLiteral("--code-file"), QStringLiteral("x.json")}}) {
        const CliRun run = cli(args);
        expectError(run, 64, QStringLiteral("codewijzer-cli COMMAND"));
    }
}

TEST(Cli, HelpAndVersion)
{
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"codewijzer-cli COMMAND"));
    const CliRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(u"codewijzer-cli "));
    EXPECT_TRUE(version.err.isEmpty());
}

TEST(Cli, HostileInputGetsOneClearLineAndExitTwo)
{
    const QByteArray answers = R"({"code": "mondia", "answers": {"activity": "report"}})";
    const QString text = QString::fromUtf8(answers);
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const std::vector<std::pair<QByteArray, QString>> inputs{
        {QByteArray(), QStringLiteral("the file is empty")},
        {QByteArray("\x00\x01\x02garbage", 10), QStringLiteral("not UTF-8 text")},
        {utf16, QStringLiteral("looks like UTF-16")},
        {QByteArray(10000, '[') + QByteArray(10000, ']'),
         QStringLiteral("<stdin>:1:1026: the JSON is too deeply nested")},
        {R"({"code": "mondia", "answers": {"activity": "report", "activity": "lesson"}})",
         QStringLiteral("<stdin>:1:54: answers.activity: the key appears twice")},
        {answers.left(answers.size() - 1) + ", \"pad\": \"" + QByteArray(50 * 1024 * 1024, 'x') + "\"}",
         QStringLiteral("larger than 8388608 bytes are not read")},
    };
    for (const auto& [input, message] : inputs) {
        expectBadInput(cli({QStringLiteral("evaluate"), QStringLiteral("--lang=en"), QStringLiteral("-")}, input),
                       message);
    }
}

TEST(Cli, AcceptsAByteOrderMarkAndEveryOptionOfSeveralOptionQuestions)
{
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("-")},
                           "\xEF\xBB\xBF"
                           R"({"code": "dunamare", "answers": {"activity": "publish",
                           "audience": ["pupils", "parents", "colleagues", "public"], "content": ["pupil_images",
                           "personal_info", "confidential", "about_school", "negative_person", "teaching_material",
                           "test_material"]}})");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().object().value(u"verdict").toString(), QStringLiteral("stop"));
}

TEST(Cli, WhatIfListsTheChangesThatMakeTheVerdictLessStrict)
{
    const CliRun run = cli({QStringLiteral("whatif"),
                            source(QStringLiteral("tests/scenarios/whatsapp-pupil-no-exception.dunamare.json"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = run.json().object();
    EXPECT_EQ(result.value(u"code").toString(), QStringLiteral("dunamare"));
    EXPECT_EQ(result.value(u"verdict").toString(), QStringLiteral("check_first"));
    const QJsonArray alternatives = result.value(u"alternatives").toArray();
    ASSERT_FALSE(alternatives.isEmpty());
    bool schoolSystems = false;
    for (const QJsonValue& a : alternatives) {
        const QJsonObject alternative = a.toObject();
        EXPECT_TRUE(alternative.value(u"changes").isObject());
        EXPECT_FALSE(alternative.value(u"changes").toObject().isEmpty());
        EXPECT_NE(alternative.value(u"verdict").toString(), QStringLiteral("check_first"));
        EXPECT_NE(alternative.value(u"verdict").toString(), QStringLiteral("stop"));
        schoolSystems = schoolSystems || alternative.value(u"changes").toObject().value(u"channel") ==
                                             QJsonValue(QStringLiteral("school_system"));
    }
    EXPECT_TRUE(schoolSystems) << "use the school's own systems, not WhatsApp";

    const CliRun text = cli({QStringLiteral("whatif"), QStringLiteral("--format"), QStringLiteral("text"),
                             QStringLiteral("--lang"), QStringLiteral("en"),
                             source(QStringLiteral("tests/scenarios/whatsapp-pupil-no-exception.dunamare.json"))});
    EXPECT_TRUE(text.out.contains(QStringLiteral("What would change this verdict:"))) << text.out.toStdString();
    expectError(cli({QStringLiteral("whatif")}), 64, QStringLiteral("whatif"));
}

TEST(Cli, CompareShowsBothCodesAndWhatDiffers)
{
    const CliRun run = cli({QStringLiteral("compare"),
                            source(QStringLiteral("tests/scenarios/class-photo-enrolment-consent.mondia.json"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = run.json().object();
    const QJsonArray codes = result.value(u"codes").toArray();
    ASSERT_EQ(codes.size(), 2);
    EXPECT_EQ(codes.at(0).toObject().value(u"code").toString(), QStringLiteral("dunamare"));
    EXPECT_EQ(codes.at(0).toObject().value(u"verdict").toString(), QStringLiteral("check_first"));
    EXPECT_TRUE(articleIds(codes.at(0).toObject()).contains(QStringLiteral("III.B.9")));
    EXPECT_EQ(codes.at(1).toObject().value(u"verdict").toString(), QStringLiteral("go"));
    EXPECT_TRUE(articleIds(codes.at(1).toObject()).contains(QStringLiteral("scholen.3")));
    const QJsonObject differences = result.value(u"differences").toObject();
    EXPECT_TRUE(differences.value(u"verdict").toBool());
    EXPECT_EQ(differences.value(u"stricter").toString(), QStringLiteral("dunamare"));

    const CliRun one = cli({QStringLiteral("compare"), QStringLiteral("--codes"), QStringLiteral("mondia"),
                            source(QStringLiteral("tests/scenarios/class-photo-enrolment-consent.mondia.json"))});
    EXPECT_EQ(one.json().object().value(u"codes").toArray().size(), 1);
    expectBadInput(cli({QStringLiteral("compare"), QStringLiteral("--codes"), QStringLiteral("mondia,nope"),
                        source(QStringLiteral("tests/scenarios/class-photo-enrolment-consent.mondia.json"))}),
                   QStringLiteral("nope"));
}

TEST(Cli, CasesListsEachCaseWithTheVerdictThatEvaluateGivesIt)
{
    for (const QString& code : {QStringLiteral("dunamare"), QStringLiteral("mondia")}) {
        SCOPED_TRACE(code.toStdString());
        const CliRun run = cli({QStringLiteral("cases"), QStringLiteral("--code"), code});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QJsonArray cases = run.json().array();
        ASSERT_GE(cases.size(), 12);
        for (const QJsonValue& value : cases) {
            const QJsonObject c = value.toObject();
            for (const char* key : {"id", "title", "situation", "answers", "verdict", "articles"}) {
                EXPECT_TRUE(c.contains(QLatin1String(key))) << key;
            }
            const QJsonObject answers{{QStringLiteral("code"), code}, {QStringLiteral("answers"), c.value(u"answers")}};
            const CliRun evaluated =
                cli({QStringLiteral("evaluate"), QStringLiteral("-")}, QJsonDocument(answers).toJson());
            ASSERT_EQ(evaluated.exitCode, 0) << evaluated.err.toStdString();
            EXPECT_TRUE(evaluated.err.isEmpty()) << "no answer to an unasked question: " << evaluated.err.toStdString();
            const QJsonObject result = evaluated.json().object();
            EXPECT_EQ(result.value(u"verdict"), c.value(u"verdict")) << c.value(u"id").toString().toStdString();
            QStringList listed;
            for (const QJsonValue& a : c.value(u"articles").toArray()) {
                listed << a.toString();
            }
            EXPECT_EQ(articleIds(result), listed) << c.value(u"id").toString().toStdString();
        }
    }
}

TEST(Cli, CasesAsTextInEnglish)
{
    const CliRun run = cli({QStringLiteral("cases"), QStringLiteral("--code=mondia"), QStringLiteral("--format=text"),
                            QStringLiteral("--lang=en")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(u"whatsapp-groep-klas  A WhatsApp group for the form class")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"Verdict: Go, if you follow the advice"));
}

TEST(Cli, CasesAndVerifyFailLoudlyOnACaseTheRulesDoNotGive)
{
    QTemporaryDir dir;
    QFile example(source(QStringLiteral("docs/examples/voorbeeldschool.json")));
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    QByteArray code = example.readAll();
    const qsizetype at = code.lastIndexOf(R"("verdict": "out_of_scope")");
    ASSERT_GT(at, code.indexOf(R"("cases")"));
    code.replace(at, qstrlen(R"("verdict": "out_of_scope")"), R"("verdict": "go")");
    const QString path = writeTemp(dir, QStringLiteral("school.json"), code);

    const CliRun cases =
        cli({QStringLiteral("cases"), QStringLiteral("--lang=en"), QStringLiteral("--code-file"), path});
    expectBadInput(cases, QStringLiteral("cases[1].expect.verdict: case \"vakantiefoto\" expects go, but the rules "
                                         "give out_of_scope"));
    EXPECT_TRUE(cases.err.contains(QDir::toNativeSeparators(path) + u':')) << cases.err.toStdString();

    const CliRun verified = cli({QStringLiteral("verify"), QStringLiteral("--code-file"), path});
    EXPECT_EQ(verified.exitCode, 1);
    const QJsonArray problems = verified.json().array()[0].toObject().value(u"problems").toArray();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].toString().contains(u"cases[1].expect.verdict")) << problems[0].toString().toStdString();
}
