#pragma once

#include "model/Answers.h"
#include "model/LocalizedText.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace codewijzer {

class Questionnaire;

// One answer of a training case: hidden ("…") until revealed, then shown as a choice that can be
// changed on the spot (a list for a one-option question, a menu of check boxes for a several-option
// question), so that the group sees at once what another answer would do.
class AnswerEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerEditor)

public:
    AnswerEditor(const Questionnaire& questionnaire, int question, Language language, QWidget* parent = nullptr);

    int question() const { return m_question; }
    AnswerValue value() const { return m_value; }
    void setValue(AnswerValue value);
    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    // Marks the answer as changed from the case's own.
    void setChanged(bool changed);

signals:
    void valueChosen(int question, AnswerValue value);

private:
    void updateText();

    const Questionnaire& m_questionnaire;
    const int m_question;
    const Language m_language;
    AnswerValue m_value = answer::NotAsked;
    bool m_revealed = false;
    QLabel* m_hidden = nullptr;
    QComboBox* m_combo = nullptr;     // one-option questions
    QPushButton* m_several = nullptr; // several-option questions
};

} // namespace codewijzer
