#pragma once

#include "model/Answers.h"

#include <QScopedPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Ui {
class ResultPage;
}

namespace codewijzer {

class AnswerGrid;
class AssessmentDocument;

// The verdict in words, symbol, icon and colour; the advice with its reasons, articles and whom to
// contact; and each cited article, expandable to its full text.
class ResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPage)

public:
    explicit ResultPage(AssessmentDocument* document, QWidget* parent = nullptr);
    ~ResultPage() override;

    void initializePage() override;

signals:
    void exportPdfRequested();
    void printRequested();
    void copyTextRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showResult();
    // The same answers under the other built-in codes: their verdicts and deciding advice.
    void showOtherCodes(QWidget* container);
    // "Try another answer": every answer open to a change, the verdict shown at once, on a copy.
    void showTryAnswers(QWidget* container);
    void tryAnswer(int question, AnswerValue value);
    void showTriedVerdict();

    const QScopedPointer<Ui::ResultPage> m_ui;
    AssessmentDocument* const m_document;
    Answers m_tried; // the answers being tried; the assessment's own stay as they are
    AnswerGrid* m_tryGrid = nullptr;
    QLabel* m_triedVerdict = nullptr;
    QPushButton* m_tryReset = nullptr;
};

} // namespace codewijzer
