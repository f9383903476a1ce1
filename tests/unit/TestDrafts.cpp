// Drafts filled in from an evaluation (core/render/Drafts): the cases of issue 14's "done when".

#include "TestData.h"
#include "model/AnswersFile.h"
#include "render/Drafts.h"
#include "rules/Evaluator.h"

#include <QUrlQuery>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

struct Filled
{
    QString code;
    QString note;
    std::vector<FilledDraft> drafts;
};

Filled draftsFor(const QString& answersFile, Language language = Language::English)
{
    const QString path = sourcePath(answersFile);
    Diagnostics problems;
    std::optional<AnswersFile> file = AnswersFile::parse(readFile(path), path, Questionnaire::builtin(), problems);
    EXPECT_TRUE(file) << answersFile.toStdString();
    if (!file) {
        return {};
    }
    const CodeOfConduct code = builtinCode(file->code);
    const Evaluation evaluation = evaluateGiven(code, Questionnaire::builtin(), file->given);
    return {file->code, file->note,
            fillDrafts(code, Questionnaire::builtin(), evaluation, file->note, language, QDate(2026, 12, 2))};
}

const FilledDraft* withArticle(const std::vector<FilledDraft>& drafts, const char* article)
{
    for (const FilledDraft& draft : drafts) {
        if (draft.articleIds.contains(QString::fromLatin1(article))) {
            return &draft;
        }
    }
    return nullptr;
}

QString optionLabel(const char* question, const char* option, Language language)
{
    const Question& q =
        Questionnaire::builtin().question(Questionnaire::builtin().indexOf(QString::fromLatin1(question)));
    return q.options[static_cast<std::size_t>(q.optionIndex(QString::fromLatin1(option)))].label.in(language);
}

} // namespace

TEST(Drafts, ClassPhotoUnderEachCodeAsksTheParentsNamingPurposeChannelAndArticle)
{
    for (const auto& [file, article] : {std::pair{"tests/data/drafts/class-photo.dunamare.json", "III.B.9"},
                                        std::pair{"tests/data/drafts/class-photo.mondia.json", "scholen.3"}}) {
        for (const Language language : {Language::English, Language::Dutch}) {
            const Filled filled = draftsFor(QString::fromLatin1(file), language);
            ASSERT_FALSE(filled.drafts.empty()) << file;
            const FilledDraft& first = filled.drafts.front();
            EXPECT_FALSE(first.line);
            EXPECT_TRUE(first.to.contains(language == Language::Dutch ? u"ouders" : u"parents")) << file;
            EXPECT_EQ(first.articleIds, QStringList{QString::fromLatin1(article)}) << file;
            EXPECT_TRUE(first.text.contains(filled.note)) << file << ": the purpose";
            EXPECT_TRUE(first.text.contains(optionLabel("channel", "public", language))) << file << ": the channel";
            EXPECT_TRUE(first.text.contains(QString::fromLatin1(article))) << file;
            const CodeOfConduct code = builtinCode(filled.code);
            const QString quote =
                code.articles[static_cast<std::size_t>(code.articleIndex(QString::fromLatin1(article)))].text;
            EXPECT_TRUE(first.text.contains(quote)) << file << ": the article word for word";
            // The pupil is a gap for the teacher, never a name the program asked for.
            EXPECT_TRUE(first.text.contains(u"[name of the pupil]")) << first.text.toStdString();
        }
    }
}

TEST(Drafts, AHeatedDiscussionGivesAMessageToWhomTheCodeNames)
{
    const Filled dunamare = draftsFor(QStringLiteral("tests/scenarios/discussion-escalating.dunamare.json"));
    const FilledDraft* toSupervisor = withArticle(dunamare.drafts, "III.B.11");
    ASSERT_NE(toSupervisor, nullptr);
    EXPECT_EQ(toSupervisor->to, QStringLiteral("your supervisor"));
    EXPECT_TRUE(toSupervisor->ruleIds.contains(u"escalating"));

    const Filled mondia = draftsFor(QStringLiteral("tests/scenarios/escalating-parents-group.mondia.json"));
    const FilledDraft* toTeamLeader = withArticle(mondia.drafts, "binnen-buiten.6");
    ASSERT_NE(toTeamLeader, nullptr);
    EXPECT_TRUE(toTeamLeader->to.contains(u"team leader"));
    EXPECT_TRUE(toTeamLeader->to.contains(u"communications officer"));
    EXPECT_TRUE(toTeamLeader->text.contains(u"I have stopped sending and answering messages"));
}

TEST(Drafts, ADunamarePostAboutTheSchoolFromAPrivateAccountGetsTheDisclaimerLine)
{
    const Filled filled =
        draftsFor(QStringLiteral("tests/scenarios/opinion-personal-account.dunamare.json"), Language::Dutch);
    const FilledDraft* line = withArticle(filled.drafts, "III.B.6");
    ASSERT_NE(line, nullptr);
    EXPECT_TRUE(line->line);
    EXPECT_TRUE(line->subject.isEmpty());
    EXPECT_EQ(line->text, QStringLiteral("Dit is mijn eigen, persoonlijke mening. Die staat los van de officiële "
                                         "standpunten van de school en van Dunamare Onderwijsgroep."));
    // Mondia asks for no such line (betrokkenen.2).
    EXPECT_TRUE(draftsFor(QStringLiteral("tests/scenarios/opinion-personal-account.mondia.json")).drafts.empty());
}

TEST(Drafts, AReportedPostGetsAReportWithWhereWhenWhatAndTheScreenshot)
{
    for (const char* file :
         {"tests/scenarios/report-offensive-post.dunamare.json", "tests/scenarios/report-offensive-post.mondia.json"}) {
        const Filled filled = draftsFor(QString::fromLatin1(file));
        ASSERT_FALSE(filled.drafts.empty()) << file;
        const QString& text = filled.drafts.front().text;
        for (const char* part : {"Where:", "When:", "What:", "screenshot", "I have not reacted"}) {
            EXPECT_TRUE(text.contains(QLatin1String(part))) << file << ": " << part;
        }
    }
}

TEST(Drafts, APlainGoAsksForNone)
{
    EXPECT_TRUE(draftsFor(QStringLiteral("tests/scenarios/colleague-connect.dunamare.json")).drafts.empty());
}

TEST(Drafts, LeaveNoPlaceholderInAnyScenarioInEitherLanguage)
{
    int drafts = 0;
    for (const std::string& file : jsonFiles(QStringLiteral("tests/scenarios"))) {
        for (const Language language : {Language::English, Language::Dutch}) {
            for (const FilledDraft& draft : draftsFor(QString::fromStdString(file), language).drafts) {
                ++drafts;
                EXPECT_FALSE(draft.text.contains(u'{') || draft.text.contains(u'}'))
                    << file << " " << draft.id.toStdString();
                EXPECT_FALSE(draft.subject.contains(u'{')) << file;
                EXPECT_FALSE(draft.ruleIds.isEmpty());
            }
        }
    }
    EXPECT_GT(drafts, 20);
}

TEST(Drafts, OpenInEmailCarriesSubjectAndBodyAndNoAddress)
{
    const Filled filled = draftsFor(QStringLiteral("tests/data/drafts/class-photo.dunamare.json"));
    const QUrl url = filled.drafts.front().mailto();
    EXPECT_EQ(url.scheme(), QStringLiteral("mailto"));
    EXPECT_TRUE(url.path().isEmpty());
    const QString encoded = url.toString(QUrl::FullyEncoded);
    EXPECT_FALSE(encoded.contains(u'+')) << "spaces are %20, not +";
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), filled.drafts.front().subject);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded), filled.drafts.front().text);
}

TEST(Drafts, TextAndJsonHoldEveryDraft)
{
    const Filled filled = draftsFor(QStringLiteral("tests/scenarios/discussion-escalating.dunamare.json"));
    ASSERT_GE(filled.drafts.size(), 2u);
    const QString text = draftsText(filled.drafts);
    const QJsonArray json = draftsJson(filled.drafts);
    ASSERT_EQ(json.size(), static_cast<qsizetype>(filled.drafts.size()));
    for (std::size_t i = 0; i < filled.drafts.size(); ++i) {
        EXPECT_TRUE(text.contains(filled.drafts[i].text));
        EXPECT_EQ(json.at(static_cast<qsizetype>(i)).toObject().value(u"text").toString(), filled.drafts[i].text);
    }
}
