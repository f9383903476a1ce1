#include "TestData.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

struct Malformed
{
    const char* file;     // in tests/data/malformed/
    const char* message;  // a part of the diagnostic's message
    const char* jsonPath; // where it points ("" when it points at a line and column of the text)
    const char* ruleId;   // the rule it names, if any
    int line;             // 0: not checked
};

void PrintTo(const Malformed& m, std::ostream* os)
{
    *os << m.file;
}

class MalformedCodeFile : public testing::TestWithParam<Malformed>
{
};

} // namespace

TEST_P(MalformedCodeFile, IsRefusedWithItsOwnDiagnostic)
{
    const Malformed& m = GetParam();
    const QString path = sourcePath(QStringLiteral("tests/data/malformed/%1").arg(QString::fromLatin1(m.file)));
    Diagnostics problems;
    EXPECT_FALSE(codeFromFile(path, problems));
    ASSERT_FALSE(problems.empty());
    const auto match = std::find_if(problems.begin(), problems.end(),
                                    [&](const Diagnostic& d) { return d.message.contains(QLatin1String(m.message)); });
    ASSERT_NE(match, problems.end()) << "first problem: " << problems.front().toString().toStdString();
    EXPECT_EQ(match->file, path);
    EXPECT_EQ(match->jsonPath.toStdString(), m.jsonPath);
    EXPECT_EQ(match->ruleId.toStdString(), m.ruleId);
    if (m.line > 0) {
        EXPECT_EQ(match->line, m.line);
    }
    if (std::string(m.jsonPath).size() > 0) {
        EXPECT_GT(match->line, 0) << "a problem at a JSON path also gets the line it is on";
    }
}

INSTANTIATE_TEST_SUITE_P(
    Loader, MalformedCodeFile,
    testing::Values(
        Malformed{"syntax-error.json", "a comma is missing before this: add a ',' after what comes before it", "", "",
                  4},
        Malformed{"not-an-object.json", "expected a JSON object at the top level", "", "", 1},
        Malformed{"empty.json", "the file is empty", "", "", 0},
        Malformed{"wrong-format.json", "expected \"format\": \"codewijzer-code\"", "format", "", 2},
        Malformed{"unknown-question.json", "unknown question \"contents\"", "rules[1].when.all[0].question",
                  "beelden-zonder-toestemming", 0},
        Malformed{"unknown-option.json", "has no option \"publsh\"", "rules[0].when.all[0].is[1]", "prive", 0},
        Malformed{"is-on-several.json", "use \"has\", not \"is\"", "rules[1].when.all[0].is",
                  "beelden-zonder-toestemming", 0},
        Malformed{"duplicate-article.json", "article \"2\" appears twice", "articles[2].id", "", 0},
        Malformed{"unknown-article.json", "unknown article \"9\"", "rules[2].articles[1]", "beelden-met-toestemming",
                  0},
        Malformed{"rule-without-article.json", "a rule needs at least one article", "rules[2].articles",
                  "beelden-met-toestemming", 0},
        Malformed{"missing-dutch.json", "missing \"nl\"", "rules[2].advice", "beelden-met-toestemming", 0},
        Malformed{"wrong-type.json", "expected an array, found a string", "rules[2].articles",
                  "beelden-met-toestemming", 0},
        Malformed{"unknown-verdict.json", "unknown verdict \"maybe\"", "rules[2].verdict", "beelden-met-toestemming",
                  0},
        Malformed{"duplicate-rule-id.json", "rule id \"prive\" appears twice", "rules[2].id", "prive", 0},
        Malformed{"missing-article-text.json", "missing \"text\"", "articles[1]", "", 0},
        Malformed{"bad-date.json", "expected a date as YYYY-MM-DD", "adopted", "", 0},
        Malformed{"unknown-key.json", "unknown key \"verdikt\"", "rules[2].verdikt", "beelden-met-toestemming", 0},
        Malformed{"empty-condition.json", "a condition needs \"all\", \"any\", \"not\" or \"question\"",
                  "rules[2].when", "beelden-met-toestemming", 0},
        Malformed{"unknown-contact.json", "unknown contact \"mentor\"", "rules[1].contacts[0]",
                  "beelden-zonder-toestemming", 0},
        Malformed{"number-for-string.json", "expected a string, found a number", "version", "", 0},
        Malformed{"empty-id.json", "must not be empty", "articles[0].id", "", 0},
        Malformed{"bad-previous.json", "expected a fingerprint of 12 digits", "previous[1]", "", 14},
        Malformed{"bad-previous.json", "fingerprint \"1b771bc2c03a\" is listed twice", "previous[2]", "", 15},
        Malformed{"draft-unknown-placeholder.json", "unknown placeholder \"{naam}\"", "drafts[0].text.nl", "", 0},
        Malformed{"draft-unclosed-brace.json", "a \"{\" without its \"}\"", "drafts[0].subject.en", "", 0},
        Malformed{"draft-unknown-rule.json", "unknown rule \"beelden\"", "drafts[0].rules[0]", "", 0},
        Malformed{"draft-without-rule.json", "a draft needs at least one rule it serves", "drafts[0].rules", "", 0},
        Malformed{"draft-article-not-of-its-rules.json", "article \"3\" is cited by none of the draft's rules",
                  "drafts[0].articles[0]", "", 0},
        Malformed{"draft-line-with-subject.json", "a line has no \"to\" or \"subject\"", "drafts[0]", "", 0},
        Malformed{"draft-unknown-kind.json", "unknown kind \"letter\"", "drafts[0].kind", "", 0}));

TEST(CodeLoader, ReadsTheFingerprintsOfEarlierVersionsAndTheChangeNote)
{
    QJsonObject root =
        QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")))).object();
    root[QStringLiteral("previous")] = QJsonArray{QStringLiteral("1b771bc2c03a"), QStringLiteral("022eb724c0ac")};
    root[QStringLiteral("changeNote")] =
        QJsonObject{{QStringLiteral("nl"), QStringLiteral("Toetsen")}, {QStringLiteral("en"), QStringLiteral("Tests")}};
    Diagnostics problems;
    const auto code = CodeOfConduct::load(QJsonDocument(root).toJson(), QStringLiteral("next.json"),
                                          Questionnaire::builtin(), problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();
    EXPECT_EQ(code->previous, (QStringList{QStringLiteral("1b771bc2c03a"), QStringLiteral("022eb724c0ac")}));
    EXPECT_EQ(code->changeNote.en, QStringLiteral("Tests"));
    EXPECT_TRUE(builtinCode(QStringLiteral("dunamare")).previous.isEmpty());
}

TEST(CodeLoader, CollectsEveryProblemInsteadOfStoppingAtTheFirst)
{
    Diagnostics problems;
    codeFromFile(sourcePath(QStringLiteral("tests/data/malformed/several-problems.json")), problems);
    QStringList messages;
    for (const Diagnostic& d : problems) {
        messages << d.toString();
    }
    const QString all = messages.join(u'\n');
    EXPECT_TRUE(all.contains(u"unknown question \"activiteit\"")) << all.toStdString();
    EXPECT_TRUE(all.contains(u"unknown verdict \"nee\"")) << all.toStdString();
    EXPECT_TRUE(all.contains(u"unknown article \"99\"")) << all.toStdString();
    EXPECT_TRUE(all.contains(u"articles[3].title: missing \"nl\"")) << all.toStdString();
    EXPECT_EQ(problems.size(), 4u) << all.toStdString();
}

TEST(CodeLoader, NamesTheFileLineAndRuleInOneLine)
{
    Diagnostics problems;
    const QString path = sourcePath(QStringLiteral("tests/data/malformed/unknown-article.json"));
    codeFromFile(path, problems);
    ASSERT_EQ(problems.size(), 1u);
    const QString line = problems.front().toString();
    EXPECT_TRUE(line.startsWith(QDir::toNativeSeparators(path) + u':')) << line.toStdString();
    EXPECT_TRUE(line.contains(u"rules[2].articles[1] (rule 'beelden-met-toestemming'): unknown article \"9\""))
        << line.toStdString();
    EXPECT_FALSE(line.contains(u'\n'));
}

TEST(CodeLoader, RefusesAFolderAndAMissingFile)
{
    Diagnostics problems;
    EXPECT_FALSE(codeFromFile(sourcePath(QStringLiteral("tests")), problems));
    EXPECT_FALSE(codeFromFile(sourcePath(QStringLiteral("no-such-file.json")), problems));
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_TRUE(problems[0].message.contains(u"is a folder"));
    EXPECT_TRUE(problems[1].message.contains(u"cannot read the file"));
}

TEST(CodeLoader, RefusesAnUnknownBuiltInCode)
{
    Diagnostics problems;
    EXPECT_FALSE(CodeCatalogue::shared().load(CodeSource::builtin(QStringLiteral("atlas")), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].message.contains(u"unknown code \"atlas\" (built-in codes: dunamare, mondia)"));
}

TEST(CodeLoader, LoadsASchoolsOwnCodeFile)
{
    Diagnostics problems;
    const auto code = codeFromFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")), problems);
    ASSERT_TRUE(code);
    EXPECT_EQ(code->id, QStringLiteral("voorbeeldschool"));
    EXPECT_EQ(code->articles.size(), 4u);
    EXPECT_EQ(code->adopted, QDate(2024, 9, 1));
}
