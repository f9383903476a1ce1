// The whole code to read (core/render/CodeText): every article in order, word for word, with the
// situations it governs or why none cites it, and a search by the words of its text.

#include "TestData.h"
#include "render/CodeText.h"

using namespace codewijzer;
using namespace codewijzer::test;

TEST(CodeText, HoldsEveryArticleInTheCodesOrderWithWhatCitesIt)
{
    const auto loaded = loadedCode(CodeSource::builtin(QStringLiteral("dunamare")));
    ASSERT_TRUE(loaded);
    const CodeText text = CodeText::of(*loaded, Language::English);
    ASSERT_EQ(text.articles.size(), loaded->code.articles.size());
    for (std::size_t a = 0; a < text.articles.size(); ++a) {
        EXPECT_EQ(text.articles[a].id, loaded->code.articles[a].id);
        EXPECT_EQ(text.articles[a].text, loaded->code.articles[a].text);
        // Either situations cite it, or the code says why none does.
        EXPECT_TRUE(!text.articles[a].situations.isEmpty() || !text.articles[a].notCited.isEmpty())
            << text.articles[a].id.toStdString();
    }
    const CodeTextArticle& images = text.articles[static_cast<std::size_t>(loaded->code.articleIndex(u"III.B.9"))];
    EXPECT_TRUE(images.situations.join(u'\n').contains(u"Advice: ")) << "the rules that cite it, in words";
    EXPECT_TRUE(images.situations.join(u'\n').contains(u"Case: ")) << "and the training cases";
    EXPECT_TRUE(text.facts.join(u'\n').contains(loaded->code.fingerprint));
    EXPECT_TRUE(text.facts.join(u'\n').contains(u"15 April 2019"));
}

TEST(CodeText, FindsAnArticleByAWordOfItsTextAndMarksIt)
{
    const auto loaded = loadedCode(CodeSource::builtin(QStringLiteral("dunamare")));
    ASSERT_TRUE(loaded);
    const CodeText text = CodeText::of(*loaded, Language::Dutch);
    const std::vector<int> found = text.matching(QStringLiteral("Magister"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(text.articles[static_cast<std::size_t>(found.front())].id, QStringLiteral("III.B.3"));
    EXPECT_EQ(text.matching(QStringLiteral("beeldmateriaal AANTOONBARE")).size(), 1u) << "every word, any case";
    EXPECT_TRUE(text.matching(QStringLiteral("Magister beeldmateriaal")).empty());
    EXPECT_EQ(text.matching({}).size(), text.articles.size());
    const QString html = text.html(QStringLiteral("Magister"), &found);
    EXPECT_TRUE(html.contains(u">Magister</span>"));
    EXPECT_FALSE(html.contains(u"III.B.9"));
}

TEST(CodeText, ShowsDataAsTextNeverAsMarkup)
{
    auto loaded = std::make_shared<LoadedCode>(*loadedCode(CodeSource::builtin(QStringLiteral("mondia"))));
    loaded->code.articles.front().text = QStringLiteral("<img src=\"file:///etc/passwd\"> & more");
    const QString html = CodeText::of(*loaded, Language::English).html(QStringLiteral("img"));
    EXPECT_FALSE(html.contains(u"<img"));
    EXPECT_TRUE(html.contains(u"&lt;"));
}
