#include "widgets/AnswerGrid.h"

#include "model/Questionnaire.h"
#include "widgets/AnswerEditor.h"
#include "widgets/SafeText.h"

#include <QGridLayout>
#include <QLabel>

namespace codewijzer {

AnswerGrid::AnswerGrid(const Questionnaire& questionnaire, QWidget* parent)
    : QWidget(parent)
    , m_questionnaire(questionnaire)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setColumnStretch(1, 1);
}

void AnswerGrid::clear()
{
    // Later, not now: the editor whose change brought us here is still in its signal.
    m_editors.clear();
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->setObjectName(QString());
            widget->deleteLater();
        }
        delete item;
    }
}

void AnswerGrid::setAnswers(const Answers& answers, const Answers& original, const std::vector<bool>& asks,
                            Language language)
{
    clear();
    const Answers resolved = m_questionnaire.resolve(answers, nullptr, asks);
    for (int q = 0; q < m_questionnaire.size(); ++q) {
        if (resolved[q] == answer::NotAsked) {
            continue;
        }
        const int row = askedCount();
        const Question& question = m_questionnaire.question(q);
        auto* label = new QLabel(this);
        safetext::setPlain(label, question.shortLabel.in(language));
        safetext::setToolTip(label, question.text.in(language));
        label->setObjectName(QStringLiteral("answerLabel_") + question.id);
        auto* answerEditor = new AnswerEditor(m_questionnaire, q, language, this);
        label->setBuddy(answerEditor);
        answerEditor->setValue(answers[q]);
        answerEditor->setChanged(answers[q] != original[q]);
        connect(answerEditor, &AnswerEditor::valueChosen, this, &AnswerGrid::answerChosen);
        m_layout->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_layout->addWidget(answerEditor, row, 1);
        m_editors.push_back(answerEditor);
    }
}

void AnswerGrid::setRevealed(int count)
{
    for (std::size_t i = 0; i < m_editors.size(); ++i) {
        m_editors[i]->setRevealed(static_cast<int>(i) < count);
    }
}

} // namespace codewijzer
