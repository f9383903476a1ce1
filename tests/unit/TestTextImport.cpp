#include "TestData.h"
#include "authoring/CodeSkeleton.h"
#include "authoring/TextImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

ImportedCode importText(const QByteArray& text)
{
    Diagnostics problems;
    std::optional<ImportedCode> code = importCodeText(text, QStringLiteral("code.txt"), problems);
    for (const Diagnostic& d : problems) {
        ADD_FAILURE() << d.toString().toStdString();
    }
    return code ? std::move(*code) : ImportedCode{};
}

ImportedCode importSeed(const QString& seedFile)
{
    return importText(readFile(sourcePath(QStringLiteral("tests/data/seeds/") + seedFile)));
}

QStringList ids(const ImportedCode& code)
{
    QStringList out;
    for (const ImportedArticle& article : code.articles) {
        out << article.id;
    }
    return out;
}

// The one problem of a text that is not one, as a line.
QString problemOf(const QByteArray& bytes)
{
    Diagnostics problems;
    EXPECT_FALSE(importCodeText(bytes, QStringLiteral("code.txt"), problems));
    EXPECT_EQ(problems.size(), 1u);
    return problems.empty() ? QString() : problems.front().toString();
}

struct Seed
{
    const char* code;
    const char* file;
    // Shipped ids the proposal does not reach, with what it proposes instead.
    std::map<QString, QString> otherIds;
};

const std::vector<Seed>& seeds()
{
    static const std::vector<Seed> all{
        {"dunamare", "dunamare-gedragscode-social-media.txt", {}},
        {"mondia", "mondia-protocol-sociale-media.txt", {{QStringLiteral("melding"), QStringLiteral("alinea-1")}}},
    };
    return all;
}

} // namespace

TEST(TextImport, FindsEveryArticleOfTheShippedCodesWithTheSameText)
{
    for (const Seed& seed : seeds()) {
        const CodeOfConduct shipped = builtinCode(QString::fromLatin1(seed.code));
        const ImportedCode imported = importSeed(QString::fromLatin1(seed.file));
        ASSERT_EQ(imported.articles.size(), shipped.articles.size())
            << seed.code << ": " << ids(imported).join(u' ').toStdString();
        for (std::size_t i = 0; i < shipped.articles.size(); ++i) {
            const Article& expected = shipped.articles[i];
            const ImportedArticle& found = imported.articles[i];
            EXPECT_EQ(found.text, expected.text) << seed.code << " " << expected.id.toStdString();
            const auto other = seed.otherIds.find(expected.id);
            EXPECT_EQ(found.id, other == seed.otherIds.end() ? expected.id : other->second)
                << seed.code << " " << expected.id.toStdString();
            EXPECT_FALSE(found.title.isEmpty()) << seed.code << " " << expected.id.toStdString();
        }
    }
}

TEST(TextImport, TakesTheDatesTheTextGives)
{
    const ImportedCode dunamare = importSeed(QStringLiteral("dunamare-gedragscode-social-media.txt"));
    EXPECT_EQ(dunamare.adopted, QDate(2019, 4, 15));
    EXPECT_EQ(dunamare.inForce, QDate(2019, 4, 16));
    // "Vastgesteld door het CMT op 1 oktober 2020" is not an article of the code.
    const ImportedCode mondia = importSeed(QStringLiteral("mondia-protocol-sociale-media.txt"));
    EXPECT_EQ(mondia.adopted, QDate(2020, 10, 1));
    EXPECT_FALSE(mondia.inForce.isValid());
}

TEST(TextImport, TheFirstDraftLoadsOnceItHasARule)
{
    const ImportedCode imported = importSeed(QStringLiteral("mondia-protocol-sociale-media.txt"));
    const QByteArray json = codeSkeletonJson(
        imported, {QStringLiteral("onze-school"), QStringLiteral("Protocol"), QStringLiteral("Onze school"), {}});

    // As written: valid JSON whose one problem is the next step.
    Diagnostics problems;
    EXPECT_FALSE(CodeOfConduct::load(json, QStringLiteral("onze-code.json"), Questionnaire::builtin(), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().jsonPath, QStringLiteral("rules"));
    EXPECT_GT(problems.front().line, 0);

    QJsonObject root = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(root.value(u"articles").toArray().first().toObject().value(u"title").toObject().value(u"en"),
              QStringLiteral("[translate] Inleiding"));
    root.insert(
        QStringLiteral("rules"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r")},
                               {QStringLiteral("when"), true},
                               {QStringLiteral("verdict"), QStringLiteral("go")},
                               {QStringLiteral("advice"), QJsonObject{{QStringLiteral("nl"), QStringLiteral("a")},
                                                                      {QStringLiteral("en"), QStringLiteral("a")}}},
                               {QStringLiteral("articles"), QJsonArray{QStringLiteral("inleiding")}}}});
    problems.clear();
    const auto code = CodeOfConduct::load(QJsonDocument(root).toJson(), QStringLiteral("onze-code.json"),
                                          Questionnaire::builtin(), problems);
    ASSERT_TRUE(code) << problems.front().toString().toStdString();
    EXPECT_EQ(code->articles.size(), imported.articles.size());
    EXPECT_EQ(code->articles.back().text, imported.articles.back().text);
    EXPECT_EQ(code->adopted, QDate(2020, 10, 1));
}

TEST(TextImport, UnnumberedParagraphsUnderHeadings)
{
    const ImportedCode code = importText("Inleiding\n"
                                         "\n"
                                         "Dit is de eerste alinea. Ze loopt\n"
                                         "over twee regels.\n"
                                         "\n"
                                         "Dit is de tweede alinea.\n"
                                         "\n"
                                         "Foto's van leerlingen\n"
                                         "\n"
                                         "Een foto van een leerling plaats je alleen met toestemming van de ouders.\n"
                                         "\n"
                                         "Regels voor berichten\n"
                                         "\n"
                                         "\u2022 Je stuurt berichten aan leerlingen via het e-\n"
                                         "  mailadres van school.\n"
                                         "\u2022 Je reageert niet op negatieve berichten.\n"
                                         "\n"
                                         "Heb je een vraag, stel die dan aan je teamleider.\n");
    EXPECT_EQ(ids(code), (QStringList{QStringLiteral("inleiding"), QStringLiteral("foto"), QStringLiteral("regels.1"),
                                      QStringLiteral("regels.2"), QStringLiteral("alinea-1")}));
    ASSERT_EQ(code.articles.size(), 5u);
    EXPECT_EQ(code.articles[0].text,
              QStringLiteral("Dit is de eerste alinea. Ze loopt over twee regels.\n\nDit is de tweede alinea."));
    EXPECT_EQ(code.articles[0].title, QStringLiteral("Inleiding"));
    EXPECT_EQ(code.articles[1].title, QStringLiteral("Foto's van leerlingen"));
    EXPECT_EQ(code.articles[2].text,
              QStringLiteral("Je stuurt berichten aan leerlingen via het e-mailadres van school."));
    EXPECT_EQ(code.articles[3].title, QStringLiteral("Je reageert niet op negatieve berichten"));
    EXPECT_EQ(code.articles[4].title, QStringLiteral("Heb je een vraag, stel die dan …"));
    EXPECT_EQ(code.articles[2].line, 14);
}

TEST(TextImport, TextPastedFromAWordProcessorHasAParagraphALine)
{
    const ImportedCode code = importText(
        "Inleiding\r\n"
        "Dit protocol is er voor iedereen die op school werkt, en het gaat over alles wat je op sociale media doet "
        "als het met school te maken heeft.\r\n"
        "Het geldt ook buiten schooltijd.\r\n"
        "De scholen op sociale media\r\n"
        "\u2022\tDe school zet berichten op sociale media om positieve of neutrale informatie over de school te "
        "verspreiden, open en actief, elke week.\r\n"
        "\u2022\tBij inschrijving vraagt de school toestemming voor foto's en film van schoolsituaties op sociale "
        "media, voor elke leerling apart.\r\n"
        "Heb je een vraag? Stel die dan aan je teamleider of aan de medewerker communicatie.\r\n");
    EXPECT_EQ(ids(code), (QStringList{QStringLiteral("inleiding"), QStringLiteral("scholen.1"),
                                      QStringLiteral("scholen.2"), QStringLiteral("alinea-1")}));
    ASSERT_EQ(code.articles.size(), 4u);
    EXPECT_TRUE(code.articles[0].text.endsWith(QStringLiteral("te maken heeft.\n\nHet geldt ook buiten schooltijd.")));
    EXPECT_EQ(code.articles[3].title, QStringLiteral("Heb je een vraag"));
}

TEST(TextImport, ArticlesByNumberWithoutPageNoise)
{
    const ImportedCode code = importText("Gedragscode Sint-Jansschool\n"
                                         "Artikel 1 Begrippen\n"
                                         "In deze code is een medewerker iedereen die op school werkt.\n"
                                         "\n"
                                         "Artikel 2 Toestemming\n"
                                         "Foto's van leerlingen plaats je alleen met\n"
                                         "Pagina 1 van 3\n"
                                         "\f"
                                         "Gedragscode Sint-Jansschool\n"
                                         "toestemming.\n"
                                         "Pagina 2 van 3\n"
                                         "\f"
                                         "Gedragscode Sint-Jansschool\n"
                                         "Artikel 3\n"
                                         "Deze code is vastgesteld op 3 maart 2025.\n"
                                         "Pagina 3 van 3\n");
    EXPECT_EQ(ids(code), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    ASSERT_EQ(code.articles.size(), 3u);
    EXPECT_EQ(code.articles[0].title, QStringLiteral("Begrippen"));
    EXPECT_EQ(code.articles[1].text, QStringLiteral("Foto's van leerlingen plaats je alleen met toestemming."));
    EXPECT_EQ(code.articles[2].title, QStringLiteral("Deze code is vastgesteld op 3 maart …"));
    EXPECT_EQ(code.adopted, QDate(2025, 3, 3));
}

TEST(TextImport, NumberedHeadingsAndSubNumbers)
{
    const ImportedCode code = importText("1. Inleiding\n"
                                         "\n"
                                         "Deze code is voor iedereen die op school werkt.\n"
                                         "\n"
                                         "2. Foto's en film\n"
                                         "2.1 Je plaatst foto's van leerlingen alleen met toestemming.\n"
                                         "2.2 Film je in de les? Vraag het dan eerst aan de\n"
                                         "leerlingen.\n"
                                         "\n"
                                         "3. Regels voor kanalen zoals\n"
                                         "WhatsApp en Instagram.\n");
    EXPECT_EQ(ids(code), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2.1"),
                                      QStringLiteral("2.2"), QStringLiteral("3")}));
    ASSERT_EQ(code.articles.size(), 5u);
    EXPECT_EQ(code.articles[0].title, QStringLiteral("Inleiding"));
    EXPECT_EQ(code.articles[0].text, QStringLiteral("Deze code is voor iedereen die op school werkt."));
    // A heading with no text of its own keeps its line as its text: nothing of the code is lost.
    EXPECT_EQ(code.articles[1].text, QStringLiteral("Foto's en film"));
    EXPECT_EQ(code.articles[3].text, QStringLiteral("Film je in de les? Vraag het dan eerst aan de leerlingen."));
    EXPECT_EQ(code.articles[4].text, QStringLiteral("Regels voor kanalen zoals WhatsApp en Instagram."));
}

TEST(TextImport, ATextThatIsNotOneIsOneLocatedProblem)
{
    EXPECT_EQ(problemOf({}), QStringLiteral("code.txt: the file is empty; save the code's text in it first"));
    EXPECT_TRUE(problemOf(" \n\t\n").startsWith(QStringLiteral("code.txt: the file holds only white space")));
    EXPECT_TRUE(problemOf(QByteArray("Inleiding\nTek\0st", 16)).startsWith(QStringLiteral("code.txt:2:4: a NUL byte")));
    EXPECT_TRUE(problemOf("%PDF-1.7\n").startsWith(QStringLiteral("code.txt:1:1: this is a PDF file")));
    EXPECT_TRUE(problemOf("PK\x03\x04rest").startsWith(QStringLiteral("code.txt:1:1: this is a zipped file")));
    // Windows-1252, as a text editor on Windows may save it: "privé".
    EXPECT_EQ(problemOf("Inleiding\n\nOok priv\xe9.\n"),
              QStringLiteral("code.txt:3:9: not UTF-8 text (byte 0xE9); save the file as UTF-8 text"));
    EXPECT_TRUE(problemOf("12\n\n3\n").contains(QStringLiteral("no text found")));
}

TEST(TextImport, FlattensASeedAsTheShippedTextsQuoteIt)
{
    EXPECT_EQ(
        flattenExtractedText(QStringLiteral(" Inleiding \n\nsemi-\nopenbaar en e-\n\nmail\n4\n \u00a0Anti-\nPest")),
        QStringLiteral("Inleiding semi-openbaar en e-mail Anti- Pest"));
}
