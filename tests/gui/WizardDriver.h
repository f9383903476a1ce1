#pragma once

// Drives the wizard the way a person does, by the object names of its controls.

#include "wizard/AssessmentWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QString>
#include <stdexcept>

namespace codewijzer::test {

class WizardDriver
{
public:
    explicit WizardDriver(AssessmentWizard& wizard)
        : m_wizard(wizard)
    {}

    QAbstractButton* control(const QString& name) const
    {
        auto* button = m_wizard.findChild<QAbstractButton*>(name);
        if (!button) {
            throw std::runtime_error("no control named " + name.toStdString());
        }
        return button;
    }

    // Picks an option of a question on the current page ("I don't know" included, where offered).
    void choose(const char* question, std::initializer_list<const char*> options)
    {
        for (const char* option : options) {
            QAbstractButton* button =
                control(QStringLiteral("option_%1_%2").arg(QLatin1String(question), QLatin1String(option)));
            if (!button->isVisible()) {
                throw std::runtime_error(std::string("question not shown: ") + question);
            }
            button->click();
        }
        QApplication::processEvents();
    }

    bool canGoNext() const { return m_wizard.button(QWizard::NextButton)->isEnabled(); }

    void next()
    {
        if (!canGoNext()) {
            throw std::runtime_error("Next is not enabled on page " + std::to_string(m_wizard.currentId()));
        }
        m_wizard.button(QWizard::NextButton)->click();
        QApplication::processEvents();
    }

    void back()
    {
        m_wizard.button(QWizard::BackButton)->click();
        QApplication::processEvents();
    }

    int page() const { return m_wizard.currentId(); }

private:
    AssessmentWizard& m_wizard;
};

} // namespace codewijzer::test
