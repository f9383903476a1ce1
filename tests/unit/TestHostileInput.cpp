#include "TestData.h"
#include "io/DataFile.h"
#include "io/JsonSource.h"
#include "model/AnswersFile.h"
#include "rules/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

enum class Target { CodeFile, AnswersFile };

struct Hostile
{
    const char* name;
    Target target;
    std::function<QByteArray()> make;
    const char* message; // a part of the first diagnostic; nullptr: the input is accepted
    bool hasPlace;       // the diagnostic names a line (and column)
};

void PrintTo(const Hostile& h, std::ostream* os)
{
    *os << h.name;
}

QByteArray exampleCode()
{
    return readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")));
}

QByteArray withCode(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject code = QJsonDocument::fromJson(exampleCode()).object();
    change(code);
    return QJsonDocument(code).toJson(QJsonDocument::Compact);
}

QByteArray withRules(qsizetype count)
{
    return withCode([&](QJsonObject& code) {
        // The example's own rules, then copies of its catch-all rule up to `count`.
        QJsonArray rules = code.value(u"rules").toArray();
        const QJsonObject model = rules.last().toObject();
        for (qsizetype i = rules.size(); i < count; ++i) {
            QJsonObject rule = model;
            rule.insert(QStringLiteral("id"), QStringLiteral("rule-%1").arg(i));
            rules.append(rule);
        }
        code.insert(QStringLiteral("rules"), rules);
    });
}

QByteArray utf16(const QByteArray& utf8, bool bom)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out = bom ? QByteArray("\xFF\xFE") : QByteArray();
    out.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return out;
}

const QByteArray kAnswers = R"({"code": "mondia", "answers": {"activity": "report"}})";

std::vector<Hostile> cases()
{
    return {
        {"empty file", Target::AnswersFile, [] { return QByteArray(); }, "the file is empty", false},
        {"only white space", Target::CodeFile, [] { return QByteArray(" \n\t\n"); }, "the file is empty", false},
        {"binary junk with NUL bytes", Target::CodeFile,
         [] {
             return QByteArray("\x7F"
                               "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                               16);
         },
         "binary data, not JSON text", true},
        {"binary junk", Target::AnswersFile, [] { return QByteArray("\x89PNG\r\n\x1a\n\xff\xd8\xff"); },
         "expected a JSON object at the top level: the file starts with {", true},
        {"UTF-16 with byte-order mark", Target::AnswersFile, [] { return utf16(kAnswers, true); },
         "not UTF-8 text (it looks like UTF-16)", true},
        {"UTF-16 without byte-order mark", Target::CodeFile, [] { return utf16(exampleCode(), false); },
         "not UTF-8 text (it looks like UTF-16)", true},
        {"Latin-1 text", Target::AnswersFile,
         [] { return QByteArray("{\"code\": \"mondia\", \"answers\": {\"activity\": \"report\", \"caf\xe9\": 1}}"); },
         "this text is not UTF-8: save the file as UTF-8", true},
        {"UTF-8 byte-order mark", Target::AnswersFile, [] { return "\xEF\xBB\xBF" + kAnswers; }, nullptr, false},
        {"UTF-8 byte-order mark on a code file", Target::CodeFile, [] { return "\xEF\xBB\xBF" + exampleCode(); },
         nullptr, false},
        {"50 MB", Target::AnswersFile,
         [] {
             return kAnswers.left(kAnswers.size() - 1) + ", \"pad\": \"" + QByteArray(50 * 1024 * 1024, 'x') + "\"}";
         },
         "data files larger than 8388608 bytes are not read", false},
        {"just under the limit", Target::AnswersFile,
         [] {
             return kAnswers.left(kAnswers.size() - 1) + ", \"pad\": \"" + QByteArray(8 * 1024 * 1024 - 100, 'x') +
                    "\"}";
         },
         nullptr, false},
        {"10 000 levels of arrays", Target::AnswersFile, [] { return QByteArray(10000, '[') + QByteArray(10000, ']'); },
         "too deeply nested", true},
        {"10 000 levels of objects", Target::CodeFile,
         [] { return QByteArray("{\"a\": ").repeated(10000) + "1" + QByteArray(10000, '}'); }, "too deeply nested",
         true},
        {"a condition nested 500 deep", Target::CodeFile,
         [] {
             return withCode([](QJsonObject& code) {
                 QJsonArray rules = code.value(u"rules").toArray();
                 QJsonObject rule = rules.at(1).toObject();
                 QJsonObject when = rule.value(u"when").toObject();
                 for (int i = 0; i < 250; ++i) {
                     when = QJsonObject{{QStringLiteral("not"), QJsonObject{{QStringLiteral("not"), when}}}};
                 }
                 rule.insert(QStringLiteral("when"), when);
                 rules.replace(1, rule);
                 code.insert(QStringLiteral("rules"), rules);
             });
         },
         nullptr, false},
        {"a duplicate key", Target::AnswersFile,
         [] { return QByteArray(R"({"code": "mondia", "code": "dunamare", "answers": {"activity": "report"}})"); },
         "the key appears twice", true},
        {"a duplicate key deep in a code", Target::CodeFile,
         [] {
             QByteArray text = exampleCode();
             return text.replace("\"verdict\": \"go\",", "\"verdict\": \"go\", \"verdict\": \"stop\",");
         },
         "the key appears twice", true},
        {"a number where a string belongs", Target::CodeFile,
         [] { return withCode([](QJsonObject& code) { code.insert(QStringLiteral("organisation"), 42); }); },
         "expected a string, found a number", true},
        {"a number where an answer belongs", Target::AnswersFile,
         [] { return QByteArray(R"({"code": "mondia", "answers": {"activity": 1}})"); }, "found a number", true},
        {"a very long string", Target::CodeFile,
         [] {
             return withCode([](QJsonObject& code) {
                 QJsonArray articles = code.value(u"articles").toArray();
                 QJsonObject first = articles.at(0).toObject();
                 first.insert(QStringLiteral("text"), QString(1'000'000, u'a'));
                 articles.replace(0, first);
                 code.insert(QStringLiteral("articles"), articles);
             });
         },
         nullptr, false},
        {"rules that name ids that do not exist", Target::CodeFile,
         [] {
             return withCode([](QJsonObject& code) {
                 QJsonArray rules = code.value(u"rules").toArray();
                 QJsonObject rule = rules.at(2).toObject();
                 rule.insert(QStringLiteral("when"), QJsonObject{{QStringLiteral("question"), QStringLiteral("mood")},
                                                                 {QStringLiteral("is"), QStringLiteral("happy")}});
                 rule.insert(QStringLiteral("articles"), QJsonArray{QStringLiteral("404")});
                 rule.insert(QStringLiteral("contacts"), QJsonArray{QStringLiteral("nobody")});
                 rules.replace(2, rule);
                 code.insert(QStringLiteral("rules"), rules);
             });
         },
         "unknown question \"mood\"", true},
        {"10 000 rules", Target::CodeFile, [] { return withRules(10000); }, "10000 rules; a code may have at most 1000",
         true},
        {"1000 rules", Target::CodeFile, [] { return withRules(1000); }, nullptr, false},
        {"every option of a one-option question at once", Target::AnswersFile,
         [] {
             return QByteArray(R"({"code": "mondia", "answers": {"activity": ["publish", "contact", "connect",
                               "react", "lesson", "report"]}})");
         },
         "takes one option as a string, not an array", true},
        {"every option of every several-option question", Target::AnswersFile,
         [] {
             return QByteArray(R"({"code": "mondia", "answers": {"activity": "publish", "audience": ["pupils",
                               "parents", "colleagues", "public"], "content": ["pupil_images", "personal_info",
                               "confidential", "about_school", "negative_person", "teaching_material",
                               "test_material"]}})");
         },
         nullptr, false},
        {"a JSON array at the top", Target::AnswersFile, [] { return QByteArray("[1, 2]"); },
         "expected a JSON object at the top level", true},
        {"JSON null", Target::CodeFile, [] { return QByteArray("null"); },
         "expected a JSON object at the top level: the file starts with {", true},
    };
}

class HostileInput : public testing::TestWithParam<Hostile>
{
};

} // namespace

TEST_P(HostileInput, GetsAClearErrorOrIsAccepted)
{
    const Hostile& h = GetParam();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.json"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(h.make());
    }
    Diagnostics problems;
    bool accepted = false;
    if (h.target == Target::CodeFile) {
        accepted = codeFromFile(path, problems).has_value();
    } else if (const auto bytes = readDataFile(path, problems)) {
        accepted = AnswersFile::parse(*bytes, path, Questionnaire::builtin(), problems).has_value();
    }
    if (!h.message) {
        EXPECT_TRUE(accepted) << (problems.empty() ? std::string() : problems.front().toString().toStdString());
        return;
    }
    ASSERT_FALSE(accepted);
    ASSERT_FALSE(problems.empty());
    const Diagnostic& first = problems.front();
    EXPECT_TRUE(first.message.contains(QLatin1String(h.message))) << first.toString().toStdString();
    EXPECT_EQ(first.file, path);
    if (h.hasPlace) {
        EXPECT_GT(first.line, 0) << first.toString().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Hostile, HostileInput, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<Hostile>& info) {
                             std::string name = info.param.name;
                             std::replace_if(
                                 name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
                             return name;
                         });

TEST(HostileInputs, ACodeWithAThousandRulesStillVerifies)
{
    Diagnostics problems;
    const auto code = CodeOfConduct::load(withRules(1000), QStringLiteral("many"), Questionnaire::builtin(), problems);
    ASSERT_TRUE(code);
    const VerifyReport report = verify(*code, Questionnaire::builtin());
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.unfiredRules.size(), 0u);
}

TEST(HostileInputs, RulesThatNameMissingIdsAreEachReported)
{
    Diagnostics problems;
    CodeOfConduct::load(cases()[19].make(), QStringLiteral("x"), Questionnaire::builtin(), problems);
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_TRUE(problems[1].message.contains(u"unknown article \"404\""));
    EXPECT_TRUE(problems[2].message.contains(u"unknown contact \"nobody\""));
}

TEST(HostileInputs, ManyContactsAreCheckedForDuplicatesOnceEach)
{
    // 30 000 contacts, three of them twice: each later copy is named once, and the
    // check is a set, not a comparison with every earlier contact.
    const QByteArray text = withCode([](QJsonObject& code) {
        QJsonArray contacts = code.value(u"contacts").toArray();
        const QJsonObject model = contacts.first().toObject();
        for (int i = 0; i < 30'000; ++i) {
            QJsonObject contact = model;
            contact.insert(QStringLiteral("id"), QStringLiteral("c%1").arg(i % 29'997));
            contacts.append(contact);
        }
        code.insert(QStringLiteral("contacts"), contacts);
    });
    Diagnostics problems;
    EXPECT_FALSE(CodeOfConduct::load(text, QStringLiteral("many"), Questionnaire::builtin(), problems));
    ASSERT_EQ(problems.size(), 3u);
    for (const Diagnostic& d : problems) {
        EXPECT_TRUE(d.message.contains(u"appears twice")) << d.toString().toStdString();
    }
}
