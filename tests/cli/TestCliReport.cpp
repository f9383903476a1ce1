// The report: --format html and pdf, --output, read back with pdftotext (poppler-utils).

#include "CliRun.h"
#include "ReadBack.h"

#include <QFileInfo>
#include <QStandardPaths>

using namespace codewijzer::test;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

// pdftotext breaks lines where the page does, joins words broken at a hyphen ("Facebook-pagina"
// becomes "Facebookpagina") and writes ligatures ("ﬁ"): compare words without hyphens.
QString normalised(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).remove(u'-').simplified();
}

QString pdfText(const QString& pdf)
{
    return normalised(pdfToText(pdf));
}

// The label of an option, in words, from the one questionnaire definition.
QString optionLabel(const QJsonObject& questionnaire, const QString& question, const QString& option,
                    const QString& language)
{
    for (const QJsonValue& q : questionnaire.value(u"questions").toArray()) {
        if (q.toObject().value(u"id").toString() != question) {
            continue;
        }
        for (const QJsonValue& o : q.toObject().value(u"options").toArray()) {
            if (o.toObject().value(u"id").toString() == option) {
                return o.toObject().value(u"label").toObject().value(language).toString();
            }
        }
    }
    ADD_FAILURE() << "no option " << option.toStdString() << " of " << question.toStdString();
    return {};
}

struct ReportCase
{
    const char* scenario;
    const char* language;
};

class CliReport : public testing::TestWithParam<ReportCase>
{
};

} // namespace

TEST_P(CliReport, PdfHoldsTheVerdictEveryCitedArticleAndEveryAnswer)
{
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    const QString language = QString::fromLatin1(GetParam().language);
    const QString answers = source(QStringLiteral("tests/scenarios/%1.json").arg(QLatin1String(GetParam().scenario)));
    const QJsonObject questionnaire = readJson(source(QStringLiteral("resources/questionnaire.json")));

    const CliRun json = cli({QStringLiteral("evaluate"), QStringLiteral("--lang"), language, answers});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject result = json.json().object();

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--lang"), language, QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("--output"), pdf, answers});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QString text = pdfText(pdf);

    const QString verdict = questionnaire.value(u"verdicts")
                                .toObject()
                                .value(result.value(u"verdict").toString())
                                .toObject()
                                .value(u"label")
                                .toObject()
                                .value(language)
                                .toString();
    ASSERT_FALSE(verdict.isEmpty());
    EXPECT_TRUE(text.contains(normalised(verdict))) << verdict.toStdString();

    const QStringList cited = articleIds(result);
    ASSERT_FALSE(cited.isEmpty());
    for (const QJsonValue& article : result.value(u"articles").toArray()) {
        const QJsonObject a = article.toObject();
        EXPECT_TRUE(text.contains(normalised(a.value(u"id").toString()))) << a.value(u"id").toString().toStdString();
        // The article in full, verbatim.
        EXPECT_TRUE(text.contains(normalised(a.value(u"text").toString())))
            << "full text of " << a.value(u"id").toString().toStdString();
    }

    // Every answer the code asks for (the evaluation's "answers": a question the code never asks is
    // left out), in words.
    const QJsonObject given = result.value(u"answers").toObject();
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (it.value() == QJsonValue(QStringLiteral("unknown"))) {
            continue;
        }
        const QJsonArray options = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value().toString()};
        for (const QJsonValue& option : options) {
            const QString label = optionLabel(questionnaire, it.key(), option.toString(), language);
            EXPECT_TRUE(text.contains(normalised(label))) << it.key().toStdString() << ": " << label.toStdString();
        }
    }

    const QString code = readJson(answers).value(u"code").toString();
    const CliRun codes = cli({QStringLiteral("codes")});
    for (const QJsonValue& c : codes.json().array()) {
        if (c.toObject().value(u"id").toString() == code) {
            EXPECT_TRUE(text.contains(c.toObject().value(u"organisation").toString()));
        }
    }
    EXPECT_TRUE(text.contains(language == u"nl" ? QStringLiteral("pagina 1 van") : QStringLiteral("page 1 of")));
}

INSTANTIATE_TEST_SUITE_P(
    Scenarios, CliReport,
    testing::Values(ReportCase{"class-photo-explicit-consent.dunamare", "en"},
                    ReportCase{"class-photo-explicit-consent.dunamare", "nl"},
                    ReportCase{"school-photo-16plus.mondia", "en"}, ReportCase{"school-photo-16plus.mondia", "nl"},
                    ReportCase{"whatsapp-group-class.mondia", "nl"}, ReportCase{"lesson-no-consent.mondia", "en"},
                    ReportCase{"friend-request-parent.dunamare", "nl"}),
    [](const testing::TestParamInfo<ReportCase>& info) {
        return QString::fromLatin1(info.param.scenario).replace(u'.', u'_').replace(u'-', u'_').toStdString() + "_" +
               info.param.language;
    });

TEST(CliReportFormats, HtmlGoesToStandardOutputOrToTheOutputFile)
{
    const QString answers = source(QStringLiteral("resources/examples/school-news.dunamare.json"));
    const CliRun html = cli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("html"), answers});
    ASSERT_EQ(html.exitCode, 0) << html.err.toStdString();
    EXPECT_TRUE(html.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.out.contains(QStringLiteral("<html lang=\"nl\">")));
    EXPECT_TRUE(html.out.contains(QStringLiteral("III.B.5")));

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.html"));
    const CliRun toFile =
        cli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("--output"), out, answers});
    ASSERT_EQ(toFile.exitCode, 0) << toFile.err.toStdString();
    EXPECT_TRUE(toFile.out.isEmpty());
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(file.readAll()).contains(QStringLiteral("<html lang=\"en\">")));
}

// On Windows the C runtime's text mode would write "\r\n" for every "\n": standard output holds the
// same bytes as an --output file, on every platform.
TEST(CliReportFormats, StandardOutputHoldsTheSameBytesAsTheOutputFile)
{
    const QString answers = source(QStringLiteral("resources/examples/school-news.dunamare.json"));
    QTemporaryDir dir;
    for (const QString& format : {QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("html")}) {
        const QStringList arguments{QStringLiteral("evaluate"), QStringLiteral("--format"), format, answers};
        const CliRun toStdout = cli(arguments);
        ASSERT_EQ(toStdout.exitCode, 0) << toStdout.err.toStdString();
        const QString path = dir.filePath(QStringLiteral("report.") + format);
        const CliRun toFile = cli(arguments + QStringList{QStringLiteral("--output"), path});
        ASSERT_EQ(toFile.exitCode, 0) << toFile.err.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(toStdout.out, QString::fromUtf8(file.readAll())) << format.toStdString();
        EXPECT_FALSE(toStdout.out.contains(u'\r')) << format.toStdString();
    }
    const CliRun error = cli({QStringLiteral("evaluate"), dir.filePath(QStringLiteral("missing.json"))});
    EXPECT_FALSE(error.err.isEmpty());
    EXPECT_FALSE(error.err.contains(u'\r')) << error.err.toStdString();

    // Answers with Windows line endings, on standard input, give what the file gives.
    QFile file(answers);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray windows = file.readAll();
    windows.replace("\r\n", "\n").replace("\n", "\r\n");
    const CliRun fromFile = cli({QStringLiteral("evaluate"), answers});
    const CliRun fromStdin = cli({QStringLiteral("evaluate"), QStringLiteral("-")}, windows);
    ASSERT_EQ(fromStdin.exitCode, 0) << fromStdin.err.toStdString();
    EXPECT_EQ(fromStdin.out, fromFile.out);
}

TEST(CliReportFormats, PdfNeedsAnOutputFileAndOnlyEvaluateAndCasesMakeReports)
{
    const QString answers = source(QStringLiteral("resources/examples/school-news.dunamare.json"));
    expectError(cli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("pdf"), answers}), 64,
                QStringLiteral("--output"));
    expectError(cli({QStringLiteral("verify"), QStringLiteral("--format"), QStringLiteral("pdf")}), 64,
                QStringLiteral("\"pdf\""));
    expectError(cli({QStringLiteral("codes"), QStringLiteral("--output"), QStringLiteral("x")}), 64,
                QStringLiteral("--output"));
}

TEST(CliReportFormats, AnUnwritableOutputIsBadInputAndLeavesNothing)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    expectBadInput(
        cli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
             out, source(QStringLiteral("resources/examples/school-news.dunamare.json"))}),
        QDir::toNativeSeparators(QStringLiteral("no-such-folder/report.pdf")));
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(CliReportFormats, ASavedAssessmentEvaluatesAsItIsAndWarnsWhenTheCodeChanged)
{
    QTemporaryDir dir;
    const QString saved = writeTemp(dir, QStringLiteral("old.codewijzer"),
                                    R"({"code": "mondia", "fingerprint": "000000000000",
                      "answers": {"activity": "publish", "school_related": "no", "channel": "public",
                                  "account": "personal"}})");
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--lang"), QStringLiteral("en"), saved});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.json().object().value(u"verdict").toString().isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("the rules have changed since"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("000000000000")));

    const CliRun bad = cli({QStringLiteral("evaluate"),
                            writeTemp(dir, QStringLiteral("bad.codewijzer"),
                                      R"({"code": "mondia", "fingerprint": 7, "answers": {"activity": "publish"}})")});
    expectBadInput(bad, QStringLiteral("fingerprint"));
}

// The training handout: every case with its situation and verdict, and every cited article in full.
TEST(CliReportFormats, CasesHandoutPdfHoldsEveryCaseAndItsArticles)
{
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    for (const QString& lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        SCOPED_TRACE(lang.toStdString());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
        const CliRun run = cli({QStringLiteral("cases"), QStringLiteral("--code=mondia"), QStringLiteral("--lang"),
                                lang, QStringLiteral("--format=pdf"), QStringLiteral("--output"), pdf});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QString text = pdfText(pdf);
        const QJsonArray cases =
            cli({QStringLiteral("cases"), QStringLiteral("--code=mondia"), QStringLiteral("--lang"), lang})
                .json()
                .array();
        ASSERT_GE(cases.size(), 12);
        const QJsonArray articles =
            cli({QStringLiteral("articles"), QStringLiteral("--code=mondia"), QStringLiteral("--lang"), lang})
                .json()
                .array();
        QSet<QString> cited;
        for (const QJsonValue& value : cases) {
            const QJsonObject c = value.toObject();
            EXPECT_TRUE(text.contains(normalised(c.value(u"title").toString())))
                << c.value(u"id").toString().toStdString();
            EXPECT_TRUE(text.contains(normalised(c.value(u"situation").toString())))
                << c.value(u"id").toString().toStdString();
            for (const QJsonValue& a : c.value(u"articles").toArray()) {
                cited.insert(a.toString());
            }
        }
        for (const QJsonValue& value : articles) {
            const QJsonObject a = value.toObject();
            if (cited.contains(a.value(u"id").toString())) {
                EXPECT_TRUE(text.contains(normalised(a.value(u"text").toString())))
                    << a.value(u"id").toString().toStdString();
            }
        }
        EXPECT_TRUE(text.contains(QStringLiteral("Dunamare Onderwijsgroep"))) << "each case says what the other code "
                                                                                 "makes of it";
    }
}

TEST(CliReportFormats, TheReportHeadsWithTheVerdictInItsBoxAndWhatYouDoNow)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun made = cli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("pdf"),
                             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--output"), pdf,
                             source(QStringLiteral("tests/scenarios/report-offensive-post.dunamare.json"))});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    const QString text = pdfText(pdf);
    // A post to report heads with what to do, not with a green "Go"; the verdict is said below it.
    const qsizetype headline = text.indexOf(u"Report the post to your supervisor");
    const qsizetype now = text.indexOf(u"What you do now");
    const qsizetype answers = text.indexOf(u"The questions and your answers");
    EXPECT_GE(headline, 0) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Verdict: Go"));
    EXPECT_LT(headline, now);
    EXPECT_LT(now, answers) << "what to do comes before the answers";
}

// Without a font the PDF is written and has no text at all (Qt's offscreen platform on Windows):
// checked in the file itself, so that it also runs where there is no pdftotext.
TEST(CliReportFormats, APdfReportEmbedsTheFontOfItsText)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun made =
        cli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
             pdf, source(QStringLiteral("tests/scenarios/report-offensive-post.dunamare.json"))});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("/FontFile")) << "no embedded font: the report would have no text";
}
