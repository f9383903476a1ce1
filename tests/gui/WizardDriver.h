#pragma once

// Drives the wizard the way a person does, by the object names of its controls: one question at a
// time, or a whole set of answers (a scenario file's) page by page. The GUI tests, the screenshot
// tool and the kill -9 child all answer through this one driver.

#include "model/AnswersFile.h"
#include "model/Questionnaire.h"
#include "wizard/AssessmentWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <stdexcept>

namespace codewijzer::test {

// A scenario file (tests/scenarios): an answers file with a description and the result it expects.
struct Scenario
{
    AnswersFile file;
    QString description;
    QString verdict;
    QStringList articles;

    static Scenario read(const QString& path)
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("cannot read " + path.toStdString());
        }
        const QByteArray json = in.readAll();
        Diagnostics problems;
        std::optional<AnswersFile> answers = AnswersFile::parse(json, path, Questionnaire::builtin(), problems);
        if (!answers) {
            throw std::runtime_error(problems.front().toString().toStdString());
        }
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonObject expect = root.value(u"expect").toObject();
        QStringList articles;
        for (const QJsonValue& id : expect.value(u"articles").toArray()) {
            articles << id.toString();
        }
        return {std::move(*answers), root.value(u"description").toString(), expect.value(u"verdict").toString(),
                articles};
    }
};

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

    // Chooses a built-in code on the welcome page, as a person does in its list.
    void chooseCode(const QString& id)
    {
        auto* combo = m_wizard.findChild<QComboBox*>(QStringLiteral("codeCombo"));
        const int index = combo->findData(id);
        if (index < 0) {
            throw std::runtime_error("no code " + id.toStdString() + " in the list");
        }
        combo->setCurrentIndex(index);
        emit combo->activated(index);
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

    // From where the wizard is, answers every question it shows as `given` says, page by page, and
    // goes on until the page `stopAt` (by default the review). `onPage` is called on each question
    // page once it is answered, before Next.
    void answer(const Answers& given, int stopAt = AssessmentWizard::Page_Review,
                const std::function<void(int page)>& onPage = {})
    {
        const Questionnaire& q = Questionnaire::builtin();
        if (page() == AssessmentWizard::Page_Welcome) {
            next();
        }
        while (page() != stopAt && page() >= AssessmentWizard::Page_FirstQuestions &&
               page() < AssessmentWizard::Page_Review) {
            const int index = page() - AssessmentWizard::Page_FirstQuestions;
            for (int question : q.pages()[static_cast<std::size_t>(index)].questions) {
                answerQuestion(q.question(question), given[question]);
            }
            if (onPage) {
                onPage(page());
            }
            next();
        }
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
    // Sets the options of `value` on a question that is shown; a question not shown is left alone. A
    // one-option question that `value` leaves unanswered gets "I don't know", as the questionnaire
    // counts it.
    void answerQuestion(const Question& question, AnswerValue value)
    {
        auto* box = m_wizard.currentPage()->findChild<QWidget*>(QStringLiteral("question_") + question.id);
        if (!box || !box->isVisible()) {
            return;
        }
        if (!answer::isGiven(value)) {
            if (question.kind == Question::Kind::One && question.offersUnknown() && question.unknownOption < 0) {
                control(QStringLiteral("option_%1_unknown").arg(question.id))->click();
                QApplication::processEvents();
            }
            return;
        }
        for (std::size_t o = 0; o < question.options.size(); ++o) {
            QAbstractButton* button = control(QStringLiteral("option_%1_%2").arg(question.id, question.options[o].id));
            const bool wanted = (value & answer::option(static_cast<int>(o))) != 0;
            if (button->isChecked() != wanted && (wanted || question.kind == Question::Kind::Several)) {
                button->click();
            }
        }
        QApplication::processEvents();
    }

    AssessmentWizard& m_wizard;
};

} // namespace codewijzer::test
