// codewijzer-cli diff: two versions of each shipped code, the second made by known edits
// (CodeVersions.h), in every format; the staff summary read back with pdftotext.

#include "CliRun.h"
#include "CodeVersions.h"
#include "ReadBack.h"

#include <QDir>
#include <QRegularExpression>

using namespace codewijzer::test;

namespace {

class CliDiff : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        m_id = QString::fromLatin1(GetParam());
        QFile shipped(source(QStringLiteral("resources/codes/%1.json").arg(m_id)));
        ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
        m_next = writeTemp(m_dir, m_id + QStringLiteral("-next.json"), nextVersion(shipped.readAll(), m_id));
    }

    CliRun diff(QStringList options) const { return cli(QStringList{QStringLiteral("diff"), m_id, m_next} + options); }

    QString m_id;
    QTemporaryDir m_dir;
    QString m_next;
};

} // namespace

TEST_P(CliDiff, JsonListsExactlyTheEdits)
{
    const ShippedEdits edits = shippedEdits(m_id);
    const CliRun run = diff({});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QJsonObject o = run.json().object();
    EXPECT_EQ(o.value(u"before").toObject().value(u"code").toString(), m_id);
    EXPECT_NE(o.value(u"before").toObject().value(u"fingerprint"), o.value(u"after").toObject().value(u"fingerprint"));

    const QJsonArray articles = o.value(u"text").toObject().value(u"articles").toArray();
    ASSERT_EQ(articles.size(), 2);
    EXPECT_EQ(articles[0].toObject().value(u"change").toString(), QStringLiteral("changed"));
    EXPECT_EQ(articles[0].toObject().value(u"id").toString(), edits.changedArticle);
    const QJsonArray words = articles[0].toObject().value(u"words").toArray();
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words[1].toObject().value(u"added").toString(), kAddedSentence);
    EXPECT_EQ(articles[1].toObject().value(u"change").toString(), QStringLiteral("removed"));
    EXPECT_EQ(articles[1].toObject().value(u"id").toString(), edits.removedArticle);

    const QJsonArray rules = o.value(u"rules").toArray();
    ASSERT_EQ(rules.size(), 2);
    EXPECT_EQ(rules[0].toObject().value(u"id").toString(), edits.stricterRule);
    EXPECT_EQ(rules[0].toObject().value(u"changed").toArray(), QJsonArray{QStringLiteral("verdict")});
    EXPECT_EQ(rules[0].toObject().value(u"verdict").toObject().value(u"after").toString(),
              QStringLiteral("conditions"));
    EXPECT_EQ(rules[1].toObject().value(u"change").toString(), QStringLiteral("added"));
    EXPECT_EQ(rules[1].toObject().value(u"id").toString(), edits.addedRule);

    const QJsonObject effect = o.value(u"effect").toObject();
    const qint64 situations = effect.value(u"situations").toInteger();
    EXPECT_EQ(situations, 188'736'305);
    EXPECT_EQ(effect.value(u"stricter").toInteger() + effect.value(u"less_strict").toInteger() +
                  effect.value(u"other_advice").toInteger() + effect.value(u"same").toInteger(),
              situations);
    EXPECT_GT(effect.value(u"stricter").toInteger(), 0);
    EXPECT_EQ(effect.value(u"less_strict").toInteger(), 0);
    EXPECT_FALSE(effect.value(u"activities").toObject().value(u"stricter").toArray().isEmpty());
    EXPECT_EQ(o.value(u"cases").toObject().value(u"compared").toInt(), 23);

    // Each example's answers, as an answers file, get under the old version the verdict it says.
    const QJsonArray examples = effect.value(u"examples").toArray();
    ASSERT_FALSE(examples.isEmpty());
    for (const QJsonValue& e : examples) {
        const QJsonObject answers{{QStringLiteral("code"), m_id},
                                  {QStringLiteral("answers"), e.toObject().value(u"answers")}};
        const CliRun evaluated =
            cli({QStringLiteral("evaluate"), QStringLiteral("-")}, QJsonDocument(answers).toJson());
        ASSERT_EQ(evaluated.exitCode, 0) << evaluated.err.toStdString();
        EXPECT_EQ(evaluated.json().object().value(u"verdict"), e.toObject().value(u"before"));
    }
}

TEST_P(CliDiff, TextMarksTheWordsAndCountsTheEffect)
{
    const CliRun run =
        diff({QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("{+") + kAddedSentence + QStringLiteral("+}")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("added test-material-public: stop")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("less strict verdict: 0")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Training cases: 23 compared")));
}

TEST_P(CliDiff, TheStaffSummaryInBothLanguages)
{
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    const ShippedEdits edits = shippedEdits(m_id);
    for (const auto& [lang, heading, page] : {std::tuple{"nl", "Wat verandert er voor jou", "pagina 1 van 1"},
                                              std::tuple{"en", "What changes for you", "page 1 of 1"}}) {
        const QString pdf = m_dir.filePath(QStringLiteral("summary-%1.pdf").arg(QString::fromLatin1(lang)));
        const CliRun run = diff({QStringLiteral("--format=pdf"), QStringLiteral("--output"), pdf,
                                 QStringLiteral("--lang=") + QString::fromLatin1(lang)});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        const QString words = pdfWords(pdf);
        EXPECT_TRUE(words.contains(QString::fromUtf8(heading))) << words.toStdString();
        EXPECT_TRUE(words.contains(QString::fromUtf8(page))) << "one A4 page: " << words.toStdString();
        EXPECT_TRUE(words.contains(edits.changedArticle));
        EXPECT_TRUE(words.contains(kAddedSentence));
        EXPECT_TRUE(words.contains(edits.removedArticle));
        EXPECT_TRUE(words.contains(edits.addedRuleArticle));
        EXPECT_TRUE(words.contains(lang == std::string("nl") ? QStringLiteral("Zet toetsen nooit openbaar online.")
                                                             : QStringLiteral("Never put tests online in public.")));
    }
    const CliRun html = diff({QStringLiteral("--format=html"), QStringLiteral("--lang=en")});
    ASSERT_EQ(html.exitCode, 0);
    EXPECT_TRUE(html.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.out.contains(QStringLiteral("What is now stricter")));
}

INSTANTIATE_TEST_SUITE_P(BuiltIn, CliDiff, ::testing::Values("dunamare", "mondia"));

TEST(CliDiffErrors, EachErrorIsOneLocatedLine)
{
    expectError(cli({QStringLiteral("diff"), QStringLiteral("--lang=en"), QStringLiteral("dunamare")}), 64,
                QStringLiteral("takes two codes"));
    expectBadInput(cli({QStringLiteral("diff"), QStringLiteral("dunamare"), QStringLiteral("/nonexistent/next.json")}),
                   QDir::toNativeSeparators(QStringLiteral("/nonexistent/next.json")));
    QTemporaryDir dir;
    const QString broken =
        writeTemp(dir, QStringLiteral("broken.json"), "{\"format\": \"codewijzer-code\",\n  \"id\": }");
    const CliRun run = cli({QStringLiteral("diff"), QStringLiteral("mondia"), broken});
    expectBadInput(run, QDir::toNativeSeparators(broken) + QStringLiteral(":2:"));
    const CliRun unwritable = cli({QStringLiteral("diff"), QStringLiteral("mondia"), QStringLiteral("mondia"),
                                   QStringLiteral("--output"), QStringLiteral("/nonexistent/out.json")});
    // A file that cannot be written is named as the system names it (native separators on Windows).
    expectBadInput(unwritable, QDir::toNativeSeparators(QStringLiteral("/nonexistent/out.json")));
    // The same version twice: nothing changes.
    const CliRun same = cli({QStringLiteral("diff"), QStringLiteral("mondia"), QStringLiteral("mondia")});
    ASSERT_EQ(same.exitCode, 0);
    EXPECT_EQ(same.json().object().value(u"effect").toObject().value(u"same").toInteger(), 188'736'305);
    EXPECT_TRUE(same.json().object().value(u"rules").toArray().isEmpty());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

TEST(CliVersions, TheReportOfASavedAssessmentNamesTheVersionItWasMadeUnder)
{
    QTemporaryDir dir;
    QFile example(source(QStringLiteral("docs/examples/voorbeeldschool.json")));
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    const QString code = writeTemp(
        dir, QStringLiteral("school.json"),
        CodeEdit(example.readAll()).set(QStringLiteral("previous"), QJsonArray{QStringLiteral("aaaaaaaaaaaa")}).json());
    for (const auto& [fingerprint, words] : {std::pair{"aaaaaaaaaaaa", "an earlier version of this code"},
                                             std::pair{"bbbbbbbbbbbb", "another version of this code"}}) {
        const QString saved = writeTemp(
            dir, QStringLiteral("%1.codewijzer").arg(QLatin1String(fingerprint)),
            QStringLiteral(R"({"code": "voorbeeldschool", "fingerprint": "%1", "answers": {"activity": "report"}})")
                .arg(QLatin1String(fingerprint))
                .toUtf8());
        const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--code-file"), code,
                                QStringLiteral("--lang=en"), QStringLiteral("--format=html"), saved});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("Saved under")));
        EXPECT_TRUE(run.out.contains(
            QStringLiteral("%1 (fingerprint %2)").arg(QLatin1String(words), QLatin1String(fingerprint))))
            << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(
            QLatin1String(fingerprint == std::string("aaaaaaaaaaaa") ? "an earlier version" : "another version")))
            << run.err.toStdString();
    }

    // diff names the previous versions and shows the change note.
    const QString original = writeTemp(dir, QStringLiteral("school-1.json"),
                                       readAll(source(QStringLiteral("docs/examples/voorbeeldschool.json"))));
    const CliRun first = cli({QStringLiteral("diff"), original, original});
    const QString fingerprint = first.json().object().value(u"before").toObject().value(u"fingerprint").toString();
    const QString next = writeTemp(
        dir, QStringLiteral("school-2.json"),
        CodeEdit(readAll(original))
            .set(QStringLiteral("previous"), QJsonArray{fingerprint})
            .set(QStringLiteral("changeNote"), QJsonObject{{QStringLiteral("nl"), QStringLiteral("Nieuw: toetsen.")},
                                                           {QStringLiteral("en"), QStringLiteral("New: tests.")}})
            .json());
    const CliRun json = cli({QStringLiteral("diff"), original, next});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_TRUE(json.json().object().value(u"after_lists_before").toBool());
    const CliRun html = cli({QStringLiteral("diff"), original, next, QStringLiteral("--format=html")});
    EXPECT_TRUE(html.out.contains(QStringLiteral("Nieuw: toetsen."))) << html.out.toStdString();
}
