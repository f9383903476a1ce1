#pragma once

#include "model/Answers.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace codewijzer {

class AnswerGrid;
class AssessmentDocument;

// "Try another answer" on the result: every answer open to a change, the verdict for the changed
// answers shown at once, on a copy. The teacher's own answers, and so the report, stay as they are.
class TryAnswerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TryAnswerPanel)

public:
    explicit TryAnswerPanel(AssessmentDocument* document, QWidget* parent = nullptr);

private:
    void tryAnswer(int question, AnswerValue value);
    void showTried();

    AssessmentDocument* const m_document;
    Answers m_tried;
    AnswerGrid* const m_grid;
    QLabel* const m_verdict;
    QPushButton* const m_reset;
};

} // namespace codewijzer
