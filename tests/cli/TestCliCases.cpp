// codewijzer-cli cases with the choices of a training session: --cases, --session FILE, and the two
// handouts (--handout exercise|key), read back with pdftotext.

#include "CliRun.h"
#include "ReadBack.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace codewijzer::test;

namespace {

QStringList ids(const CliRun& run)
{
    QStringList out;
    for (const QJsonValue& value : run.json().array()) {
        out << value.toObject().value(u"id").toString();
    }
    return out;
}

const QStringList kChosen{QStringLiteral("vriendverzoek-ouder"), QStringLiteral("klassenfoto-instagram"),
                          QStringLiteral("whatsapp-groep-klas")};

} // namespace

TEST(CliCases, CasesChoosesTheCasesInTheirOrder)
{
    const CliRun run = cli(
        {QStringLiteral("cases"), QStringLiteral("--code=dunamare"), QStringLiteral("--cases=") + kChosen.join(u',')});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(ids(run), kChosen);
    expectBadInput(cli({QStringLiteral("cases"), QStringLiteral("--code=dunamare"), QStringLiteral("--lang=en"),
                        QStringLiteral("--cases"), QStringLiteral("klassenfoto-instagram,verzonnen")}),
                   QStringLiteral("\"verzonnen\" is not a case of the code \"dunamare\""));
}

TEST(CliCases, ASessionFileChoosesTheCodeAndTheCases)
{
    QTemporaryDir dir;
    const QString session =
        writeTemp(dir, QStringLiteral("vandaag.json"),
                  QStringLiteral(R"({"format": "codewijzer-session", "code": "dunamare", "cases": ["%1"]})")
                      .arg(kChosen.join(QStringLiteral("\", \"")))
                      .toUtf8());
    const CliRun run = cli({QStringLiteral("cases"), QStringLiteral("--session"), session});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(ids(run), kChosen);
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();

    // Another version of the code: a warning, the cases still listed.
    const QString old = writeTemp(dir, QStringLiteral("oud.json"),
                                  R"({"format": "codewijzer-session", "code": "dunamare", "fingerprint": "000000000000",
 "cases": ["klassenfoto-instagram"]})");
    const CliRun warned = cli({QStringLiteral("cases"), QStringLiteral("--lang=en"), QStringLiteral("--session"), old});
    ASSERT_EQ(warned.exitCode, 0) << warned.err.toStdString();
    EXPECT_TRUE(warned.err.contains(u"warning: ") && warned.err.contains(u"000000000000")) << warned.err.toStdString();

    // A case the code lacks, with its place; a file of another code than --code.
    const QString wrong = writeTemp(dir, QStringLiteral("fout.json"),
                                    "{\"format\": \"codewijzer-session\", \"code\": \"dunamare\",\n \"cases\": [\n "
                                    "\"klassenfoto-instagram\",\n \"verzonnen\"]}");
    expectBadInput(cli({QStringLiteral("cases"), QStringLiteral("--lang=en"), QStringLiteral("--session"), wrong}),
                   QDir::toNativeSeparators(wrong) + QStringLiteral(":4:2: "));
    expectBadInput(cli({QStringLiteral("cases"), QStringLiteral("--lang=en"), QStringLiteral("--code=mondia"),
                        QStringLiteral("--session"), session}),
                   QStringLiteral("the session is for the code \"dunamare\", not \"mondia\""));
    expectBadInput(cli({QStringLiteral("cases"), QStringLiteral("--lang=en"), QStringLiteral("--session"),
                        writeTemp(dir, QStringLiteral("leeg.json"),
                                  R"({"format": "codewijzer-session", "code": "dunamare", "cases": []})")}),
                   QStringLiteral("at least one case"));
}

TEST(CliCases, TheHandoutOptionsAreCheckedBeforeAnythingRuns)
{
    expectError(cli({QStringLiteral("cases"), QStringLiteral("--code=dunamare"), QStringLiteral("--lang=en"),
                     QStringLiteral("--handout=exercise")}),
                64, QStringLiteral("--handout goes with --format html or pdf"));
    expectError(cli({QStringLiteral("cases"), QStringLiteral("--code=dunamare"), QStringLiteral("--lang=en"),
                     QStringLiteral("--format=html"), QStringLiteral("--handout=answers")}),
                64, QStringLiteral("--handout takes exercise or key, not \"answers\""));
    expectError(cli({QStringLiteral("cases"), QStringLiteral("--code=dunamare"), QStringLiteral("--lang=en"),
                     QStringLiteral("--cases=a"), QStringLiteral("--session=b")}),
                64, QStringLiteral("give --cases or --session, not both"));
}

TEST(CliCases, TheExerciseSheetHoldsNoVerdictAndTheKeyHoldsEachChosenCasesVerdict)
{
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    for (const QString& lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        SCOPED_TRACE(lang.toStdString());
        QTemporaryDir dir;
        const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
        const QString key = dir.filePath(QStringLiteral("key.pdf"));
        const QStringList common{QStringLiteral("cases"),        QStringLiteral("--code=dunamare"),
                                 QStringLiteral("--lang"),       lang,
                                 QStringLiteral("--format=pdf"), QStringLiteral("--cases=") + kChosen.join(u',')};
        ASSERT_EQ(
            cli(common + QStringList{QStringLiteral("--handout=exercise"), QStringLiteral("--output"), sheet}).exitCode,
            0);
        ASSERT_EQ(cli(common + QStringList{QStringLiteral("--handout=key"), QStringLiteral("--output"), key}).exitCode,
                  0);
        const QString sheetText = pdfWords(sheet);
        const QString keyText = pdfWords(key);
        const QJsonArray cases = cli({QStringLiteral("cases"), QStringLiteral("--code=dunamare"),
                                      QStringLiteral("--lang"), lang, QStringLiteral("--cases=") + kChosen.join(u',')})
                                     .json()
                                     .array();
        ASSERT_EQ(cases.size(), kChosen.size());
        const QStringList labels =
            lang == u"nl"
                ? QStringList{QStringLiteral("Mag, als je het advies volgt"), QStringLiteral("Eerst navragen"),
                              QStringLiteral("Niet doen"), QStringLiteral("Valt buiten de gedragscode")}
                : QStringList{QStringLiteral("Go, if you follow the advice"), QStringLiteral("Check first"),
                              QStringLiteral("Stop"), QStringLiteral("Not covered by the code")};
        for (const QString& label : labels) {
            EXPECT_FALSE(sheetText.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(label))))
                << "the sheet gives no verdict: " << label.toStdString();
        }
        EXPECT_FALSE(sheetText.contains(u"✔") || sheetText.contains(u"✖"));
        const QString verdictWord = lang == u"nl" ? QStringLiteral("Oordeel:") : QStringLiteral("Verdict:");
        EXPECT_FALSE(sheetText.contains(verdictWord));
        qsizetype at = 0;
        for (const QJsonValue& value : cases) {
            const QJsonObject c = value.toObject();
            EXPECT_TRUE(sheetText.contains(c.value(u"situation").toString().left(60).simplified()))
                << c.value(u"id").toString().toStdString();
            const QString title = c.value(u"title").toString().simplified();
            const qsizetype found = keyText.indexOf(title, at);
            EXPECT_GE(found, at) << "the key in the session's order: " << title.toStdString();
            at = std::max(at, found);
        }
        // Every chosen case's verdict in the key, in the language asked for.
        const CliRun text =
            cli({QStringLiteral("cases"), QStringLiteral("--code=dunamare"), QStringLiteral("--lang"), lang,
                 QStringLiteral("--format=text"), QStringLiteral("--cases=") + kChosen.join(u',')});
        const QRegularExpression verdictLine(QStringLiteral("\\n  [^:\\n]+: ([^(\\n]+) \\("));
        int verdicts = 0;
        for (auto match = verdictLine.globalMatch(text.out); match.hasNext();) {
            const QString label = match.next().captured(1).trimmed();
            EXPECT_TRUE(keyText.contains(verdictWord + u' ') && keyText.contains(label)) << label.toStdString();
            ++verdicts;
        }
        EXPECT_EQ(verdicts, kChosen.size());
    }
}
