// A Dutch-only code with a concept status in the wizard: the welcome page and the result page say it
// is a draft version in both languages, and the English screens show the Dutch texts, marked.

#include "TestData.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "render/Phrases.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/WelcomePage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

class CodeStatusWizard : public testing::Test, protected WizardFixture
{
protected:
    void SetUp() override { makeWizard(); }
    void TearDown() override { useLanguage(Language::Dutch); }

    QString welcomeText() const
    {
        const auto* combo = m_wizard->findChild<QComboBox*>(QStringLiteral("codeCombo"));
        return combo->currentText() + u'\n' + m_wizard->findChild<QLabel*>(QStringLiteral("codeDetailsLabel"))->text();
    }
    QString quoteTitles() const
    {
        QString out;
        for (const QLabel* label : m_wizard->currentPage()->findChildren<QLabel*>()) {
            if (label->property("role").toString() == u"quoteTitle") {
                out += label->text() + u'\n';
            }
        }
        return out;
    }
};

} // namespace

TEST_F(CodeStatusWizard, ADutchOnlyConceptIsShownAsADraftInBothLanguages)
{
    auto* welcome = m_wizard->welcomePage();
    ASSERT_TRUE(welcome);
    Diagnostics problems;
    ASSERT_TRUE(welcome->useCodeFile(sourcePath(QStringLiteral("tests/data/codes/concept-nl-only.json")), &problems));
    EXPECT_TRUE(problems.empty()) << "the missing English is a warning, not a problem";
    ASSERT_TRUE(m_document->code()->isConcept);
    const QString title = m_document->code()->title.nl;

    EXPECT_TRUE(welcomeText().contains(draftVersionLabel())) << welcomeText().toStdString();
    // "Conceptversie: nog niet vastgesteld", never "vastgesteld" with a date.
    EXPECT_TRUE(welcomeText().contains(QStringLiteral("nog niet vastgesteld"))) << welcomeText().toStdString();
    EXPECT_FALSE(welcomeText().contains(QRegularExpression(QStringLiteral("vastgesteld \\d"))))
        << welcomeText().toStdString();
    useLanguage(Language::English);
    QCoreApplication::processEvents();
    EXPECT_TRUE(welcomeText().contains(draftVersionLabel())) << welcomeText().toStdString();
    EXPECT_TRUE(welcomeText().contains(title)) << "no English title: the Dutch one";
    EXPECT_FALSE(welcomeText().contains(QStringLiteral("adopted "))) << welcomeText().toStdString();

    classPhoto("under_16", "none");
    expectResult("check_first");
    const QString subtitle = m_wizard->currentPage()->subTitle();
    EXPECT_TRUE(subtitle.contains(draftVersionLabel())) << subtitle.toStdString();
    EXPECT_TRUE(subtitle.contains(dutchOnlyNotice().toHtmlEscaped())) << subtitle.toStdString();
    const QString quoted = quoteTitles();
    EXPECT_TRUE(quoted.contains(QStringLiteral("Beelden van leerlingen (%1)").arg(partialArticleLabel())))
        << "the Dutch title, marked partial: " << quoted.toStdString();

    useLanguage(Language::Dutch);
    QCoreApplication::processEvents();
    const QString dutch = m_wizard->currentPage()->subTitle();
    EXPECT_TRUE(dutch.contains(draftVersionLabel())) << dutch.toStdString();
    EXPECT_FALSE(dutch.contains(dutchOnlyNotice().toHtmlEscaped())) << "Dutch screens need no marker";
}
