#include "CliRun.h"

#include <QDir>

using namespace codewijzer::test;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

CliRun newFromText(const QString& text, const QStringList& more = {})
{
    return cli(QStringList{QStringLiteral("new"), QStringLiteral("--lang=en"), QStringLiteral("--from-text"), text,
                           QStringLiteral("--id"), QStringLiteral("onze-school")} +
               more);
}

} // namespace

TEST(CliNew, MakesAFirstCodeFileFromEachSeedWithTheShippedArticleTexts)
{
    const std::vector<std::pair<QString, QString>> seeds{
        {QStringLiteral("dunamare"), QStringLiteral("dunamare-gedragscode-social-media.txt")},
        {QStringLiteral("mondia"), QStringLiteral("mondia-protocol-sociale-media.txt")}};
    for (const auto& [code, seed] : seeds) {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("onze-code.json"));
        const CliRun run =
            newFromText(source(QStringLiteral("tests/data/seeds/") + seed),
                        {QStringLiteral("--title"), QStringLiteral("Gedragscode"), QStringLiteral("--organisation"),
                         QStringLiteral("Onze school"), QStringLiteral("--output"), output});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();

        const QJsonArray shipped = readJson(source(QStringLiteral("resources/codes/") + code + QStringLiteral(".json")))
                                       .value(u"articles")
                                       .toArray();
        const QJsonObject made = readJson(output);
        const QJsonArray articles = made.value(u"articles").toArray();
        EXPECT_TRUE(run.out.contains(QStringLiteral("%1 articles").arg(shipped.size()))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("verify --code-file ") + output)) << run.out.toStdString();
        EXPECT_EQ(made.value(u"format"), QStringLiteral("codewijzer-code"));
        EXPECT_EQ(made.value(u"id"), QStringLiteral("onze-school"));
        EXPECT_EQ(made.value(u"rules").toArray().size(), 0);
        ASSERT_EQ(articles.size(), shipped.size()) << code.toStdString();
        for (qsizetype i = 0; i < shipped.size(); ++i) {
            EXPECT_EQ(articles.at(i).toObject().value(u"text"), shipped.at(i).toObject().value(u"text"))
                << code.toStdString() << " " << shipped.at(i).toObject().value(u"id").toString().toStdString();
        }

        // What is left is said in one located line: the rules.
        const CliRun verify =
            cli({QStringLiteral("verify"), QStringLiteral("--lang=en"), QStringLiteral("--code-file"), output});
        expectBadInput(verify, QStringLiteral(": rules: a code needs at least one rule"));
        EXPECT_TRUE(verify.err.contains(QDir::toNativeSeparators(output) + u':')) << verify.err.toStdString();
    }
}

TEST(CliNew, WritesTheFileToStandardOutputWithoutOutput)
{
    QTemporaryDir dir;
    const QString text = writeTemp(dir, QStringLiteral("code.txt"),
                                   "Inleiding\n\nDeze code geldt voor iedereen.\n\nFoto's\n\n"
                                   "Een foto plaats je met toestemming.\n\nVraag het je teamleider.\n");
    const CliRun run = newFromText(text);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject made = run.json().object();
    QStringList ids;
    for (const QJsonValue& article : made.value(u"articles").toArray()) {
        ids << article.toObject().value(u"id").toString();
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("inleiding"), QStringLiteral("foto")}));
    EXPECT_EQ(made.value(u"articles").toArray().at(1).toObject().value(u"text"),
              QStringLiteral("Een foto plaats je met toestemming.\n\nVraag het je teamleider."));
    EXPECT_EQ(made.value(u"source"), QStringLiteral("code.txt"));
}

TEST(CliNew, ATextThatCannotBeReadIsOneLineAndExit2)
{
    QTemporaryDir dir;
    expectBadInput(newFromText(dir.filePath(QStringLiteral("geen.txt"))),
                   QDir::toNativeSeparators(dir.filePath(QStringLiteral("geen.txt"))) +
                       QStringLiteral(": cannot read the file"));
    const QString empty = writeTemp(dir, QStringLiteral("leeg.txt"), {});
    expectBadInput(newFromText(empty), QDir::toNativeSeparators(empty) + QStringLiteral(": the file is empty"));
    const QString binary = writeTemp(dir, QStringLiteral("code.txt"), QByteArray("Inleiding\n\x01\x02\0\xff", 14));
    expectBadInput(newFromText(binary), QDir::toNativeSeparators(binary) + QStringLiteral(":2:3: a NUL byte"));
    const QString pdf = writeTemp(dir, QStringLiteral("code.pdf"), "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    expectBadInput(newFromText(pdf), QDir::toNativeSeparators(pdf) + QStringLiteral(":1:1: this is a PDF file"));
}

TEST(CliNew, NeverReplacesAFile)
{
    QTemporaryDir dir;
    const QString text = writeTemp(dir, QStringLiteral("code.txt"), "Inleiding\n\nDeze code geldt voor iedereen.\n");
    const QString existing = writeTemp(dir, QStringLiteral("onze-code.json"), "{\"rules\": [\"mijn werk\"]}");
    expectBadInput(newFromText(text, {QStringLiteral("--output"), existing}),
                   existing + QStringLiteral(" exists already"));
    EXPECT_EQ(readJson(existing).value(u"rules").toArray().first(), QStringLiteral("mijn werk"));
}

TEST(CliNew, WithoutTheTextOrAGoodIdIsBadUsage)
{
    expectError(cli({QStringLiteral("new"), QStringLiteral("--id"), QStringLiteral("x")}), 64,
                QStringLiteral("--from-text"));
    expectError(cli({QStringLiteral("new"), QStringLiteral("--from-text"), QStringLiteral("code.txt")}), 64,
                QStringLiteral("--id"));
    expectError(cli({QStringLiteral("new"), QStringLiteral("--from-text"), QStringLiteral("code.txt"),
                     QStringLiteral("--id"), QStringLiteral("Onze School")}),
                64, QStringLiteral("\"Onze School\""));
}
