// The drafts on the result page: the consent request, the message to the supervisor and the line
// for the post, each with copy, save (ODF, plain text, PDF) and "Open in e-mail", by object names.

#include "DraftActions.h"
#include "ReadBack.h"
#include "WizardFixture.h"
#include "widgets/Foldable.h"
#include "wizard/DraftsPanel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

const QString kNote = QStringLiteral("de klassenfoto van 1B voor het Instagram-account van de school");

// Receives the mailto: URLs that "Open in e-mail" hands to the desktop, instead of a mail program.
class MailCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls << url; }
};

class ResultDrafts : public Wizard
{
protected:
    DraftsPanel* panel() const { return m_wizard->currentPage()->findChild<DraftsPanel*>(); }

    // Opens the draft's fold and returns its text box.
    QPlainTextEdit* openDraft(const QString& id) const
    {
        auto* fold = m_wizard->currentPage()->findChild<Foldable*>(QStringLiteral("draft_") + id);
        EXPECT_TRUE(fold) << id.toStdString();
        if (!fold) {
            return nullptr;
        }
        EXPECT_FALSE(fold->isOpen());
        fold->toggle()->click();
        return m_wizard->currentPage()->findChild<QPlainTextEdit*>(QStringLiteral("draftText_") + id);
    }
};

QString unzipped(const QString& odt)
{
    QString xml = codewijzer::test::odfContentXml(odt);
    return xml.replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
}

} // namespace

TEST_F(ResultDrafts, TheClassPhotoUnderEachCodeOffersTheConsentRequestToTheParents)
{
    for (const auto& [code, article] : {std::pair{"dunamare", "III.B.9"}, std::pair{"mondia", "scholen.3"}}) {
        makeWizard();
        useCode(code);
        classPhoto("under_16", "enrolment_only", kNote);
        ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
        ASSERT_TRUE(panel()) << code;
        QPlainTextEdit* text = openDraft(QStringLiteral("toestemming-beelden-ouders"));
        ASSERT_TRUE(text) << code;
        EXPECT_TRUE(text->isVisible());
        const QString body = text->toPlainText();
        EXPECT_TRUE(body.contains(kNote)) << code << ": the purpose";
        EXPECT_TRUE(body.contains(u"Open sociale media")) << code << ": the channel";
        EXPECT_TRUE(body.contains(QString::fromLatin1(article))) << code;
        EXPECT_TRUE(body.contains(u"[naam van de leerling]")) << body.toStdString();
        auto* to = m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("draftTo_toestemming-beelden-ouders"));
        ASSERT_TRUE(to);
        EXPECT_TRUE(to->text().contains(u"ouders")) << to->text().toStdString();
        // The page shows what the core fills in, not a copy of its own.
        EXPECT_EQ(body, panel()->drafts().front().text);
    }
}

TEST_F(ResultDrafts, CopySaveAndOpenInEmail)
{
    useCode("dunamare");
    classPhoto("under_16", "enrolment_only", kNote);
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    const QString id = QStringLiteral("toestemming-beelden-ouders");
    QPlainTextEdit* text = openDraft(id);
    ASSERT_TRUE(text);
    QPushButton* copy = m_wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("draftCopy_") + id);
    ASSERT_TRUE(copy);
    copy->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), text->toPlainText());
    EXPECT_TRUE(m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("draftStatus"))->isVisible());

    MailCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
    m_wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("draftMail_") + id)->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    ASSERT_EQ(catcher.urls.size(), 1);
    const QUrlQuery query(catcher.urls.front());
    EXPECT_EQ(catcher.urls.front().scheme(), QStringLiteral("mailto"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded), text->toPlainText());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), panel()->drafts().front().subject);

    QTemporaryDir dir;
    const FilledDraft& draft = panel()->drafts().front();
    QString error;
    const QString txt = dir.filePath(QStringLiteral("draft.txt"));
    ASSERT_TRUE(DraftActions::save(draft, QStringLiteral("footer"), txt, error)) << error.toStdString();
    QFile file(txt);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), draft.plainText());
    const QString pdf = dir.filePath(QStringLiteral("draft.pdf"));
    ASSERT_TRUE(DraftActions::save(draft, QStringLiteral("footer"), pdf, error)) << error.toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    const QString odt = dir.filePath(QStringLiteral("draft.odt"));
    ASSERT_TRUE(DraftActions::save(draft, QStringLiteral("footer"), odt, error)) << error.toStdString();
    CODEWIJZER_REQUIRE_UNZIP();
    const QString content = unzipped(odt);
    for (const QString& line : draft.text.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.contains(u'&') && !line.contains(u'<')) {
            EXPECT_TRUE(content.contains(line)) << line.toStdString();
        }
    }
    // A folder cannot be replaced by a draft: the reason comes back in one line.
    EXPECT_FALSE(DraftActions::save(draft, {}, dir.path(), error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(error.contains(u'\n'));
}

TEST_F(ResultDrafts, AHeatedDiscussionOffersAMessageToTheSupervisorAndTheLineOfIIIB7)
{
    useCode("dunamare");
    m_driver->answer(answers({{"activity", {"react"}},
                              {"school_related", {"yes"}},
                              {"channel", {"public"}},
                              {"account", {"personal"}},
                              {"audience", {"public"}},
                              {"during_lesson", {"no"}},
                              {"negative_post", {"yes"}},
                              {"escalating", {"yes"}},
                              {"reaction_purpose", {"other"}}}));
    m_driver->next();
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    ASSERT_TRUE(openDraft(QStringLiteral("vraag-leidinggevende-ontsporen")));
    auto* to = m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("draftTo_vraag-leidinggevende-ontsporen"));
    ASSERT_TRUE(to);
    EXPECT_EQ(to->text(), QStringLiteral("Aan: je leidinggevende"));
    QPlainTextEdit* line = openDraft(QStringLiteral("regel-medewerker"));
    ASSERT_TRUE(line);
    EXPECT_TRUE(line->toPlainText().contains(u"ik werk bij [naam van de school]"));
    EXPECT_FALSE(m_wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("draftMail_regel-medewerker")))
        << "a line goes in the post, not in an e-mail";
}

TEST_F(ResultDrafts, APostAboutTheSchoolFromAPrivateAccountOffersTheDisclaimer)
{
    useCode("dunamare");
    m_driver->answer(answers({{"activity", {"publish"}},
                              {"school_related", {"yes"}},
                              {"channel", {"semi_public"}},
                              {"account", {"personal"}},
                              {"audience", {"colleagues"}},
                              {"content", {"about_school"}},
                              {"during_lesson", {"no"}}}));
    m_driver->next();
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    QPlainTextEdit* line = openDraft(QStringLiteral("regel-eigen-mening"));
    ASSERT_TRUE(line);
    EXPECT_TRUE(line->toPlainText().startsWith(u"Dit is mijn eigen, persoonlijke mening."));
}

TEST_F(ResultDrafts, AResultThatAsksForNoDraftShowsNone)
{
    useCode("dunamare");
    m_driver->answer(answers({{"activity", {"connect"}},
                              {"account", {"personal"}},
                              {"audience", {"colleagues"}},
                              {"prior_relationship", {"no"}}}));
    m_driver->next();
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    EXPECT_FALSE(panel());
}

#include "TestResultDrafts.moc"
