#include "TestData.h"

#include "render/CodeText.h"
#include "render/EvaluationJson.h"
#include "render/Handout.h"
#include "render/Phrases.h"
#include "render/Report.h"
#include "rules/Evaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

const QString kConcept = QStringLiteral("tests/data/codes/concept-nl-only.json");

std::shared_ptr<const LoadedCode> loadConcept(Diagnostics& problems)
{
    const QString path = sourcePath(kConcept);
    return CodeCatalogue::parse(readFile(path), CodeSource::file(path), Questionnaire::builtin(), problems);
}

// The example school's code with one top-level key set (or removed, for an undefined value).
QByteArray exampleWith(const QString& key, const QJsonValue& value, const QString& remove = {})
{
    QJsonObject code = exampleCodeObject();
    code.insert(key, value);
    if (!remove.isEmpty()) {
        code.remove(remove);
    }
    return QJsonDocument(code).toJson(QJsonDocument::Indented);
}

Evaluation pupilImages(const CodeOfConduct& code)
{
    return evaluateGiven(code, Questionnaire::builtin(),
                         answers({{"activity", {"publish"}},
                                  {"school_related", {"yes"}},
                                  {"content", {"pupil_images"}},
                                  {"consent", {"enrolment_only"}}}));
}

} // namespace

TEST(CodeStatus, ADutchOnlyConceptLoadsWithOneWarning)
{
    Diagnostics problems;
    const auto loaded = loadConcept(problems);
    ASSERT_TRUE(loaded) << (problems.empty() ? std::string() : problems.front().toString().toStdString());
    EXPECT_TRUE(problems.empty());
    EXPECT_TRUE(loaded->cases.has_value());
    const CodeOfConduct& code = loaded->code;
    EXPECT_TRUE(code.isConcept);
    EXPECT_FALSE(code.adopted.isValid());
    EXPECT_TRUE(code.missingEnglish);
    ASSERT_EQ(code.warnings.size(), 1u);
    EXPECT_EQ(code.warnings[0].severity, Diagnostic::Severity::Warning);
    EXPECT_GT(code.warnings[0].line, 0);
    EXPECT_TRUE(code.warnings[0].toString().contains(QStringLiteral("warning:")))
        << code.warnings[0].toString().toStdString();
    EXPECT_FALSE(hasErrors(code.warnings));
    // English falls back to the Dutch, the code's own wording.
    EXPECT_FALSE(code.title.hasEnglish());
    EXPECT_EQ(code.title.in(Language::English), code.title.nl);
    EXPECT_TRUE(code.articles[1].partial);
    EXPECT_FALSE(code.articles[0].partial);
}

TEST(CodeStatus, AShippedCodeIsAdoptedWithoutWarnings)
{
    for (const QString& id : {QStringLiteral("dunamare"), QStringLiteral("mondia")}) {
        const CodeOfConduct code = builtinCode(id);
        EXPECT_FALSE(code.isConcept) << id.toStdString();
        EXPECT_FALSE(code.missingEnglish) << id.toStdString();
        EXPECT_TRUE(code.warnings.empty()) << id.toStdString();
    }
}

TEST(CodeStatus, AWrongStatusIsALocatedError)
{
    Diagnostics problems;
    const auto code = CodeOfConduct::load(exampleWith(QStringLiteral("status"), QStringLiteral("draft")),
                                          QStringLiteral("school.json"), Questionnaire::builtin(), problems);
    EXPECT_FALSE(code);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].jsonPath, QStringLiteral("status"));
    EXPECT_GT(problems[0].line, 0);
    EXPECT_EQ(problems[0].file, QStringLiteral("school.json"));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("\"draft\"")));
    EXPECT_TRUE(hasErrors(problems));
}

TEST(CodeStatus, AnAdoptedCodeStillNeedsItsDate)
{
    Diagnostics problems;
    const auto code = CodeOfConduct::load(
        exampleWith(QStringLiteral("status"), QStringLiteral("vastgesteld"), QStringLiteral("adopted")),
        QStringLiteral("school.json"), Questionnaire::builtin(), problems);
    EXPECT_FALSE(code);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("adopted")));
}

TEST(CodeStatus, APartialThatIsNoBooleanIsALocatedError)
{
    QJsonObject code = exampleCodeObject();
    QJsonArray articles = code.value(u"articles").toArray();
    QJsonObject first = articles.at(0).toObject();
    first.insert(QStringLiteral("partial"), QStringLiteral("ja"));
    articles.replace(0, first);
    code.insert(QStringLiteral("articles"), articles);
    Diagnostics problems;
    EXPECT_FALSE(CodeOfConduct::load(QJsonDocument(code).toJson(), QStringLiteral("school.json"),
                                     Questionnaire::builtin(), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].jsonPath, QStringLiteral("articles[0].partial"));
}

TEST(CodeStatus, TheReportShowsAConceptWithoutADateInBothLanguages)
{
    Diagnostics problems;
    const auto loaded = loadConcept(problems);
    ASSERT_TRUE(loaded);
    const CodeOfConduct& code = loaded->code;
    const Evaluation evaluation = pupilImages(code);
    for (const Language language : {Language::Dutch, Language::English}) {
        const Report report{code, Questionnaire::builtin(), evaluation, language, QDateTime::currentDateTime()};
        for (const QString& out : {report.text(), report.html()}) {
            EXPECT_TRUE(out.contains(draftVersionLabel())) << out.toStdString();
            EXPECT_TRUE(out.contains(code.source)) << out.toStdString();
            EXPECT_TRUE(out.contains(partialArticleLabel())) << out.toStdString();
            EXPECT_EQ(out.contains(dutchOnlyNotice()), language == Language::English) << out.toStdString();
            EXPECT_TRUE(out.contains(code.articles[1].title.nl)) << out.toStdString();
        }
    }
    const QJsonObject json = evaluationJson(code, Questionnaire::builtin(), evaluation, Language::English);
    EXPECT_EQ(json.value(u"status").toString(), QStringLiteral("concept"));
}

TEST(CodeStatus, TheCodeViewAndTheHandoutShowTheConcept)
{
    Diagnostics problems;
    const auto loaded = loadConcept(problems);
    ASSERT_TRUE(loaded && loaded->cases);
    const CodeText text = CodeText::of(*loaded, Language::English);
    EXPECT_TRUE(text.facts.contains(draftVersionLabel()));
    EXPECT_TRUE(text.facts.contains(dutchOnlyNotice()));
    EXPECT_TRUE(text.facts.contains(QStringLiteral("Source: %1").arg(loaded->code.source)));
    EXPECT_TRUE(text.articles[1].title.contains(partialArticleLabel()));
    EXPECT_TRUE(text.html().contains(partialArticleLabel()));
}

TEST(CodeStatus, BothHandoutsShowTheConcept)
{
    Diagnostics problems;
    const auto loaded = loadConcept(problems);
    ASSERT_TRUE(loaded && loaded->cases);
    for (const Handout::Kind kind : {Handout::Kind::Exercise, Handout::Kind::Key}) {
        const Handout handout{loaded->code, Questionnaire::builtin(), Handout::allOf(*loaded->cases),
                              {},           Language::English,        QDateTime::currentDateTime(),
                              kind};
        EXPECT_TRUE(handout.html().contains(draftVersionLabel().toHtmlEscaped()));
    }
}
