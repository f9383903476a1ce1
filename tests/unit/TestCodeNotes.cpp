#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

const QString kFile = QStringLiteral("school.json");

// The example school's code with a change, indented, as a coordinator's file would be.
QByteArray exampleWith(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject code =
        QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")))).object();
    change(code);
    return QJsonDocument(code).toJson(QJsonDocument::Indented);
}

// Sets `key` of the first object in the array `list` of the code.
void setInFirst(QJsonObject& code, const QString& list, const QString& key, const QJsonValue& value)
{
    QJsonArray items = code.value(list).toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(key, value);
    items.replace(0, first);
    code.insert(list, items);
}

std::shared_ptr<const LoadedCode> load(const QByteArray& text, Diagnostics& problems)
{
    return CodeCatalogue::parse(text, CodeSource::file(kFile), Questionnaire::builtin(), problems);
}

} // namespace

TEST(CodeNotes, TheExampleNamesItsSchema)
{
    const QJsonObject example =
        QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")))).object();
    EXPECT_EQ(example.value(u"$schema").toString(), QStringLiteral("../code-format.schema.json"));
}

TEST(CodeNotes, ASchemaAndNotesAreAcceptedWhereACoordinatorWritesThem)
{
    const QByteArray text = exampleWith([](QJsonObject& code) {
        code.insert(QStringLiteral("$schema"), QStringLiteral("https://example.org/code-format.schema.json"));
        code.insert(QStringLiteral("notes"), QJsonArray{QStringLiteral("Overgenomen uit het concept van mei."),
                                                        QStringLiteral("Regel 3 nog bespreken.")});
        setInFirst(code, QStringLiteral("articles"), QStringLiteral("notes"), QStringLiteral("tekst van 2024"));
        setInFirst(code, QStringLiteral("rules"), QStringLiteral("notes"), QJsonArray{QStringLiteral("met MR")});
        setInFirst(code, QStringLiteral("contacts"), QStringLiteral("notes"), QStringLiteral("de teamleider"));
        setInFirst(code, QStringLiteral("drafts"), QStringLiteral("notes"), QStringLiteral("nagekeken"));
        setInFirst(code, QStringLiteral("cases"), QStringLiteral("notes"), QStringLiteral("een echte vraag"));
    });
    Diagnostics problems;
    const auto loaded = load(text, problems);
    ASSERT_TRUE(loaded) << problems.front().toString().toStdString();
    EXPECT_TRUE(problems.empty());
    ASSERT_TRUE(loaded->cases);
    EXPECT_TRUE(loaded->caseProblems.empty())
        << (loaded->caseProblems.empty() ? std::string() : loaded->caseProblems.front().toString().toStdString());
    EXPECT_EQ(loaded->cases->cases.size(), 2u);
}

TEST(CodeNotes, NotesDoNotChangeWhatTheCodeConcludes)
{
    Diagnostics problems;
    const auto plain = load(exampleWith([](QJsonObject&) {}), problems);
    const auto noted = load(exampleWith([](QJsonObject& code) {
                                setInFirst(code, QStringLiteral("rules"), QStringLiteral("notes"), QStringLiteral("x"));
                            }),
                            problems);
    ASSERT_TRUE(plain && noted);
    ASSERT_EQ(plain->code.rules.size(), noted->code.rules.size());
    for (std::size_t i = 0; i < plain->code.rules.size(); ++i) {
        EXPECT_EQ(plain->code.rules[i].id, noted->code.rules[i].id);
        EXPECT_EQ(plain->code.rules[i].verdict, noted->code.rules[i].verdict);
        EXPECT_EQ(plain->code.rules[i].advice.nl, noted->code.rules[i].advice.nl);
    }
}

TEST(CodeNotes, WrongTypesAreRefusedWithTheirPlace)
{
    struct Wrong
    {
        std::function<void(QJsonObject&)> change;
        const char* path;
        const char* message;
    };
    const std::vector<Wrong> wrongs = {
        {[](QJsonObject& code) { code.insert(QStringLiteral("$schema"), 2); }, "$schema",
         "expected a string, found a number"},
        {[](QJsonObject& code) { code.insert(QStringLiteral("notes"), true); }, "notes",
         "\"notes\" is a string or an array of strings, found a true/false value"},
        {[](QJsonObject& code) {
             setInFirst(code, QStringLiteral("articles"), QStringLiteral("notes"), QJsonArray{QStringLiteral("ok"), 4});
         },
         "articles[0].notes[1]", "expected a string, found a number"},
        {[](QJsonObject& code) {
             setInFirst(code, QStringLiteral("rules"), QStringLiteral("notes"), QJsonObject{{QStringLiteral("a"), 1}});
         },
         "rules[0].notes", "\"notes\" is a string or an array of strings, found an object"},
        {[](QJsonObject& code) { setInFirst(code, QStringLiteral("contacts"), QStringLiteral("notes"), 1); },
         "contacts[0].notes", "\"notes\" is a string or an array of strings, found a number"},
        {[](QJsonObject& code) { setInFirst(code, QStringLiteral("drafts"), QStringLiteral("notes"), QJsonValue()); },
         "drafts[0].notes", "\"notes\" is a string or an array of strings, found null"},
    };
    for (const Wrong& wrong : wrongs) {
        Diagnostics problems;
        EXPECT_FALSE(load(exampleWith(wrong.change), problems)) << wrong.path;
        ASSERT_EQ(problems.size(), 1u) << wrong.path;
        const Diagnostic& d = problems.front();
        EXPECT_TRUE(d.file.endsWith(u'/' + kFile)) << d.file.toStdString();
        EXPECT_EQ(d.jsonPath.toStdString(), wrong.path);
        EXPECT_EQ(d.message.toStdString(), wrong.message);
        EXPECT_GT(d.line, 0) << wrong.path;
        EXPECT_GT(d.column, 0) << wrong.path;
    }
}

TEST(CodeNotes, ACaseWithNotesOfTheWrongTypeIsAProblemOfItsCase)
{
    Diagnostics problems;
    const auto loaded = load(
        exampleWith([](QJsonObject& code) { setInFirst(code, QStringLiteral("cases"), QStringLiteral("notes"), 5); }),
        problems);
    ASSERT_TRUE(loaded) << "the code itself loads; its cases do not";
    EXPECT_FALSE(loaded->cases);
    ASSERT_FALSE(loaded->caseProblems.empty());
    EXPECT_EQ(loaded->caseProblems.front().jsonPath, QStringLiteral("cases[0].notes"));
    EXPECT_GT(loaded->caseProblems.front().line, 0);
}

TEST(CodeNotes, NotesAreNotAcceptedWhereNoCoordinatorWritesThem)
{
    Diagnostics problems;
    EXPECT_FALSE(load(exampleWith([](QJsonObject& code) {
                          code.insert(QStringLiteral("title"),
                                      QJsonObject{{QStringLiteral("nl"), QStringLiteral("x")},
                                                  {QStringLiteral("en"), QStringLiteral("y")},
                                                  {QStringLiteral("notes"), QStringLiteral("z")}});
                      }),
                      problems));
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems.front().message, QStringLiteral("unknown key \"notes\""));
}
