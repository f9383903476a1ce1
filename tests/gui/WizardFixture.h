#pragma once

// A wizard on its own (no window around it) over a fresh document in Dutch, for the wizard and
// result-page tests, with what the result page shows next to what the core says.

#include "TestData.h"
#include "WizardDriver.h"
#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "wizard/AssessmentWizard.h"

#include <QAbstractButton>
#include <QFrame>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>
#include <set>
#include <string>

namespace codewijzer::test {

class WizardFixture
{
protected:
    void makeWizard()
    {
        QSettings().clear();
        useLanguage(Language::Dutch);
        m_document = std::make_unique<AssessmentDocument>();
        m_wizard = std::make_unique<AssessmentWizard>(m_document.get());
        m_wizard->show();
        m_driver = std::make_unique<WizardDriver>(*m_wizard);
    }

    void useCode(const char* id) { m_driver->chooseCode(QString::fromLatin1(id)); }

    // The verdict and the article ids that the result page shows.
    std::string shownVerdict() const
    {
        return m_wizard->findChild<QFrame*>(QStringLiteral("verdictFrame"))
            ->property("verdict")
            .toString()
            .toStdString();
    }
    std::set<std::string> shownArticles() const
    {
        std::set<std::string> ids;
        for (auto* button : m_wizard->currentPage()->findChildren<QAbstractButton*>()) {
            if (button->objectName().startsWith(u"article_") && button->isVisible()) {
                ids.insert(button->objectName().mid(8).toStdString());
            }
        }
        return ids;
    }
    // What the core says about the same answers.
    std::pair<std::string, std::set<std::string>> coreResult() const
    {
        const Evaluation e = m_document->evaluation();
        std::set<std::string> ids;
        for (int a : e.articles) {
            ids.insert(m_document->code()->articles[static_cast<std::size_t>(a)].id.toStdString());
        }
        return {verdictId(e.verdict).toStdString(), ids};
    }
    void expectResult(const char* verdict)
    {
        ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
        const auto [coreVerdict, coreArticles] = coreResult();
        EXPECT_EQ(shownVerdict(), verdict);
        EXPECT_EQ(shownVerdict(), coreVerdict);
        EXPECT_EQ(shownArticles(), coreArticles);
        EXPECT_FALSE(shownArticles().empty());
    }

    // A class photo on the school's public account; `note`, when given, is typed on the review.
    void classPhoto(const char* age, const char* consent, const QString& note = {})
    {
        m_driver->answer(answers({{"activity", {"publish"}},
                                  {"school_related", {"yes"}},
                                  {"channel", {"public"}},
                                  {"account", {"school"}},
                                  {"audience", {"public", "parents"}},
                                  {"content", {"pupil_images"}},
                                  {"pupil_age", {age}},
                                  {"consent", {consent}},
                                  {"prominent", {"no"}},
                                  {"during_lesson", {"no"}}}));
        ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Review);
        if (!note.isEmpty()) {
            auto* edit = m_wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("noteEdit"));
            ASSERT_TRUE(edit);
            QTest::keyClicks(edit, note); // as the teacher types it
        }
        m_driver->next();
    }

    std::unique_ptr<AssessmentDocument> m_document;
    std::unique_ptr<AssessmentWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_driver;
};

class Wizard : public testing::Test, protected WizardFixture
{
protected:
    void SetUp() override { makeWizard(); }
};

} // namespace codewijzer::test
