// codewijzer-cli drafts: the texts the advice asks for, as JSON, text and an ODF text document
// (read back with unzip: its content.xml holds the same text).

#include "CliRun.h"
#include "ReadBack.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace codewijzer::test;

namespace {

const QString kPhotoDunamare = QStringLiteral("tests/data/drafts/class-photo.dunamare.json");
const QString kPhotoMondia = QStringLiteral("tests/data/drafts/class-photo.mondia.json");

QJsonArray drafts(const CliRun& run)
{
    return run.json().object().value(u"drafts").toArray();
}

// The text of an ODF document's content.xml: paragraphs and line breaks as new lines, entities decoded.
QString odtText(const QString& odt)
{
    QString xml = odfContentXml(odt);
    EXPECT_TRUE(xml.contains(u"<office:document-content")) << xml.left(200).toStdString();
    xml.replace(QRegularExpression(QStringLiteral("<text:line-break/>|</text:p>|</text:h>")), QStringLiteral("\n"));
    xml.replace(QRegularExpression(QStringLiteral("<text:s/>")), QStringLiteral(" "));
    xml.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return xml.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace

TEST(CliDrafts, TheClassPhotoAsksTheParentsUnderEachCode)
{
    for (const auto& [file, article] : {std::pair{kPhotoDunamare, "III.B.9"}, std::pair{kPhotoMondia, "scholen.3"}}) {
        const CliRun run = cli({QStringLiteral("drafts"), source(file)});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QJsonArray list = drafts(run);
        ASSERT_FALSE(list.isEmpty()) << run.out.toStdString();
        const QJsonObject first = list.first().toObject();
        EXPECT_EQ(first.value(u"kind").toString(), QStringLiteral("message"));
        EXPECT_TRUE(first.value(u"to").toString().contains(u"ouders")) << run.out.toStdString();
        EXPECT_EQ(first.value(u"articles").toArray().first().toString(), QString::fromLatin1(article));
        const QString text = first.value(u"text").toString();
        EXPECT_TRUE(text.contains(u"de klassenfoto van 1B voor het Instagram-account van de school")) << "the purpose";
        EXPECT_TRUE(text.contains(u"Open sociale media")) << "the channel";
        EXPECT_TRUE(text.contains(QString::fromLatin1(article)));
        EXPECT_TRUE(text.contains(u"[naam van de leerling]")) << text.toStdString();
        EXPECT_FALSE(text.contains(u"[name of the pupil]"));
    }
}

TEST(CliDrafts, TextInEnglishHasTitleRecipientSubjectAndText)
{
    const CliRun run =
        cli({QStringLiteral("drafts"), QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--lang"),
             QStringLiteral("en"), source(QStringLiteral("tests/scenarios/discussion-escalating.dunamare.json"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"== Message to your supervisor ==")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"To: your supervisor"));
    EXPECT_TRUE(run.out.contains(u"Subject: A conversation on social media is getting out of hand"));
    EXPECT_TRUE(run.out.contains(u"III.B.11"));
    // The same answers also get the line of III.B.7 for the discussion itself.
    EXPECT_TRUE(run.out.contains(u"I work at [name of the school], a school of Dunamare Onderwijsgroep."));
}

TEST(CliDrafts, AnswersThatAskForNoDraftSaySo)
{
    const CliRun text = cli({QStringLiteral("drafts"), QStringLiteral("--format"), QStringLiteral("text"),
                             source(QStringLiteral("tests/scenarios/colleague-connect.dunamare.json"))});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_FALSE(text.out.isEmpty());
    const CliRun json =
        cli({QStringLiteral("drafts"), source(QStringLiteral("tests/scenarios/colleague-connect.dunamare.json"))});
    EXPECT_TRUE(drafts(json).isEmpty());
    EXPECT_EQ(json.json().object().value(u"verdict").toString(), QStringLiteral("go"));
}

TEST(CliDrafts, OdtHoldsTheSameText)
{
    CODEWIJZER_REQUIRE_UNZIP();
    for (const QString& file :
         {kPhotoDunamare, QStringLiteral("tests/scenarios/discussion-escalating.dunamare.json")}) {
        QTemporaryDir dir;
        const QString odt = dir.filePath(QStringLiteral("drafts.odt"));
        const CliRun run = cli({QStringLiteral("drafts"), QStringLiteral("--format"), QStringLiteral("odt"),
                                QStringLiteral("--output"), odt, source(file)});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        const QString content = odtText(odt);
        const CliRun json = cli({QStringLiteral("drafts"), source(file)});
        ASSERT_FALSE(drafts(json).isEmpty());
        for (const QJsonValue& draft : drafts(json)) {
            EXPECT_TRUE(content.contains(draft.toObject().value(u"title").toString()));
            EXPECT_TRUE(content.contains(draft.toObject().value(u"subject").toString()));
            for (const QString& line : draft.toObject().value(u"text").toString().split(u'\n', Qt::SkipEmptyParts)) {
                EXPECT_TRUE(content.contains(line)) << file.toStdString() << ": " << line.toStdString();
            }
        }
    }
}

TEST(CliDrafts, OdtNeedsAnOutputFile)
{
    const CliRun run = cli({QStringLiteral("drafts"), QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--format"), QStringLiteral("odt"), source(kPhotoDunamare)});
    EXPECT_EQ(run.exitCode, 64);
    EXPECT_TRUE(run.err.contains(u"--format odt needs --output FILE")) << run.err.toStdString();
}

TEST(CliDrafts, AMalformedDraftsSectionIsRefusedWithItsPlace)
{
    const QString code = source(QStringLiteral("tests/data/malformed/draft-unknown-placeholder.json"));
    QTemporaryDir dir;
    const QString answers = writeTemp(dir, QStringLiteral("answers.json"), R"({"answers": {"activity": "report"}})");
    const CliRun run = cli({QStringLiteral("drafts"), QStringLiteral("--code-file"), code, answers});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QDir::toNativeSeparators(code) + u':')) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"drafts[0].text.nl: ")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"{naam}")) << run.err.toStdString();
}

#ifdef Q_OS_UNIX // /dev/full is a Unix file
TEST(CliDrafts, AFullStandardOutputIsAnError)
{
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(CODEWIJZER_CLI), {QStringLiteral("drafts"), source(kPhotoDunamare)});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().startsWith("codewijzer-cli: "));
}
#endif
