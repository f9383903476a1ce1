// The result page: what to do first (the verdict or the instruction, the advice that decides it with
// its reason and the article quoted in place), then folded away what is needed less often.

#include "LargeCode.h"
#include "WizardFixture.h"
#include "model/Questionnaire.h"
#include "settings/ProgramLanguage.h"
#include "widgets/Foldable.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/ResultPage.h"
#include "wizard/WelcomePage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

QLabel* label(const QWidget* in, const QString& name)
{
    return in->findChild<QLabel*>(name);
}

} // namespace

TEST_F(Wizard, TheResultStartsWithWhatToDoTheReasonAndTheArticle)
{
    useCode("dunamare");
    classPhoto("under_16", "enrolment_only");
    expectResult("check_first");
    const QWidget* page = m_wizard->currentPage();
    EXPECT_EQ(label(page, QStringLiteral("verdictLabel"))->text(), QStringLiteral("? Eerst navragen"));

    auto* box = page->findChild<QFrame*>(QStringLiteral("nextStepBox"));
    ASSERT_TRUE(box);
    const QList<QLabel*> decisive = box->findChildren<QLabel*>();
    const auto advice = std::find_if(decisive.begin(), decisive.end(),
                                     [](QLabel* l) { return l->objectName().startsWith(u"decisive_"); });
    ASSERT_NE(advice, decisive.end()) << "the advice that decides the verdict comes first";
    EXPECT_TRUE((*advice)->text().contains(u"toestemming")) << (*advice)->text().toStdString();
    bool reason = false;
    for (QLabel* l : decisive) {
        reason = reason || l->text().startsWith(u"Omdat ");
    }
    EXPECT_TRUE(reason) << "with its reason in a sentence";
    EXPECT_TRUE(box->findChild<QFrame*>(QStringLiteral("quote_III.B.9"))) << "and the article quoted in place";

    auto* other = page->findChild<Foldable*>();
    ASSERT_TRUE(other);
    EXPECT_FALSE(other->isOpen()) << "the rest is folded away";
    EXPECT_FALSE(label(page, QStringLiteral("articleText_III.B.9"))) << "an article's text is made when opened";
    auto* toggle = page->findChild<QToolButton*>(QStringLiteral("article_III.B.9"));
    toggle->click();
    auto* articleText = label(page, QStringLiteral("articleText_III.B.9"));
    ASSERT_TRUE(articleText);
    EXPECT_TRUE(articleText->isVisible());
    EXPECT_TRUE(articleText->text().startsWith(u"Beeldmateriaal van leerlingen")) << articleText->text().toStdString();
    toggle->click();
    EXPECT_FALSE(articleText->isVisible());
}

TEST_F(Wizard, AReportedPostHeadsTheResultWithWhatToDoNotAGreenGo)
{
    useCode("dunamare");
    m_driver->next();
    m_driver->choose("activity", {"report"});
    m_driver->next();
    m_driver->next();
    expectResult("go");
    auto* frame = m_wizard->findChild<QFrame*>(QStringLiteral("verdictFrame"));
    EXPECT_TRUE(frame->property("instruction").toBool());
    const QString headline = label(m_wizard->currentPage(), QStringLiteral("verdictLabel"))->text();
    EXPECT_TRUE(headline.endsWith(u"Meld het bericht bij je leidinggevende")) << headline.toStdString();
    EXPECT_FALSE(headline.contains(u"Mag")) << headline.toStdString();
}

TEST_F(Wizard, ANewResultOpensAtItsTop)
{
    useCode("dunamare");
    classPhoto("under_16", "enrolment_only");
    auto* scroll = m_wizard->currentPage()->findChild<QScrollArea*>(QStringLiteral("scrollArea"));
    m_wizard->resultPage()->showMore();
    QCoreApplication::processEvents();
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    m_driver->back();
    m_driver->next();
    EXPECT_EQ(scroll->verticalScrollBar()->value(), 0);
}

TEST_F(Wizard, TheResultSaysWhatWouldChangeTheVerdict)
{
    useCode("dunamare");
    classPhoto("under_16", "enrolment_only");
    expectResult("check_first");
    EXPECT_FALSE(m_wizard->findChild<QLabel*>(QStringLiteral("whatIfList"))) << "made only when opened";
    m_wizard->resultPage()->showMore();
    auto* list = m_wizard->findChild<QLabel*>(QStringLiteral("whatIfList"));
    ASSERT_TRUE(list);
    const Questionnaire& q = m_document->questionnaire();
    const int consent = q.indexOf(u"consent");
    const QString explicitConsent =
        q.describeAnswer(consent, answer::option(q.question(consent).optionIndex(u"explicit")), Language::Dutch);
    EXPECT_TRUE(list->text().contains(explicitConsent.toHtmlEscaped())) << list->text().toStdString();
    EXPECT_TRUE(list->text().contains(q.verdictLabel(Verdict::Go).in(Language::Dutch)));
}

TEST_F(Wizard, TheResultShowsTheSameAnswersUnderTheOtherCode)
{
    useCode("mondia");
    classPhoto("under_16", "enrolment_only");
    expectResult("go");
    m_wizard->resultPage()->showMore();
    EXPECT_FALSE(m_wizard->findChild<QLabel*>(QStringLiteral("compare_dunamare")))
        << "a teacher's own code is the one that applies, unless the roll-out asks otherwise";
    m_wizard->resultPage()->setShowOtherCodes(true);
    m_driver->back();
    m_driver->next();
    m_wizard->resultPage()->showMore();
    auto* other = m_wizard->findChild<QLabel*>(QStringLiteral("compare_dunamare"));
    ASSERT_TRUE(other);
    EXPECT_EQ(other->property("verdict").toString(), QStringLiteral("check_first"));
    EXPECT_TRUE(other->text().contains(QStringLiteral("III.B.9")));
    EXPECT_FALSE(m_wizard->findChild<QLabel*>(QStringLiteral("compare_mondia")));
}

TEST_F(Wizard, TheResultLetsYouTryAnotherAnswerWithoutChangingYourOwn)
{
    useCode("dunamare");
    classPhoto("under_16", "enrolment_only");
    expectResult("check_first");
    const Answers own = m_document->given();
    m_wizard->resultPage()->showMore();
    auto* grid = m_wizard->currentPage()->findChild<QWidget*>(QStringLiteral("tryGrid"));
    ASSERT_TRUE(grid);
    auto* consent = grid->findChild<QWidget*>(QStringLiteral("answer_consent"));
    ASSERT_TRUE(consent);
    auto* combo = consent->findChild<QComboBox*>();
    const Questionnaire& q = m_document->questionnaire();
    const int index = combo->findData(
        QVariant::fromValue(answer::option(q.question(q.indexOf(u"consent")).optionIndex(u"explicit"))));
    ASSERT_GE(index, 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    auto* tried = m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("triedVerdict"));
    EXPECT_EQ(tried->property("verdict").toString(), QStringLiteral("go")) << "at once, without going back";
    EXPECT_TRUE(tried->text().contains(q.verdictLabel(Verdict::Go).in(Language::Dutch)));
    EXPECT_EQ(m_document->given(), own) << "your own answers, and so the report, stay as they are";
    EXPECT_EQ(shownVerdict(), "check_first");

    auto* reset = m_wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("tryResetButton"));
    ASSERT_TRUE(reset && reset->isVisible());
    // As a person does: scrolled to it first, then clicked.
    QCoreApplication::processEvents(); // the layout takes in the changed answer
    m_wizard->currentPage()->findChild<QScrollArea*>(QStringLiteral("scrollArea"))->ensureWidgetVisible(reset);
    const QPoint centre = reset->mapTo(m_wizard.get(), reset->rect().center());
    ASSERT_EQ(m_wizard->childAt(centre), reset)
        << m_wizard->childAt(centre)->metaObject()->className() << " at " << centre.x() << "," << centre.y();
    QTest::mouseClick(reset, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(reset->isVisible());
    EXPECT_FALSE(tried->property("verdict").isValid());
}

TEST_F(Wizard, TheLargestCodeStillShowsWhatToDoFirstAndFoldsTheRest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grootste.json"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(largestCode(1000, 1000));
    }
    ASSERT_TRUE(m_wizard->welcomePage()->useCodeFile(path));
    m_driver->next();
    m_driver->choose("activity", {"report"});
    m_driver->next();
    m_driver->next();
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    QWidget* page = m_wizard->currentPage();
    auto* box = page->findChild<QFrame*>(QStringLiteral("nextStepBox"));
    int decisive = 0;
    for (QLabel* l : box->findChildren<QLabel*>()) {
        decisive += l->objectName().startsWith(u"decisive_") ? 1 : 0;
    }
    EXPECT_EQ(decisive, 3) << "three of the thousand deciding items on top";
    int quotes = 0;
    for (QFrame* f : box->findChildren<QFrame*>()) {
        quotes += f->objectName().startsWith(u"quote_") ? 1 : 0;
    }
    EXPECT_EQ(quotes, 3);
    bool saysMore = false;
    for (QLabel* l : box->findChildren<QLabel*>()) {
        saysMore = saysMore || l->text().contains(u"997");
    }
    EXPECT_TRUE(saysMore) << "and it says that there is more";
    EXPECT_EQ(page->findChildren<QToolButton*>(QRegularExpression(QStringLiteral("^article_"))).size(), 1000);

    auto* other = page->findChild<Foldable*>(QStringLiteral("otherAdvice"));
    ASSERT_TRUE(other);
    other->setOpen(true);
    const auto items = other->content()->findChildren<QFrame*>(QRegularExpression(QStringLiteral("^advice_")));
    EXPECT_EQ(items.size(), 100);
    EXPECT_EQ(items.front()->objectName(), QStringLiteral("advice_rule-4")) << "the deciding items not shown on top";
}
