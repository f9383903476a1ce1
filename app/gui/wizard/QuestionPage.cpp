#include "wizard/QuestionPage.h"

#include "Assessment.h"
#include "model/Questionnaire.h"
#include "ui_QuestionPage.h"
#include "widgets/VerdictStyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <bit>

namespace codewijzer {

QuestionPage::QuestionPage(Assessment* assessment, int pageIndex, int firstPageId, int reviewPageId, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(new Ui::QuestionPage)
    , m_assessment(assessment)
    , m_pageIndex(pageIndex)
    , m_firstPageId(firstPageId)
    , m_reviewPageId(reviewPageId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("page_") + m_assessment->questionnaire().pages()[pageIndex].id);
    retranslateTexts(); // the title and subtitle; the questions are built when the page is first shown
    connect(m_assessment, &Assessment::answersChanged, this, [this] {
        updateVisibility();
        updateSoFar();
        emit completeChanged();
    });
}

QuestionPage::~QuestionPage() = default;

void QuestionPage::buildQuestions()
{
    const Questionnaire& questionnaire = m_assessment->questionnaire();
    for (int q : questionnaire.pages()[static_cast<std::size_t>(m_pageIndex)].questions) {
        const Question& question = questionnaire.question(q);
        QuestionBox box;
        box.question = q;
        box.group = new QGroupBox(m_ui->questionsContainer);
        box.group->setObjectName(QStringLiteral("question_") + question.id);
        auto* layout = new QVBoxLayout(box.group);
        box.help = new QLabel(box.group);
        box.help->setObjectName(QStringLiteral("help_") + question.id);
        box.help->setWordWrap(true);
        layout->addWidget(box.help);

        auto* exclusive = question.kind == Question::Kind::One ? new QButtonGroup(box.group) : nullptr;
        for (const Option& option : question.options) {
            QAbstractButton* button = exclusive ? static_cast<QAbstractButton*>(new QRadioButton(box.group))
                                                : static_cast<QAbstractButton*>(new QCheckBox(box.group));
            button->setObjectName(QStringLiteral("option_%1_%2").arg(question.id, option.id));
            if (exclusive) {
                exclusive->addButton(button);
            }
            layout->addWidget(button);
            box.options.push_back(button);
        }
        m_ui->questionsLayout->addWidget(box.group);
        m_boxes.push_back(box);
        const QuestionBox& stored = m_boxes.back();
        for (QAbstractButton* button : stored.options) {
            connect(button, &QAbstractButton::toggled, this,
                    [this, index = m_boxes.size() - 1] { answerChanged(m_boxes[index]); });
        }
    }
    m_ui->questionsLayout->addStretch(1);
}

void QuestionPage::retranslateTexts()
{
    const Questionnaire& questionnaire = m_assessment->questionnaire();
    const Language language = m_assessment->language();
    const auto& page = questionnaire.pages()[static_cast<std::size_t>(m_pageIndex)];
    setTitle(page.title.in(language));
    setSubTitle(page.subtitle.in(language));
    for (const QuestionBox& box : m_boxes) {
        const Question& question = questionnaire.question(box.question);
        box.group->setTitle(question.text.in(language));
        box.group->setAccessibleName(question.text.in(language));
        box.help->setText(question.help.in(language));
        for (std::size_t o = 0; o < box.options.size(); ++o) {
            box.options[o]->setText(question.options[o].label.in(language));
            box.options[o]->setAccessibleName(question.options[o].label.in(language));
            box.options[o]->setAccessibleDescription(question.text.in(language) + u' ' + question.help.in(language));
        }
    }
    updateSoFar();
}

void QuestionPage::initializePage()
{
    if (m_boxes.empty()) {
        buildQuestions();
        retranslateTexts();
    }
    showAnswers();
    updateVisibility();
    updateSoFar();
}

void QuestionPage::showAnswers()
{
    for (const QuestionBox& box : m_boxes) {
        const AnswerValue value = m_assessment->answer(box.question);
        for (std::size_t o = 0; o < box.options.size(); ++o) {
            const QSignalBlocker block(box.options[o]);
            const bool checked = answer::isGiven(value) && (value & answer::option(static_cast<int>(o)));
            // An exclusive group cannot be emptied by unchecking: lift the rule for a moment.
            if (auto* group = box.options[o]->group(); group && !checked) {
                group->setExclusive(false);
                box.options[o]->setChecked(false);
                group->setExclusive(true);
            } else {
                box.options[o]->setChecked(checked);
            }
        }
    }
}

void QuestionPage::answerChanged(const QuestionBox& box)
{
    AnswerValue value = 0;
    for (std::size_t o = 0; o < box.options.size(); ++o) {
        if (box.options[o]->isChecked()) {
            value |= answer::option(static_cast<int>(o));
        }
    }
    const Question& question = m_assessment->questionnaire().question(box.question);
    const bool answered = question.kind == Question::Kind::Several || value != 0;
    m_assessment->setAnswer(box.question, answered ? value : answer::NotAsked);
}

void QuestionPage::updateVisibility()
{
    for (const QuestionBox& box : m_boxes) {
        box.group->setVisible(m_assessment->isAsked(box.question));
    }
}

bool QuestionPage::isComplete() const
{
    const Questionnaire& questionnaire = m_assessment->questionnaire();
    return std::all_of(m_boxes.begin(), m_boxes.end(), [&](const QuestionBox& box) {
        if (!m_assessment->isAsked(box.question)) {
            return true;
        }
        const AnswerValue value = m_assessment->answer(box.question);
        const Question& question = questionnaire.question(box.question);
        if (question.kind == Question::Kind::One) {
            return answer::isGiven(value);
        }
        // A several-option question is answered once the page has been seen: none is an answer.
        return answer::isGiven(value) ? std::popcount(value) >= question.minSelected : question.minSelected == 0;
    });
}

bool QuestionPage::validatePage()
{
    // Leaving every box of a several-option question empty is an answer: "none of these".
    for (const QuestionBox& box : m_boxes) {
        if (m_assessment->isAsked(box.question) && m_assessment->answer(box.question) == answer::NotAsked &&
            m_assessment->questionnaire().question(box.question).kind == Question::Kind::Several) {
            m_assessment->setAnswer(box.question, 0);
        }
    }
    return true;
}

int QuestionPage::nextId() const
{
    const int next = m_assessment->nextPageAfter(m_pageIndex);
    return next < 0 ? m_reviewPageId : m_firstPageId + next;
}

void QuestionPage::updateSoFar()
{
    if (!m_assessment->code()) {
        return;
    }
    const Evaluation interim = m_assessment->interimEvaluation();
    const QString verdict =
        interim.anyRuleApplied
            ? m_assessment->questionnaire().verdictLabel(interim.verdict).in(m_assessment->language())
            : tr("no verdict yet");
    m_ui->soFarLabel->setText(
        tr("<b>So far:</b> %1 <i>(answers given: %2; the result can still change)</i>")
            .arg(interim.anyRuleApplied ? VerdictStyle::symbol(interim.verdict) + u' ' + verdict : verdict)
            .arg(m_assessment->answeredCount()));
    m_ui->soFarLabel->setAccessibleName(m_ui->soFarLabel->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

void QuestionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateTexts();
    }
    QWizardPage::changeEvent(event);
}

} // namespace codewijzer
