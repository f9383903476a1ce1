#pragma once

#include "model/Answers.h"

#include <QScopedPointer>
#include <QWizardPage>
#include <vector>

class QAbstractButton;
class QGroupBox;
class QLabel;

namespace Ui {
class QuestionPage;
}

namespace codewijzer {

class AssessmentDocument;

// One page of the questionnaire (its "pages"): the questions on it that the answers so far make
// relevant, each with its help text and options, and the verdict as it stands so far. Built from
// the questionnaire data; the flow comes from the core.
class QuestionPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPage)

public:
    QuestionPage(AssessmentDocument* document, int pageIndex, int firstPageId, int reviewPageId,
                 QWidget* parent = nullptr);
    ~QuestionPage() override;

    int pageIndex() const { return m_pageIndex; }
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct QuestionBox
    {
        int question = -1;
        QGroupBox* group = nullptr;
        QLabel* help = nullptr;
        std::vector<QAbstractButton*> options; // the data's options, then "I don't know" where the wizard adds it
        std::size_t optionCount = 0;           // the data's options

        AnswerValue valueOf(std::size_t button) const;
    };

    void buildQuestions();
    // Fills in what the answers before make plain, for a question on this page without an answer.
    void applyPresets();
    void retranslateTexts();
    void showAnswers();
    void answerChanged(const QuestionBox& box);
    void updateVisibility();
    void focusFirstOpenQuestion();
    void updateSoFar();

    const QScopedPointer<Ui::QuestionPage> m_ui;
    AssessmentDocument* const m_document;
    const int m_pageIndex;
    const int m_firstPageId;
    const int m_reviewPageId;
    std::vector<QuestionBox> m_boxes;
};

} // namespace codewijzer
