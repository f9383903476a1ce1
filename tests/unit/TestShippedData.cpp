#include "TestData.h"
#include "authoring/TextImport.h"
#include "rules/Verifier.h"

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

// Every code file the project ships: the built-in codes and the example for schools.
std::vector<std::string> shippedCodeFiles()
{
    std::vector<std::string> files = jsonFiles(QStringLiteral("resources/codes"));
    const std::vector<std::string> examples = jsonFiles(QStringLiteral("docs/examples"));
    files.insert(files.end(), examples.begin(), examples.end());
    return files;
}

class ShippedCodeFile : public testing::TestWithParam<std::string>
{
protected:
    CodeOfConduct load() const
    {
        Diagnostics problems;
        auto code = codeFromFile(sourcePath(QString::fromStdString(GetParam())), problems);
        for (const Diagnostic& d : problems) {
            ADD_FAILURE() << d.toString().toStdString();
        }
        return code ? std::move(*code) : CodeOfConduct{};
    }
};

} // namespace

TEST_P(ShippedCodeFile, LoadsWithoutProblems)
{
    const CodeOfConduct code = load();
    EXPECT_FALSE(code.id.isEmpty());
    EXPECT_FALSE(code.rules.empty());
}

TEST_P(ShippedCodeFile, VerifyPassesAndEveryRuleApplies)
{
    const CodeOfConduct code = load();
    const VerifyReport report = verify(code, Questionnaire::builtin());
    EXPECT_TRUE(report.ok());
    for (int r : report.unfiredRules) {
        ADD_FAILURE() << "rule never applies: " << code.rules[static_cast<std::size_t>(r)].id.toStdString();
    }
}

TEST_P(ShippedCodeFile, LeavesAnArticleUncitedOnlyWithAReason)
{
    const CodeOfConduct code = load();
    const VerifyReport report = verify(code, Questionnaire::builtin());
    for (std::size_t a = 0; a < code.articles.size(); ++a) {
        const Article& article = code.articles[a];
        const bool unreached =
            std::count(report.unreachedArticles.begin(), report.unreachedArticles.end(), static_cast<int>(a)) > 0;
        const bool hasReason = !article.notCited.nl.isEmpty() && !article.notCited.en.isEmpty();
        EXPECT_EQ(unreached, hasReason) << article.id.toStdString()
                                        << (unreached ? ": no rule cites it and no reason is given"
                                                      : ": it is cited, yet marked as not cited");
    }
}

INSTANTIATE_TEST_SUITE_P(Data, ShippedCodeFile, testing::ValuesIn(shippedCodeFiles()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param.substr(info.param.find_last_of('/') + 1);
                             name = name.substr(0, name.find('.'));
                             std::replace_if(
                                 name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
                             return name;
                         });

TEST(ShippedData, BuiltInCodesQuoteTheirArticlesVerbatim)
{
    const std::map<QString, QString> seeds{
        {QStringLiteral("dunamare"), QStringLiteral("dunamare-gedragscode-social-media.txt")},
        {QStringLiteral("mondia"), QStringLiteral("mondia-protocol-sociale-media.txt")}};
    for (const auto& [id, seedFile] : seeds) {
        const QString seed = flattenExtractedText(
            QString::fromUtf8(readFile(sourcePath(QStringLiteral("tests/data/seeds/") + seedFile))));
        const CodeOfConduct code = builtinCode(id);
        for (const Article& article : code.articles) {
            // The footnote mark that the extraction flattened to a digit is shown as a superscript.
            QString text = article.text.simplified();
            text.replace(QStringLiteral("niet\u00b9"), QStringLiteral("niet1"));
            EXPECT_TRUE(seed.contains(text))
                << id.toStdString() << " " << article.id.toStdString() << " is not verbatim from the code";
        }
    }
}

TEST(ShippedData, BuiltInCodesHaveTheArticleIdsOfArticlesMd)
{
    std::vector<std::string> dunamare{"inleiding", "I.1", "I.2", "I.3"};
    for (int i = 1; i <= 5; ++i) {
        dunamare.push_back("II." + std::to_string(i));
    }
    for (int i = 1; i <= 5; ++i) {
        dunamare.push_back("III.A." + std::to_string(i));
    }
    for (int i = 1; i <= 12; ++i) {
        dunamare.push_back("III.B." + std::to_string(i));
    }
    for (int i = 1; i <= 3; ++i) {
        dunamare.push_back("IV." + std::to_string(i));
    }
    for (int i = 1; i <= 5; ++i) {
        dunamare.push_back("V." + std::to_string(i));
    }
    std::vector<std::string> mondia{"inleiding", "sociale-media", "algemeen"};
    for (const auto& [section, count] : std::vector<std::pair<std::string, int>>{
             {"scholen", 3}, {"betrokkenen", 6}, {"onderwijs", 5}, {"binnen-buiten", 6}}) {
        for (int i = 1; i <= count; ++i) {
            mondia.push_back(section + "." + std::to_string(i));
        }
    }
    mondia.push_back("melding");
    mondia.push_back("voetnoot-1");

    for (const auto& [id, expected] :
         {std::pair{QStringLiteral("dunamare"), dunamare}, std::pair{QStringLiteral("mondia"), mondia}}) {
        std::vector<std::string> ids;
        for (const Article& a : builtinCode(id).articles) {
            ids.push_back(a.id.toStdString());
        }
        EXPECT_EQ(ids, expected) << id.toStdString();
    }
}

TEST(ShippedData, BuiltInCodesCarryTheirAdoptionDates)
{
    EXPECT_EQ(builtinCode(QStringLiteral("dunamare")).adopted, QDate(2019, 4, 15));
    EXPECT_EQ(builtinCode(QStringLiteral("dunamare")).inForce, QDate(2019, 4, 16));
    EXPECT_EQ(builtinCode(QStringLiteral("mondia")).adopted, QDate(2020, 10, 1));
}
