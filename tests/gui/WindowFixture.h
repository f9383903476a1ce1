#pragma once

// The program's window on a fresh assessment in English, for the window and training-mode tests:
// no settings or recovery file left from another test, and nothing that waits for a person.

#include "MainWindow.h"
#include "WizardDriver.h"
#include "session/AssessmentDocument.h"
#include "session/Recovery.h"
#include "settings/ProgramLanguage.h"

#include <QDir>
#include <QSettings>
#include <gtest/gtest.h>
#include <memory>

namespace codewijzer::test {

class WindowFixture : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        QDir(Recovery::folder()).removeRecursively();
        // The roll-out's choice of codes, as a test before may have left it.
        CodeCatalogue::shared().setShownBuiltins(CodeSource::builtinIds());
        CodeCatalogue::shared().setComparedWith(std::nullopt);
        useLanguage(Language::English);
        makeWindow();
    }

    void TearDown() override
    {
        m_window.reset();
        m_document.reset();
        QDir(Recovery::folder()).removeRecursively();
        useLanguage(Language::Dutch);
    }

    // A new window over a new document, as at a new start of the program.
    void makeWindow()
    {
        m_window.reset();
        m_document = std::make_unique<AssessmentDocument>();
        m_window = std::make_unique<MainWindow>(m_document.get());
        // Nothing in these tests may wait for a person; unsaved answers are let go.
        m_window->setUnsavedAnswersQuestion([] { return QMessageBox::Discard; });
        m_window->setPendingResumeQuestion([] { return MainWindow::PendingResumeChoice::Stay; });
        m_window->show();
        m_driver = std::make_unique<WizardDriver>(*m_window->wizard());
    }

    // Chooses a built-in code on the welcome page, as a person does in its list.
    void useCode(const char* id) { m_driver->chooseCode(QString::fromLatin1(id)); }

    std::unique_ptr<AssessmentDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WizardDriver> m_driver;
};

} // namespace codewijzer::test
