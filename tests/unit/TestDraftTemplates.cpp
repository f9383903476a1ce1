// The drafts of a code file (docs/code-format.md, "Drafts"): their placeholders and what the
// built-in codes carry. Malformed drafts sections are in TestCodeLoader's table.

#include "TestData.h"

#include <QRegularExpression>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

const DraftTemplate* draftServing(const CodeOfConduct& code, const QString& ruleId)
{
    for (const DraftTemplate& draft : code.drafts) {
        for (int r : draft.rules) {
            if (code.rules[static_cast<std::size_t>(r)].id == ruleId) {
                return &draft;
            }
        }
    }
    return nullptr;
}

} // namespace

TEST(DraftPlaceholders, KnowsTheDocumentedNamesAndRefusesOthers)
{
    EXPECT_TRUE(draftPlaceholderProblem(QStringLiteral("Beste ouders van {pupil}, {note} op {channel}.")).isEmpty());
    EXPECT_TRUE(draftPlaceholderProblem(QStringLiteral("No placeholder at all [naam]")).isEmpty());
    EXPECT_TRUE(draftPlaceholderProblem(QStringLiteral("{naam}")).contains(u"unknown placeholder \"{naam}\""));
    EXPECT_TRUE(draftPlaceholderProblem(QStringLiteral("{}")).contains(u"unknown placeholder \"{}\""));
    EXPECT_TRUE(draftPlaceholderProblem(QStringLiteral("{note")).contains(u"without its \"}\""));
    EXPECT_TRUE(draftPlaceholderProblem(QStringLiteral("{no{te}")).contains(u"without its \"}\""));
    EXPECT_TRUE(draftPlaceholderProblem(QStringLiteral("note}")).contains(u"without its \"{\""));
    // The message lists what may be used, so the writer of a code file can correct it.
    EXPECT_TRUE(draftPlaceholderProblem(QStringLiteral("{x}")).contains(u"{note}, {channel}"));
}

TEST(DraftPlaceholders, AreTheListOfCodeFormatMd)
{
    const QString doc = QString::fromUtf8(readFile(sourcePath(QStringLiteral("docs/code-format.md"))));
    for (const QString& name : draftPlaceholders()) {
        EXPECT_TRUE(doc.contains(QStringLiteral("| `{%1}` |").arg(name))) << name.toStdString();
    }
}

class BuiltinDrafts : public testing::TestWithParam<const char*>
{
};

TEST_P(BuiltinDrafts, EveryDraftRestsOnAnArticleItsRulesCite)
{
    const CodeOfConduct code = builtinCode(QString::fromLatin1(GetParam()));
    ASSERT_FALSE(code.drafts.empty());
    for (const DraftTemplate& draft : code.drafts) {
        ASSERT_FALSE(draft.articles.empty()) << draft.id.toStdString();
        ASSERT_FALSE(draft.rules.empty()) << draft.id.toStdString();
        for (const LocalizedText* text : {&draft.title, &draft.text}) {
            EXPECT_FALSE(text->nl.isEmpty()) << draft.id.toStdString();
            EXPECT_FALSE(text->en.isEmpty()) << draft.id.toStdString();
        }
        // A draft names the article it rests on, in its own words or through {articles}.
        EXPECT_TRUE(draft.text.nl.contains(u"{articles}") || draft.kind == DraftTemplate::Kind::Line)
            << draft.id.toStdString();
        EXPECT_TRUE(draft.text.en.contains(u"{articles}") || draft.kind == DraftTemplate::Kind::Line)
            << draft.id.toStdString();
    }
}

TEST_P(BuiltinDrafts, NeverNameAPupilAndNeverUseTheFormalYou)
{
    const CodeOfConduct code = builtinCode(QString::fromLatin1(GetParam()));
    const QRegularExpression formal(QStringLiteral("\\b(u|uw|U|Uw)\\b"));
    for (const DraftTemplate& draft : code.drafts) {
        for (const QString& text : {draft.text.nl, draft.subject.nl, draft.title.nl}) {
            EXPECT_FALSE(formal.match(text).hasMatch()) << draft.id.toStdString() << ": " << text.toStdString();
        }
        // A draft to a pupil or the parents names the pupil as {pupil}, which stays "[naam van de
        // leerling]" for the teacher to fill in.
        if (draft.to.nl.contains(u"leerling")) {
            EXPECT_TRUE(draft.text.nl.contains(u"{pupil}")) << draft.id.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Data, BuiltinDrafts, testing::Values("dunamare", "mondia"));

TEST(BuiltinDrafts, ServeTheAdviceThatAsksSomeoneToAct)
{
    const CodeOfConduct dunamare = builtinCode(QStringLiteral("dunamare"));
    const std::pair<const char*, const char*> dunamareDrafts[] = {{"images-consent-parents", "III.B.9"},
                                                                  {"images-consent-pupils", "III.B.9"},
                                                                  {"images-consent-mixed", "III.B.9"},
                                                                  {"lesson-consent-parents", "III.B.10"},
                                                                  {"lesson-consent-pupils", "III.B.10"},
                                                                  {"escalating", "III.B.11"},
                                                                  {"tests-not-in-code", "III.B.12"},
                                                                  {"chat-needs-exception", "III.B.3"},
                                                                  {"lesson-time-without-permission", "III.A.1"},
                                                                  {"report-to-supervisor", "III.A.5"},
                                                                  {"views-disclaimer", "III.B.6"},
                                                                  {"discussion-say-you-are-staff", "III.B.7"}};
    for (const auto& [rule, article] : dunamareDrafts) {
        const DraftTemplate* draft = draftServing(dunamare, QString::fromLatin1(rule));
        ASSERT_NE(draft, nullptr) << rule;
        EXPECT_EQ(dunamare.articleIds(draft->articles), QStringList{QString::fromLatin1(article)}) << rule;
    }
    EXPECT_EQ(draftServing(dunamare, QStringLiteral("views-disclaimer"))->kind, DraftTemplate::Kind::Line);
    EXPECT_EQ(draftServing(dunamare, QStringLiteral("discussion-say-you-are-staff"))->kind, DraftTemplate::Kind::Line);

    const CodeOfConduct mondia = builtinCode(QStringLiteral("mondia"));
    const std::pair<const char*, const char*> mondiaDrafts[] = {
        {"images-enrolment-consent", "scholen.3"},  {"images-no-consent", "scholen.3"},
        {"images-prominent", "scholen.3"},          {"escalating", "binnen-buiten.6"},
        {"report-offensive-post", "betrokkenen.6"}, {"private-use-during-lesson", "onderwijs.3"}};
    for (const auto& [rule, article] : mondiaDrafts) {
        const DraftTemplate* draft = draftServing(mondia, QString::fromLatin1(rule));
        ASSERT_NE(draft, nullptr) << rule;
        EXPECT_EQ(mondia.articleIds(draft->articles), QStringList{QString::fromLatin1(article)}) << rule;
    }
    // Mondia asks for no disclaimer (betrokkenen.2): it gets no line to add.
    EXPECT_EQ(draftServing(mondia, QStringLiteral("personal-views-no-disclaimer")), nullptr);
}
