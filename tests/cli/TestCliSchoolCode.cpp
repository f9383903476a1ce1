// A school's own code through the CLI: `verify` places a rule that never applies and an article
// cited by nothing without a reason; `questions` lists only the questions that code asks, with the
// code's own help texts.

#include "CliRun.h"

using namespace codewijzer::test;

namespace {

QByteArray example()
{
    QFile file(source(QStringLiteral("docs/examples/voorbeeldschool.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The line of the file on which `text` first appears (1-based).
int lineOf(const QByteArray& bytes, const QByteArray& text)
{
    const qsizetype at = bytes.indexOf(text);
    return at < 0 ? 0 : static_cast<int>(bytes.left(at).count('\n')) + 1;
}

} // namespace

TEST(CliSchoolCode, VerifyPlacesARuleThatNeverAppliesAsAProblem)
{
    QTemporaryDir dir;
    // Activity cannot be a lesson and a report at once: the rule can never apply.
    QByteArray code = example();
    code.insert(code.indexOf("\"rules\": [") + 10, R"(
    {"id": "never", "when": {"all": [{"question": "activity", "is": ["lesson"]},
                                     {"question": "activity", "is": ["report"]}]},
     "verdict": "stop", "advice": {"nl": "Nooit.", "en": "Never."}, "articles": ["1"]},)");
    const QString path = writeTemp(dir, QStringLiteral("school.json"), code);
    const CliRun text = cli({QStringLiteral("verify"), QStringLiteral("--format=text"), QStringLiteral("--lang=en"),
                             QStringLiteral("--code-file"), path});
    EXPECT_EQ(text.exitCode, 1) << text.out.toStdString();
    const QString place =
        QStringLiteral("%1:%2:").arg(QDir::toNativeSeparators(path)).arg(lineOf(code, "\"id\": \"never\""));
    EXPECT_TRUE(text.out.contains(place)) << place.toStdString() << " in " << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(
        QStringLiteral("(rule 'never'): it never applies: no combination of answers meets its \"when\"")))
        << text.out.toStdString();

    const CliRun json = cli({QStringLiteral("verify"), QStringLiteral("--code-file"), path});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonObject report = json.json().array().at(0).toObject();
    EXPECT_EQ(report.value(u"unfired_rules").toArray(), QJsonArray{QStringLiteral("never")});
    ASSERT_EQ(report.value(u"problems").toArray().size(), 1);
    EXPECT_TRUE(report.value(u"problems").toArray().at(0).toString().startsWith(place))
        << report.value(u"problems").toArray().at(0).toString().toStdString();

    // The example as shipped passes.
    EXPECT_EQ(cli({QStringLiteral("verify"), QStringLiteral("--code-file"),
                   source(QStringLiteral("docs/examples/voorbeeldschool.json"))})
                  .exitCode,
              0);
}

TEST(CliSchoolCode, VerifyPlacesAnArticleCitedByNothingWithoutAReason)
{
    const QString gaps = source(QStringLiteral("tests/data/codes/with-gaps.json"));
    const CliRun run = cli({QStringLiteral("verify"), QStringLiteral("--format=text"), QStringLiteral("--lang=en"),
                            QStringLiteral("--code-file"), gaps});
    EXPECT_EQ(run.exitCode, 1);
    // Article 3 lost its rule and gives no reason; article 4 gives one (the adoption date).
    EXPECT_TRUE(run.out.contains(QStringLiteral("article \"3\" is cited by no rule that applies")))
        << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("article \"4\" is cited")));
    EXPECT_TRUE(run.out.contains(QDir::toNativeSeparators(gaps) + u':'));
}

TEST(CliSchoolCode, QuestionsListsOnlyWhatTheCodeAsks)
{
    const QString example = source(QStringLiteral("docs/examples/voorbeeldschool.json"));
    const CliRun all = cli({QStringLiteral("questions")});
    ASSERT_EQ(all.exitCode, 0);
    const CliRun asked = cli({QStringLiteral("questions"), QStringLiteral("--code-file"), example});
    ASSERT_EQ(asked.exitCode, 0) << asked.err.toStdString();
    const QJsonArray questions = asked.json().array();
    EXPECT_LT(questions.size(), all.json().array().size());
    EXPECT_EQ(questions.at(0).toObject().value(u"id").toString(), QStringLiteral("activity"));
    QStringList ids;
    for (const QJsonValue& q : questions) {
        ids << q.toObject().value(u"id").toString();
    }
    const CliRun text = cli({QStringLiteral("questions"), QStringLiteral("--format=text"), QStringLiteral("--lang=en"),
                             QStringLiteral("--code-file"), example});
    EXPECT_TRUE(text.out.contains(QStringLiteral("Not asked under voorbeeldschool"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("%1. ").arg(ids.size())));
    EXPECT_FALSE(text.out.contains(QStringLiteral("%1. ").arg(ids.size() + 1)));
}

TEST(CliSchoolCode, VerifySaysWhatEachRuleDoesAndPlacesOneThatNeverMatters)
{
    QTemporaryDir dir;
    QByteArray code = example();
    // A copy of the first rule, "prive", put before it: wherever "prive" applies, the copy already
    // says the same, so "prive" is the one that never matters.
    // And out-of-scope advice for a report, where another rule always applies: it is never given.
    code.insert(code.indexOf("\"rules\": [") + 10, R"(
    {"id": "prive-kopie", "when": {"all": [{"question": "activity", "is": ["publish", "react"]},
                                           {"question": "school_related", "is": ["no"]}]},
     "verdict": "out_of_scope", "advice": {"nl": "Kopie.", "en": "Copy."}, "articles": ["1"]},
    {"id": "melden-buiten", "when": {"question": "activity", "is": ["report"]},
     "verdict": "out_of_scope", "advice": {"nl": "Buiten de code.", "en": "Outside the code."}, "articles": ["1"]},)");
    const QByteArray first = code.mid(code.indexOf("\"id\": \"prive\""));
    const QByteArray advice =
        first.mid(first.indexOf("\"advice\""), first.indexOf("\"articles\"") - first.indexOf("\"advice\""));
    code.replace(R"("advice": {"nl": "Kopie.", "en": "Copy."}, )", advice);
    const QString path = writeTemp(dir, QStringLiteral("school.json"), code);

    const CliRun text = cli({QStringLiteral("verify"), QStringLiteral("--format=text"), QStringLiteral("--lang=en"),
                             QStringLiteral("--code-file"), path});
    EXPECT_EQ(text.exitCode, 1) << text.out.toStdString();
    const QString native = QDir::toNativeSeparators(path);
    EXPECT_TRUE(text.out.contains(QStringLiteral("%1:%2:").arg(native).arg(lineOf(code, "\"id\": \"prive\",") - 1)))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("(rule 'prive'): it applies in ")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("another rule gives the same advice and articles")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("%1:%2:").arg(native).arg(lineOf(code, "\"id\": \"melden-buiten\""))))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("its out-of-scope advice is only given where no other rule applies")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("- prive: applies in ")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Questions that never matter, so Codewijzer does not ask them: ")));

    const CliRun json = cli({QStringLiteral("verify"), QStringLiteral("--code-file"), path});
    const QJsonObject report = json.json().array().at(0).toObject();
    const QJsonArray rules = report.value(u"rules").toArray();
    ASSERT_GE(rules.size(), 3);
    const QJsonObject copy = rules.at(0).toObject();
    const QJsonObject original = rules.at(2).toObject();
    EXPECT_EQ(copy.value(u"id").toString(), QStringLiteral("prive-kopie"));
    EXPECT_EQ(original.value(u"id").toString(), QStringLiteral("prive"));
    EXPECT_GT(copy.value(u"applies").toInteger(), 0);
    EXPECT_EQ(copy.value(u"applies").toInteger(), original.value(u"applies").toInteger());
    EXPECT_EQ(original.value(u"matters").toInteger(), 0);
    EXPECT_EQ(copy.value(u"matters").toInteger(), copy.value(u"given").toInteger());
    EXPECT_EQ(rules.at(1).toObject().value(u"given").toInteger(), 0);
    EXPECT_TRUE(report.value(u"questions_not_asked").toArray().contains(QStringLiteral("escalating")));
    EXPECT_EQ(report.value(u"problems").toArray().size(), 2);
}

TEST(CliSchoolCode, QuestionsShowsTheCodesOwnHelpText)
{
    const QString path = source(QStringLiteral("docs/examples/voorbeeldschool.json"));
    const QJsonObject file = QJsonDocument::fromJson(example()).object();
    const QJsonObject ownHelp =
        file.value(u"questions").toObject().value(u"consent").toObject().value(u"help").toObject();
    ASSERT_FALSE(ownHelp.value(u"nl").toString().isEmpty()) << "the example gives consent a help text of its own";
    const auto entry = [](const CliRun& run, const QString& id) {
        for (const QJsonValue& q : run.json().array()) {
            if (q.toObject().value(u"id").toString() == id) {
                return q.toObject();
            }
        }
        return QJsonObject();
    };

    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const CliRun json =
            cli({QStringLiteral("questions"), QStringLiteral("--lang"), language, QStringLiteral("--code-file"), path});
        ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
        EXPECT_EQ(entry(json, QStringLiteral("consent")).value(u"help").toString(), ownHelp.value(language).toString());
        EXPECT_TRUE(entry(json, QStringLiteral("consent")).value(u"help_from_code").toBool());
        EXPECT_FALSE(entry(json, QStringLiteral("activity")).value(u"help_from_code").toBool(true));

        const CliRun text = cli({QStringLiteral("questions"), QStringLiteral("--format"), QStringLiteral("text"),
                                 QStringLiteral("--lang"), language, QStringLiteral("--code-file"), path});
        ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
        EXPECT_TRUE(text.out.contains(QStringLiteral("   ") + ownHelp.value(language).toString() + u'\n'))
            << text.out.toStdString();
    }
    // Without the code, the questionnaire's own help, which names the pupil or the parents.
    const CliRun plain = cli({QStringLiteral("questions"), QStringLiteral("--lang"), QStringLiteral("en")});
    const QString builtin = entry(plain, QStringLiteral("consent")).value(u"help").toString();
    EXPECT_NE(builtin, ownHelp.value(u"en").toString());
    EXPECT_TRUE(builtin.contains(u"the pupil or the parents")) << builtin.toStdString();
    const CliRun text = cli({QStringLiteral("questions"), QStringLiteral("--format"), QStringLiteral("text"),
                             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--code-file"), path});
    EXPECT_FALSE(text.out.contains(builtin)) << text.out.toStdString();
}

TEST(CliSchoolCode, QuestionsMarksADutchOnlyHelpTextInEnglish)
{
    QTemporaryDir dir;
    QJsonObject code = QJsonDocument::fromJson(example()).object();
    code.insert(
        QStringLiteral("questions"),
        QJsonObject{{QStringLiteral("content"),
                     QJsonObject{{QStringLiteral("help"),
                                  QJsonObject{{QStringLiteral("nl"), QStringLiteral("Kies wat erin zit.")}}}}}});
    const QString path = writeTemp(dir, QStringLiteral("school.json"), QJsonDocument(code).toJson());
    const QStringList text{QStringLiteral("questions"), QStringLiteral("--format=text"), QStringLiteral("--code-file"),
                           path};
    const CliRun english = cli(text + QStringList{QStringLiteral("--lang=en")});
    ASSERT_EQ(english.exitCode, 0) << english.err.toStdString();
    EXPECT_TRUE(english.out.contains(QStringLiteral("   Kies wat erin zit.\n"))) << english.out.toStdString();
    EXPECT_TRUE(english.out.startsWith(QStringLiteral("Some texts of this code are shown in Dutch")))
        << english.out.toStdString();
    const CliRun dutch = cli(text + QStringList{QStringLiteral("--lang=nl")});
    EXPECT_TRUE(dutch.out.startsWith(QStringLiteral("1. "))) << "no marker in Dutch: " << dutch.out.toStdString();
    const CliRun json =
        cli({QStringLiteral("questions"), QStringLiteral("--lang=en"), QStringLiteral("--code-file"), path});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    bool found = false;
    for (const QJsonValue& q : json.json().array()) {
        if (q.toObject().value(u"id").toString() == u"content") {
            found = true;
            EXPECT_EQ(q.toObject().value(u"help").toString(), QStringLiteral("Kies wat erin zit."));
        }
    }
    EXPECT_TRUE(found);
}

TEST(CliSchoolCode, VerifyPlacesAnExceptionThatLowersNothing)
{
    QTemporaryDir dir;
    QByteArray code = example();
    // Explicit consent never meets "beelden-zonder-toestemming" (consent not explicit).
    code.insert(code.indexOf("\"rules\": [") + 10, R"(
    {"id": "uitzondering", "exceptionTo": "beelden-zonder-toestemming",
     "when": {"question": "consent", "is": ["explicit"]},
     "verdict": "go", "advice": {"nl": "Mag.", "en": "Go."}, "articles": ["2"]},)");
    const QString path = writeTemp(dir, QStringLiteral("school.json"), code);
    const CliRun text = cli({QStringLiteral("verify"), QStringLiteral("--format=text"), QStringLiteral("--lang=en"),
                             QStringLiteral("--code-file"), path});
    EXPECT_EQ(text.exitCode, 1) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(
        QStringLiteral("%1:%2:").arg(QDir::toNativeSeparators(path)).arg(lineOf(code, "\"exceptionTo\""))))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(
        QStringLiteral("(rule 'uitzondering'): this exception lowers nothing: it never applies where rule "
                       "\"beelden-zonder-toestemming\" applies")))
        << text.out.toStdString();
    const QJsonObject report =
        cli({QStringLiteral("verify"), QStringLiteral("--code-file"), path}).json().array().at(0).toObject();
    const QJsonObject first = report.value(u"rules").toArray().at(0).toObject();
    EXPECT_EQ(first.value(u"exception_to").toString(), QStringLiteral("beelden-zonder-toestemming"));
    EXPECT_EQ(first.value(u"lowers").toInteger(), 0);
}
