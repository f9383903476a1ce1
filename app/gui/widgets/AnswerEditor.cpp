#include "widgets/AnswerEditor.h"

#include "model/Questionnaire.h"
#include "widgets/SafeText.h"
#include "widgets/WheelGuard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

namespace codewijzer {

AnswerEditor::AnswerEditor(const Questionnaire& questionnaire, int question, Language language, QWidget* parent)
    : QWidget(parent)
    , m_questionnaire(questionnaire)
    , m_question(question)
    , m_language(language)
{
    const Question& q = questionnaire.question(question);
    setObjectName(QStringLiteral("answer_") + q.id);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hidden = new QLabel(QStringLiteral("…"), this);
    m_hidden->setObjectName(QStringLiteral("hidden"));
    m_hidden->setAccessibleName(tr("Not revealed yet"));
    layout->addWidget(m_hidden);

    if (q.kind == Question::Kind::One) {
        m_combo = new QComboBox(this);
        WheelGuard::install(m_combo);
        m_combo->setAccessibleName(q.shortLabel.in(language));
        // Long option texts must not widen the window beyond a small screen.
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(16);
        m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        for (std::size_t o = 0; o < q.options.size(); ++o) {
            m_combo->addItem(q.options[o].label.in(language), QVariant::fromValue(answer::option(static_cast<int>(o))));
        }
        if (q.offersUnknown() && q.unknownOption < 0) {
            m_combo->addItem(questionnaire.unknownLabel().in(language), QVariant::fromValue(answer::Unknown));
        }
        connect(m_combo, &QComboBox::activated, this, [this](int index) {
            m_value = m_combo->itemData(index).value<AnswerValue>();
            emit valueChosen(m_question, m_value);
        });
        layout->addWidget(m_combo, 1);
    } else {
        m_several = new QPushButton(this);
        m_several->setAccessibleName(q.shortLabel.in(language));
        // Left-aligned like the lists beside it; the window's style sheet still gives it its colours.
        m_several->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 3px 8px; }"));
        m_several->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        auto* menu = new QMenu(m_several);
        for (std::size_t o = 0; o < q.options.size(); ++o) {
            QAction* action = menu->addAction(q.options[o].label.in(language));
            action->setCheckable(true);
            action->setObjectName(QStringLiteral("option_") + q.options[o].id);
            const AnswerValue bit = answer::option(static_cast<int>(o));
            connect(action, &QAction::toggled, this, [this, bit](bool on) {
                const AnswerValue base = answer::isGiven(m_value) ? m_value : AnswerValue{0};
                const AnswerValue next = on ? (base | bit) : (base & ~bit);
                if (next != m_value) {
                    m_value = next;
                    updateText();
                    emit valueChosen(m_question, m_value);
                }
            });
        }
        m_several->setMenu(menu);
        layout->addWidget(m_several, 1);
    }
    setRevealed(false);
}

void AnswerEditor::setValue(AnswerValue value)
{
    m_value = value;
    updateText();
}

void AnswerEditor::setRevealed(bool revealed)
{
    m_revealed = revealed;
    m_hidden->setVisible(!revealed);
    if (m_combo) {
        m_combo->setVisible(revealed);
    }
    if (m_several) {
        m_several->setVisible(revealed);
    }
}

void AnswerEditor::setChanged(bool changed)
{
    setProperty("changed", changed);
    QFont f = font();
    f.setItalic(changed);
    (m_combo ? static_cast<QWidget*>(m_combo) : m_several)->setFont(f);
    setToolTip(changed ? tr("Changed from the case") : QString());
}

void AnswerEditor::updateText()
{
    const Question& q = m_questionnaire.question(m_question);
    if (m_combo) {
        const QSignalBlocker block(m_combo);
        int index = m_combo->findData(QVariant::fromValue(m_value));
        if (index < 0 && !answer::isGiven(m_value) && q.unknownOption >= 0) {
            index = m_combo->findData(QVariant::fromValue(answer::option(q.unknownOption)));
        }
        if (index < 0) {
            // Asked, not answered by the case: it counts as "I don't know".
            index = m_combo->findData(QVariant::fromValue(answer::Unknown));
        }
        m_combo->setCurrentIndex(index);
        return;
    }
    const AnswerValue bits = answer::isGiven(m_value) ? m_value : AnswerValue{0};
    const QList<QAction*> actions = m_several->menu()->actions();
    for (qsizetype o = 0; o < actions.size(); ++o) {
        const QSignalBlocker block(actions[o]);
        actions[o]->setChecked((bits & answer::option(static_cast<int>(o))) != 0);
    }
    m_several->setText(
        m_questionnaire.describeValue(m_question, answer::isGiven(m_value) ? m_value : answer::Unknown, m_language));
    safetext::setToolTip(m_several, m_several->text());
}

} // namespace codewijzer
