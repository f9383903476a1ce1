#include "TestData.h"
#include "model/AnswersFile.h"
#include "rules/Evaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <set>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

std::vector<std::string> scenarioFiles()
{
    return jsonFiles(QStringLiteral("tests/scenarios"));
}

class Scenario : public testing::TestWithParam<std::string>
{
};

} // namespace

// Each scenario is an answers file with a description and what the code must answer; the CLI
// evaluates it as it is.
TEST_P(Scenario, GetsTheExpectedVerdictAndArticles)
{
    const QString path = sourcePath(QString::fromStdString(GetParam()));
    const QByteArray json = readFile(path);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    ASSERT_FALSE(root.value(u"description").toString().isEmpty()) << "a scenario says what it is about";
    const QJsonObject expect = root.value(u"expect").toObject();

    const Questionnaire& q = Questionnaire::builtin();
    Diagnostics problems;
    const auto answers = AnswersFile::parse(json, path, q, problems);
    ASSERT_TRUE(answers) << problems.front().toString().toStdString();
    const auto loaded = loadedCode(CodeSource::builtin(answers->code));
    ASSERT_TRUE(loaded);
    const CodeOfConduct* code = &loaded->code;

    std::vector<int> ignored;
    const Evaluation e = evaluate(*code, q, q.resolve(answers->given, &ignored));
    EXPECT_TRUE(ignored.empty()) << "the scenario answers a question that is not asked: "
                                 << q.question(ignored.front()).id.toStdString();
    EXPECT_EQ(verdictId(e.verdict).toStdString(), expect.value(u"verdict").toString().toStdString())
        << root.value(u"description").toString().toStdString();

    std::set<std::string> expected, cited;
    for (const QJsonValue& id : expect.value(u"articles").toArray()) {
        expected.insert(id.toString().toStdString());
    }
    for (int a : e.articles) {
        cited.insert(code->articles[static_cast<std::size_t>(a)].id.toStdString());
    }
    EXPECT_EQ(cited, expected);
}

INSTANTIATE_TEST_SUITE_P(Scenarios, Scenario, testing::ValuesIn(scenarioFiles()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param.substr(info.param.find_last_of('/') + 1);
                             name = name.substr(0, name.size() - 5);
                             std::replace_if(
                                 name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
                             return name;
                         });

TEST(Scenarios, CoverEveryActivityUnderBothCodes)
{
    std::set<std::pair<std::string, std::string>> seen;
    for (const std::string& file : scenarioFiles()) {
        const QJsonObject root = QJsonDocument::fromJson(readFile(sourcePath(QString::fromStdString(file)))).object();
        seen.insert({root.value(u"code").toString().toStdString(),
                     root.value(u"answers").toObject().value(u"activity").toString().toStdString()});
    }
    for (const char* code : {"dunamare", "mondia"}) {
        for (const char* activity : {"publish", "contact", "connect", "react", "lesson", "report"}) {
            EXPECT_TRUE(seen.count({code, activity})) << code << " has no scenario for " << activity;
        }
    }
    EXPECT_GE(scenarioFiles().size(), 30u);
}
