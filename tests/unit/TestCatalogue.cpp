// Where a code comes from, and the catalogue that lists, loads and caches codes with their cases.

#include "TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

using namespace codewijzer;
using namespace codewijzer::test;

TEST(CodeSources, AreABuiltInIdOrAnAbsoluteFilePath)
{
    EXPECT_TRUE(CodeSource::fromIdOrPath(QStringLiteral("mondia")).isBuiltin());
    const CodeSource file = CodeSource::fromIdOrPath(QStringLiteral("school.json"));
    EXPECT_TRUE(file.isFile());
    EXPECT_TRUE(QFileInfo(file.name()).isAbsolute());
    EXPECT_EQ(CodeSource::fromSetting(file.toSetting()), file);
    EXPECT_EQ(CodeSource::fromSetting(QStringLiteral("dunamare")), CodeSource::builtin(QStringLiteral("dunamare")));
    EXPECT_TRUE(CodeSource::fromSetting({}).isNull());
    EXPECT_EQ(CodeSource::builtin(QStringLiteral("mondia")).codeFile(), QStringLiteral(":/codes/mondia.json"));
    EXPECT_EQ(CodeSource::builtin(QStringLiteral("mondia")).casesFile(), QStringLiteral(":/cases/mondia.json"));
}

TEST(Catalogue, LoadsABuiltInCodeOnceWithItsCases)
{
    CodeCatalogue catalogue(Questionnaire::builtin());
    Diagnostics problems;
    const auto first = catalogue.load(CodeSource::builtin(QStringLiteral("dunamare")), problems);
    ASSERT_TRUE(first);
    EXPECT_TRUE(problems.empty());
    ASSERT_TRUE(first->cases);
    EXPECT_GE(first->cases->cases.size(), 12u);
    EXPECT_EQ(catalogue.load(CodeSource::builtin(QStringLiteral("dunamare")), problems), first) << "cached";
    const auto others = catalogue.comparedWith(QStringLiteral("dunamare"));
    ASSERT_EQ(others.size(), 1u);
    EXPECT_EQ(others.front()->code.id, QStringLiteral("mondia"));
}

TEST(Catalogue, ReadsASchoolsFileAgainOnlyWhenItChanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("school.json"));
    QByteArray text = readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")));
    QFile::copy(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")), path);
    CodeCatalogue catalogue(Questionnaire::builtin());
    Diagnostics problems;
    const auto first = catalogue.load(CodeSource::file(path), problems);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->cases->cases.size(), 2u) << "its own cases, read in the same pass";
    EXPECT_EQ(catalogue.load(CodeSource::file(path), problems), first);

    text.replace("\"version\": \"", "\"version\": \"2-");
    QThread::msleep(20); // a new modification time
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    const auto second = catalogue.load(CodeSource::file(path), problems);
    ASSERT_TRUE(second);
    EXPECT_NE(second, first);
    EXPECT_TRUE(second->code.version.startsWith(u"2-"));
    EXPECT_EQ(catalogue.summary(CodeSource::file(path))->version, second->code.version);
}

TEST(Catalogue, RefusesAnUnknownIdAndASchoolsFileThatTakesABuiltInId)
{
    CodeCatalogue catalogue(Questionnaire::builtin());
    Diagnostics problems;
    EXPECT_FALSE(catalogue.load(CodeSource::builtin(QStringLiteral("atlas")), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].message.contains(u"unknown code \"atlas\""));
    EXPECT_EQ(problems[0].toString(), problems[0].message) << "no file, so no file name: never \"<input>\"";

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.json"));
    ASSERT_TRUE(QFile::copy(sourcePath(QStringLiteral("resources/codes/mondia.json")), path));
    problems.clear();
    EXPECT_FALSE(catalogue.load(CodeSource::file(path), problems))
        << "else assessments made under it would reopen under the built-in rules";
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].jsonPath, QStringLiteral("id"));
    EXPECT_TRUE(problems[0].message.contains(u"built-in code")) << problems[0].message.toStdString();
}

TEST(Catalogue, ComparesABuiltInCodeWithTheOthersShownAndASchoolsCodeWithNone)
{
    CodeCatalogue catalogue(Questionnaire::builtin());
    EXPECT_EQ(catalogue.shownBuiltins().size(), 2u);
    EXPECT_EQ(catalogue.comparedIds(QStringLiteral("dunamare")), QStringList{QStringLiteral("mondia")});
    EXPECT_TRUE(catalogue.comparedIds(QStringLiteral("voorbeeldschool")).isEmpty()) << "a school's own code";

    catalogue.setComparedWith(
        QStringList{QStringLiteral("mondia"), QStringLiteral("elders"), QStringLiteral("mondia")});
    EXPECT_EQ(catalogue.comparedIds(QStringLiteral("voorbeeldschool")), QStringList{QStringLiteral("mondia")})
        << "unknown ids and doubles left out";
    EXPECT_TRUE(catalogue.comparedIds(QStringLiteral("mondia")).isEmpty()) << "never with itself";
    ASSERT_EQ(catalogue.comparedWith(QStringLiteral("voorbeeldschool")).size(), 1u);

    catalogue.setComparedWith(std::nullopt);
    catalogue.setShownBuiltins({QStringLiteral("mondia")});
    ASSERT_EQ(catalogue.shownBuiltins().size(), 1u);
    EXPECT_EQ(catalogue.shownBuiltins().front().name(), QStringLiteral("mondia"));
    EXPECT_TRUE(catalogue.comparedIds(QStringLiteral("mondia")).isEmpty()) << "dunamare is not shown";
    catalogue.setShownBuiltins({});
    EXPECT_TRUE(catalogue.shownBuiltins().empty());
}
