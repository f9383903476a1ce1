#pragma once

#include "model/Answers.h"
#include "model/LocalizedText.h"

#include <QWidget>
#include <vector>

class QGridLayout;

namespace codewijzer {

class AnswerEditor;
class Questionnaire;

// The questions that a set of answers asks, each with its short label and an AnswerEditor: the
// answers of a training case, or of a result to try another answer on. Answers that differ from
// the original set are marked. Rebuilt whole when the answers change, since a change can bring
// other questions into play.
class AnswerGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerGrid)

public:
    explicit AnswerGrid(const Questionnaire& questionnaire, QWidget* parent = nullptr);

    // The questions `answers` ask (of those in `asks`, the code's), marking the ones that differ from
    // `original`.
    void setAnswers(const Answers& answers, const Answers& original, const std::vector<bool>& asks, Language language);
    void clear();
    int askedCount() const { return static_cast<int>(m_editors.size()); }
    // The first `count` answers are shown, the rest hidden ("…").
    void setRevealed(int count);
    AnswerEditor* editor(int row) const { return m_editors[static_cast<std::size_t>(row)]; }

signals:
    void answerChosen(int question, AnswerValue value);

private:
    const Questionnaire& m_questionnaire;
    QGridLayout* const m_layout;
    std::vector<AnswerEditor*> m_editors;
};

} // namespace codewijzer
