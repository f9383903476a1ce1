// A school's own help texts of the questions in the wizard: the help label under a question
// (help_<question id>) shows the code's text, in every wording of the question, and the English
// screens show a Dutch-only one in Dutch, marked as the code's own wording.

#include "TestData.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "render/Phrases.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QWizardPage>
#include <gtest/gtest.h>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

const QString kContentHelp = QStringLiteral("Kies alles wat erin zit, ook wat je pas later toevoegt.");

class QuestionHelpWizard : public testing::Test, protected WizardFixture
{
protected:
    void SetUp() override { makeWizard(); }
    void TearDown() override { useLanguage(Language::Dutch); }

    // The example school's code (its own help for consent) with a Dutch-only help for content.
    void useSchoolCode()
    {
        QJsonObject code =
            QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json"))))
                .object();
        QJsonObject questions = code.value(u"questions").toObject();
        questions.insert(QStringLiteral("content"),
                         QJsonObject{{QStringLiteral("help"), QJsonObject{{QStringLiteral("nl"), kContentHelp}}}});
        code.insert(QStringLiteral("questions"), questions);
        const QString path = m_dir.filePath(QStringLiteral("school.json"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(code).toJson());
        file.close();
        Diagnostics problems;
        ASSERT_TRUE(m_wizard->welcomePage()->useCodeFile(path, &problems))
            << (problems.empty() ? std::string() : problems.front().toString().toStdString());
    }

    QString helpLabel(const char* question) const
    {
        const auto* label = m_wizard->findChild<QLabel*>(QStringLiteral("help_") + QLatin1String(question));
        return label ? label->text() : QStringLiteral("(no label help_%1)").arg(QLatin1String(question));
    }

    QWizardPage* pageOf(const char* question) const
    {
        const Questionnaire& q = m_document->questionnaire();
        return m_wizard->page(AssessmentWizard::Page_FirstQuestions +
                              q.pageOf(q.indexOf(QString::fromLatin1(question))));
    }

    const LocalizedText& ownHelp(const char* question) const
    {
        return m_document->code()->questionHelp[static_cast<std::size_t>(
            m_document->questionnaire().indexOf(QString::fromLatin1(question)))];
    }

    const Question& question(const char* id) const
    {
        const Questionnaire& q = m_document->questionnaire();
        return q.question(q.indexOf(QString::fromLatin1(id)));
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(QuestionHelpWizard, ABuiltInCodeShowsTheQuestionnairesHelp)
{
    classPhoto("under_16", "none");
    EXPECT_EQ(helpLabel("consent"), question("consent").help.nl);
    EXPECT_EQ(helpLabel("content"), question("content").help.nl);
}

TEST_F(QuestionHelpWizard, ASchoolsCodeFileShowsItsOwnHelpUnderTheQuestion)
{
    useSchoolCode();
    const LocalizedText consent = ownHelp("consent");
    ASSERT_FALSE(consent.nl.isEmpty()) << "the example gives consent a help text of its own";
    ASSERT_NE(consent.nl, question("consent").help.nl);
    m_driver->answer(answers({{"activity", {"publish"}},
                              {"school_related", {"yes"}},
                              {"content", {"pupil_images"}},
                              {"consent", {"none"}}}));
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Review);
    EXPECT_EQ(helpLabel("consent"), consent.nl);
    EXPECT_EQ(helpLabel("content"), kContentHelp);
    EXPECT_EQ(helpLabel("activity"), question("activity").help.nl) << "a question the code leaves alone";
    EXPECT_TRUE(m_driver->control(QStringLiteral("option_consent_none"))->accessibleDescription().endsWith(consent.nl))
        << "a screen reader reads the same help";
    EXPECT_FALSE(pageOf("content")->subTitle().contains(dutchOnlyNotice()));

    // In English: the English text where the code has one, else the Dutch, marked on its page.
    useLanguage(Language::English);
    QCoreApplication::processEvents();
    EXPECT_EQ(helpLabel("consent"), consent.en);
    EXPECT_EQ(helpLabel("content"), kContentHelp);
    EXPECT_TRUE(pageOf("content")->subTitle().contains(dutchOnlyNotice()))
        << pageOf("content")->subTitle().toStdString();
    EXPECT_FALSE(pageOf("consent")->subTitle().contains(dutchOnlyNotice()))
        << "the consent page shows English only: " << pageOf("consent")->subTitle().toStdString();
    m_driver->next();
    const QString result = m_wizard->currentPage()->subTitle();
    EXPECT_TRUE(result.contains(dutchOnlyNotice().toHtmlEscaped())) << result.toStdString();
}

TEST_F(QuestionHelpWizard, TheCodesHelpStaysInAnotherWordingOfTheQuestion)
{
    useSchoolCode();
    // For a lesson, the questionnaire words the help of consent differently; the code's text stays.
    const Answers lesson = answers({{"activity", {"lesson"}}});
    ASSERT_NE(question("consent").wordingFor(lesson).help, question("consent").help);
    m_driver->answer(answers({{"activity", {"lesson"}}, {"content", {}}, {"consent", {"explicit"}}}));
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Review);
    EXPECT_EQ(helpLabel("consent"), ownHelp("consent").nl);
    EXPECT_NE(helpLabel("consent"), question("consent").wordingFor(lesson).help.nl);
}
