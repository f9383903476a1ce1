// The code view (View › The code of conduct): every article in order and word for word, a search
// that finds an article by a word of its text, an article opened from the result, and the PDF.

#include "ReadBack.h"
#include "TestData.h"
#include "WindowFixture.h"
#include "dialogs/CodeViewDialog.h"
#include "wizard/AssessmentWizard.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

class CodeView : public WindowFixture
{
protected:
    CodeViewDialog* openView()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionCodeView"));
        EXPECT_TRUE(action && action->isEnabled());
        if (!action) {
            return nullptr;
        }
        action->trigger();
        return m_window->findChild<CodeViewDialog*>();
    }
};

} // namespace

TEST_F(CodeView, FindsAnArticleByAWordOfItsText)
{
    useCode("dunamare");
    m_driver->next();
    CodeViewDialog* view = openView();
    ASSERT_TRUE(view);
    EXPECT_EQ(view->shownArticleIds().size(), static_cast<qsizetype>(m_document->code()->articles.size()));
    EXPECT_EQ(view->shownArticleIds().front(), QStringLiteral("inleiding"));
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("codeSearch"));
    ASSERT_TRUE(search);
    QTest::keyClicks(search, QStringLiteral("magister"));
    EXPECT_EQ(view->shownArticleIds(), QStringList{QStringLiteral("III.B.3")});
    const QString shown = view->findChild<QTextBrowser*>(QStringLiteral("codeText"))->toPlainText();
    EXPECT_TRUE(shown.contains(u"zoals Magister")) << "the article word for word";
    EXPECT_TRUE(shown.contains(u"Advice: ")) << "with the situations it governs";
    EXPECT_TRUE(view->findChild<QTextBrowser*>(QStringLiteral("codeText"))->toHtml().contains(u"#fff176"))
        << "the word marked";
    EXPECT_EQ(view->findChild<QLabel*>(QStringLiteral("codeSearchCount"))->text(), QStringLiteral("1 of 34 articles"));
    search->clear();
    EXPECT_EQ(view->shownArticleIds().size(), 34);
    // An uncited article says why.
    EXPECT_TRUE(view->findChild<QTextBrowser*>(QStringLiteral("codeText"))
                    ->toPlainText()
                    .contains(u"No rule cites "
                              u"this article"));
    view->close();
}

TEST_F(CodeView, AnArticleOfTheResultOpensThere)
{
    useCode("mondia");
    m_driver->answer(answers({{"activity", {"report"}}}));
    m_driver->next();
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    auto* read = m_window->findChild<QToolButton*>(QStringLiteral("openInCode_betrokkenen.6"));
    ASSERT_TRUE(read) << "beside the article quoted in place";
    read->click();
    CodeViewDialog* view = m_window->findChild<CodeViewDialog*>();
    ASSERT_TRUE(view);
    EXPECT_TRUE(view->shownArticleIds().contains(u"betrokkenen.6"));
    EXPECT_FALSE(view->showArticle(QStringLiteral("no-such-article")));
    view->setSearch(QStringLiteral("toetsen"));
    EXPECT_FALSE(view->shownArticleIds().contains(u"betrokkenen.6"));
    EXPECT_TRUE(view->showArticle(QStringLiteral("betrokkenen.6"))) << "the search gives way to the article";
    EXPECT_TRUE(view->shownArticleIds().contains(u"betrokkenen.6"));
    view->close();
}

TEST_F(CodeView, ThePdfHoldsTheWholeCodeStampedWithItsFingerprint)
{
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    useCode("dunamare");
    m_driver->next();
    CodeViewDialog* view = openView();
    ASSERT_TRUE(view);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("code.pdf"));
    QString error;
    ASSERT_TRUE(view->exportPdf(pdf, error)) << error.toStdString();
    const QString words = codewijzer::test::pdfToText(pdf).simplified();
    EXPECT_TRUE(words.contains(m_document->code()->fingerprint));
    for (const char* id : {"inleiding", "III.B.9", "V.5"}) {
        EXPECT_TRUE(words.contains(QString::fromLatin1(id))) << id;
    }
    EXPECT_TRUE(words.contains(u"Beeldmateriaal van leerlingen wordt niet via e-mail"));
    view->close();
}
