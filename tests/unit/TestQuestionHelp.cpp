// A school's own help texts of the questions ("questions" in a code file): loading them, every
// problem with its place, the warning for a question the code never asks, and the one lookup that
// the wizard and the CLI use.

#include "TestData.h"
#include "model/QuestionHelp.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

const QString kFile = QStringLiteral("school.json");

// The example school's code without its own "questions", with `questions` (JSON text) in their
// place, as a coordinator writes them: before "rules".
QByteArray exampleWithQuestions(const QByteArray& questions)
{
    QJsonObject code = exampleCodeObject();
    code.remove(QStringLiteral("questions"));
    QByteArray text = QJsonDocument(code).toJson(QJsonDocument::Indented);
    const qsizetype rules = text.indexOf("\n    \"rules\": [");
    EXPECT_GT(rules, 0);
    text.insert(rules + 1, "    \"questions\": " + questions + ",\n");
    return text;
}

std::optional<CodeOfConduct> load(const QByteArray& text, Diagnostics& problems)
{
    return CodeOfConduct::load(text, kFile, Questionnaire::builtin(), problems);
}

// The 1-based line and column where `marker` starts in `text` (ASCII before it).
std::pair<int, int> placeOf(const QByteArray& text, const QByteArray& marker)
{
    const qsizetype at = text.indexOf(marker);
    EXPECT_GE(at, 0) << marker.toStdString();
    const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
    return {static_cast<int>(text.left(at).count('\n')) + 1, static_cast<int>(at - lineStart) + 1};
}

int question(const char* id)
{
    return Questionnaire::builtin().indexOf(QString::fromLatin1(id));
}

const Diagnostic* find(const Diagnostics& problems, const QString& jsonPath)
{
    const auto match =
        std::find_if(problems.begin(), problems.end(), [&](const Diagnostic& d) { return d.jsonPath == jsonPath; });
    return match == problems.end() ? nullptr : &*match;
}

} // namespace

TEST(QuestionHelp, TheExampleGivesConsentAHelpTextOfItsOwn)
{
    Diagnostics problems;
    const auto code = codeFromFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")), problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();
    EXPECT_TRUE(code->warnings.empty());
    EXPECT_TRUE(hasOwnHelp(*code, question("consent")));
    EXPECT_FALSE(hasOwnHelp(*code, question("activity")));
    const LocalizedText help = code->questionHelp[static_cast<std::size_t>(question("consent"))];
    EXPECT_TRUE(help.nl.startsWith(u"Uitdrukkelijke toestemming: je hebt vooraf toestemming gevraagd"))
        << help.nl.toStdString();
    EXPECT_FALSE(help.en.isEmpty());
    EXPECT_FALSE(help.nl.contains(u"16")) << "the example's code names no age";
    EXPECT_TRUE(builtinCode(QStringLiteral("dunamare")).questionHelp.empty()) << "a built-in code has none";
}

TEST(QuestionHelp, ReadsAGoodOverrideWithNotes)
{
    Diagnostics problems;
    const auto code = load(exampleWithQuestions(R"({
      "content": { "help": { "nl": "Kies wat erin zit.", "en": "Tick what is in it." },
                   "notes": ["uit ons protocol", "art. 2"] } })"),
                           problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();
    EXPECT_TRUE(problems.empty());
    EXPECT_TRUE(code->warnings.empty());
    ASSERT_EQ(code->questionHelp.size(), Questionnaire::builtin().questions().size());
    EXPECT_EQ(code->questionHelp[static_cast<std::size_t>(question("content"))],
              (LocalizedText{QStringLiteral("Kies wat erin zit."), QStringLiteral("Tick what is in it.")}));
    EXPECT_FALSE(hasOwnHelp(*code, question("consent"))) << "only the question the file names";
}

TEST(QuestionHelp, ReportsEveryProblemWithItsLineAndColumn)
{
    const QByteArray text = exampleWithQuestions(R"({
      "consnet": { "help": { "nl": "Vraag de ouders.", "en": "Ask the parents." } },
      "kleur": { "help": { "nl": "Rood.", "en": "Red." } },
      "content": { "help": { "nl": "Kies.", "en": "Choose." }, "hulp": "x" },
      "consent": { "help": "Vraag de ouders." },
      "activity": 3,
      "school_related": { "notes": "nog schrijven" },
      "account": { "help": { "nl": "" }, "notes": 7 } })");
    Diagnostics problems;
    EXPECT_FALSE(load(text, problems));
    struct Expected
    {
        const char* path;
        const char* marker; // where the value at the path starts in the text
        const char* message;
    };
    const std::vector<Expected> expected = {
        {"questions.consnet", R"({ "help": { "nl": "Vraag)", R"(unknown question "consnet": did you mean "consent"?)"},
        {"questions.kleur", R"({ "help": { "nl": "Rood)", R"(unknown question "kleur" (questions: activity, )"},
        {"questions.content.hulp", R"("x" })", R"(unknown key "hulp")"},
        {"questions.consent.help", R"("Vraag de ouders." })", R"(expected an object with "nl" and "en" texts)"},
        {"questions.activity", "3,\n      \"school_related\"", R"(expected an object with "help", found a number)"},
        {"questions.school_related", R"({ "notes": "nog)", R"(missing "help")"},
        {"questions.account.help.nl", R"("" })", "must not be empty"},
        {"questions.account.notes", "7 }", R"("notes" is a string or an array of strings, found a number)"},
    };
    QStringList all;
    for (const Diagnostic& d : problems) {
        all << d.toString();
    }
    EXPECT_EQ(problems.size(), expected.size()) << all.join(u'\n').toStdString();
    for (const Expected& e : expected) {
        const Diagnostic* d = find(problems, QString::fromLatin1(e.path));
        ASSERT_TRUE(d) << e.path << " not in:\n" << all.join(u'\n').toStdString();
        EXPECT_EQ(d->file, kFile);
        EXPECT_EQ(d->severity, Diagnostic::Severity::Error);
        EXPECT_TRUE(d->message.contains(QString::fromUtf8(e.message))) << d->toString().toStdString();
        const auto [line, column] = placeOf(text, e.marker);
        EXPECT_EQ(d->line, line) << e.path;
        EXPECT_EQ(d->column, column) << e.path;
    }
}

TEST(QuestionHelp, NamesEveryQuestionWhenNoneIsNear)
{
    Diagnostics problems;
    EXPECT_FALSE(load(exampleWithQuestions(R"({ "kleur": { "help": { "nl": "x" } } })"), problems));
    ASSERT_EQ(problems.size(), 1u);
    QStringList ids;
    for (const Question& q : Questionnaire::builtin().questions()) {
        ids << q.id;
    }
    EXPECT_TRUE(problems[0].message.endsWith(QStringLiteral("(questions: %1)").arg(ids.join(QStringLiteral(", ")))))
        << problems[0].message.toStdString();
}

TEST(QuestionHelp, RefusesQuestionsThatAreNotAnObject)
{
    const QByteArray text = exampleWithQuestions(R"(["consent"])");
    Diagnostics problems;
    EXPECT_FALSE(load(text, problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].jsonPath, QStringLiteral("questions"));
    EXPECT_EQ(problems[0].message, QStringLiteral("expected an object, found an array"));
    EXPECT_EQ(std::pair(problems[0].line, problems[0].column), placeOf(text, R"(["consent"])"));
}

TEST(QuestionHelp, AHelpTextForAQuestionTheCodeNeverAsksIsAWarning)
{
    const QByteArray text = exampleWithQuestions(R"({
      "consent": { "help": { "nl": "Vraag toestemming.", "en": "Ask for consent." } },
      "negative_post": { "help": { "nl": "Denk aan het bericht.", "en": "Think of the post." } } })");
    Diagnostics problems;
    const auto code = load(text, problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();
    EXPECT_TRUE(problems.empty()) << "a warning, not an error";
    ASSERT_FALSE(code->asks[static_cast<std::size_t>(question("negative_post"))]);
    ASSERT_EQ(code->warnings.size(), 1u);
    const Diagnostic& w = code->warnings[0];
    EXPECT_EQ(w.severity, Diagnostic::Severity::Warning);
    EXPECT_EQ(w.jsonPath, QStringLiteral("questions.negative_post"));
    EXPECT_TRUE(w.message.contains(u"never asks question \"negative_post\"")) << w.message.toStdString();
    EXPECT_EQ(std::pair(w.line, w.column), placeOf(text, R"({ "help": { "nl": "Denk)"));
    EXPECT_TRUE(w.toString().contains(u"warning:")) << w.toString().toStdString();
    EXPECT_FALSE(hasErrors(code->warnings));
}

TEST(QuestionHelp, ADutchOnlyHelpTextCountsAsATextWithoutEnglish)
{
    Diagnostics problems;
    const auto code =
        load(exampleWithQuestions(R"({ "consent": { "help": { "nl": "Vraag eerst toestemming." } } })"), problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();
    EXPECT_TRUE(code->missingEnglish);
    ASSERT_EQ(code->warnings.size(), 1u);
    EXPECT_EQ(code->warnings[0].jsonPath, QStringLiteral("questions.consent.help"));
    const LocalizedText help = questionHelp(Questionnaire::builtin(), question("consent"), &*code, Answers());
    EXPECT_FALSE(help.hasEnglish());
    EXPECT_EQ(help.in(Language::English), QStringLiteral("Vraag eerst toestemming."));
}

TEST(QuestionHelp, TheCodesHelpReplacesTheQuestionsInEveryWording)
{
    const Questionnaire& q = Questionnaire::builtin();
    const int consent = question("consent");
    const Question& own = q.question(consent);
    ASSERT_FALSE(own.wordings.empty()) << "consent has a wording for a lesson";
    Diagnostics problems;
    const auto code = load(exampleWithQuestions(R"({
      "consent": { "help": { "nl": "Vraag vooraf toestemming.", "en": "Ask for consent beforehand." } } })"),
                           problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();
    const LocalizedText school{QStringLiteral("Vraag vooraf toestemming."),
                               QStringLiteral("Ask for consent beforehand.")};

    const Answers photo = answers({{"activity", {"publish"}}, {"content", {"pupil_images"}}});
    const Answers lesson = answers({{"activity", {"lesson"}}});
    ASSERT_NE(own.wordingFor(lesson).help, own.help) << "the lesson has a help of its own in the questionnaire";
    for (const Answers& given : {Answers(), photo, lesson}) {
        EXPECT_EQ(questionHelp(q, consent, &*code, given), school);
        // Only the help: the text of the wording stays the questionnaire's.
        const QuestionWording wording = questionWording(q, consent, &*code, given);
        EXPECT_EQ(wording.text, given.values.empty() ? own.text : own.wordingFor(given).text);
        EXPECT_EQ(wording.shortLabel, given.values.empty() ? own.shortLabel : own.wordingFor(given).shortLabel);
    }
    // Without a code, or for a question the code leaves alone: the questionnaire's own help.
    EXPECT_EQ(questionHelp(q, consent, nullptr, lesson), own.wordingFor(lesson).help);
    EXPECT_EQ(questionHelp(q, consent, nullptr, Answers()), own.help);
    const CodeOfConduct dunamare = builtinCode(QStringLiteral("dunamare"));
    EXPECT_EQ(questionHelp(q, consent, &dunamare, lesson), own.wordingFor(lesson).help);
    const int audience = question("audience");
    const Answers connect = answers({{"activity", {"connect"}}});
    EXPECT_EQ(questionHelp(q, audience, &*code, connect), q.question(audience).wordingFor(connect).help);
}
