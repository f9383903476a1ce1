#include "wizard/QuestionPage.h"

#include "model/QuestionHelp.h"
#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "ui_QuestionPage.h"
#include "widgets/SafeText.h"
#include "widgets/VerdictStyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPointer>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <bit>

namespace codewijzer {

QuestionPage::QuestionPage(AssessmentDocument* document, int pageIndex, int firstPageId, int reviewPageId,
                           QWidget* parent)
    : QWizardPage(parent)
    , m_ui(new Ui::QuestionPage)
    , m_document(document)
    , m_pageIndex(pageIndex)
    , m_firstPageId(firstPageId)
    , m_reviewPageId(reviewPageId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("page_") + m_document->questionnaire().pages()[pageIndex].id);
    retranslateTexts(); // the title and subtitle; the questions are built when the page is first shown
    // Two lines always, so that a longer line never moves what is above it.
    m_ui->soFarLabel->setMinimumHeight(m_ui->soFarLabel->fontMetrics().lineSpacing() * 2 + 8);
    const auto update = [this] {
        updateVisibility();
        retranslateTexts(); // the wordings follow the answers
        emit completeChanged();
    };
    connect(m_document, &AssessmentDocument::answersChanged, this, update);
    // Another code (or the same one read again) may ask other questions.
    connect(m_document, &AssessmentDocument::codeChanged, this, update);
}

QuestionPage::~QuestionPage() = default;

void QuestionPage::buildQuestions()
{
    const Questionnaire& questionnaire = m_document->questionnaire();
    for (int q : questionnaire.pages()[static_cast<std::size_t>(m_pageIndex)].questions) {
        const Question& question = questionnaire.question(q);
        QuestionBox box;
        box.question = q;
        box.optionCount = question.options.size();
        box.group = new QGroupBox(m_ui->questionsContainer);
        box.group->setObjectName(QStringLiteral("question_") + question.id);
        auto* layout = new QVBoxLayout(box.group);
        box.help = new QLabel(box.group);
        box.help->setObjectName(QStringLiteral("help_") + question.id);
        box.help->setWordWrap(true);
        box.help->setTextFormat(Qt::PlainText);
        layout->addWidget(box.help);

        auto* exclusive = question.kind == Question::Kind::One ? new QButtonGroup(box.group) : nullptr;
        const auto addOption = [&](const QString& optionId) {
            QAbstractButton* button = exclusive ? static_cast<QAbstractButton*>(new QRadioButton(box.group))
                                                : static_cast<QAbstractButton*>(new QCheckBox(box.group));
            button->setObjectName(QStringLiteral("option_%1_%2").arg(question.id, optionId));
            if (exclusive) {
                exclusive->addButton(button);
            }
            layout->addWidget(button);
            box.options.push_back(button);
        };
        for (const Option& option : question.options) {
            addOption(option.id);
        }
        if (question.offersUnknown() && question.unknownOption < 0) {
            addOption(QStringLiteral("unknown")); // "I don't know": the answer that counts as not known
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
    const Questionnaire& questionnaire = m_document->questionnaire();
    const Language language = currentLanguage();
    const auto& page = questionnaire.pages()[static_cast<std::size_t>(m_pageIndex)];
    setTitle(page.title.in(language));
    // The wording that fits the answers before ("Met wie is het verzoek?" for a friend request), with
    // the code's own help where it has one.
    const CodeOfConduct* code = m_document->code();
    const Answers before = questionnaire.resolveAnswered(m_document->given(), code->asks);
    bool dutchOnly = false; // a help text of the code's own, shown in Dutch on the English screens
    for (const QuestionBox& box : m_boxes) {
        const Question& question = questionnaire.question(box.question);
        const QuestionWording wording = questionWording(questionnaire, box.question, code, before);
        dutchOnly = dutchOnly ||
                    (language == Language::English && !wording.help.hasEnglish() && m_document->isAsked(box.question));
        box.group->setTitle(wording.text.in(language));
        box.group->setAccessibleName(wording.text.in(language));
        box.help->setText(wording.help.in(language));
        for (std::size_t o = 0; o < box.options.size(); ++o) {
            const QString label = o < question.options.size() ? question.options[o].label.in(language)
                                                              : questionnaire.unknownLabel().in(language);
            box.options[o]->setText(label);
            box.options[o]->setAccessibleName(label);
            box.options[o]->setAccessibleDescription(wording.text.in(language) + u' ' + wording.help.in(language));
        }
    }
    // As the other screens mark the code's texts without English: once, at the top.
    setSubTitle(dutchOnly ? page.subtitle.in(language) + u' ' + dutchOnlyNotice() : page.subtitle.in(language));
    updateSoFar();
}

void QuestionPage::initializePage()
{
    if (m_boxes.empty()) {
        buildQuestions();
    }
    applyPresets();
    retranslateTexts();
    showAnswers();
    updateVisibility();
    updateSoFar();
    // The keyboard starts where the answering does: on the first question still open.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this) {
            focusFirstOpenQuestion();
        }
    });
}

// The value an option button stands for: an option of the data, or the wizard's own "I don't know".
AnswerValue QuestionPage::QuestionBox::valueOf(std::size_t button) const
{
    return button < optionCount ? answer::option(static_cast<int>(button)) : answer::Unknown;
}

void QuestionPage::showAnswers()
{
    for (const QuestionBox& box : m_boxes) {
        const AnswerValue value = m_document->answer(box.question);
        for (std::size_t o = 0; o < box.options.size(); ++o) {
            const QSignalBlocker block(box.options[o]);
            const AnswerValue bit = box.valueOf(o);
            const bool checked =
                bit == answer::Unknown ? value == answer::Unknown : answer::isGiven(value) && (value & bit) != 0;
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
            value |= box.valueOf(o);
        }
    }
    const Question& question = m_document->questionnaire().question(box.question);
    const bool answered = question.kind == Question::Kind::Several || value != 0;
    m_document->setAnswer(box.question, answered ? value : answer::NotAsked);
}

void QuestionPage::updateVisibility()
{
    QGroupBox* appeared = nullptr;
    for (const QuestionBox& box : m_boxes) {
        const bool asked = m_document->isAsked(box.question);
        if (asked && box.group->isHidden() && !appeared) {
            appeared = box.group;
        }
        box.group->setVisible(asked);
    }
    // A question an answer brings in may land below the fold: bring it into view, once the layout
    // has made room for it.
    if (appeared && isVisible()) {
        QTimer::singleShot(0, this, [this, group = QPointer<QGroupBox>(appeared)] {
            if (group) {
                m_ui->scrollArea->ensureWidgetVisible(group, 0, 8);
            }
        });
    }
}

void QuestionPage::focusFirstOpenQuestion()
{
    const Questionnaire& questionnaire = m_document->questionnaire();
    const QuestionBox* target = nullptr;
    for (const QuestionBox& box : m_boxes) {
        if (box.group->isHidden() || box.options.empty()) {
            continue;
        }
        if (!target) {
            target = &box; // every question answered: the first one
        }
        if (!questionnaire.question(box.question).isAnsweredBy(m_document->answer(box.question))) {
            target = &box;
            break;
        }
    }
    if (target) {
        const auto checked = std::find_if(target->options.begin(), target->options.end(),
                                          [](QAbstractButton* b) { return b->isChecked(); });
        (checked == target->options.end() ? target->options.front() : *checked)->setFocus(Qt::TabFocusReason);
    }
}

bool QuestionPage::isComplete() const
{
    const Questionnaire& questionnaire = m_document->questionnaire();
    return std::all_of(m_boxes.begin(), m_boxes.end(), [&](const QuestionBox& box) {
        if (!m_document->isAsked(box.question)) {
            return true;
        }
        const AnswerValue value = m_document->answer(box.question);
        const Question& question = questionnaire.question(box.question);
        // A several-option question is answered once the page has been seen: none is an answer.
        return question.isAnsweredBy(value) ||
               (question.kind == Question::Kind::Several && value == answer::NotAsked && question.minSelected == 0);
    });
}

bool QuestionPage::validatePage()
{
    // Leaving every box of a several-option question empty is an answer: "none of these".
    for (const QuestionBox& box : m_boxes) {
        if (m_document->isAsked(box.question) && m_document->answer(box.question) == answer::NotAsked &&
            m_document->questionnaire().question(box.question).kind == Question::Kind::Several) {
            m_document->setAnswer(box.question, 0);
        }
    }
    return true;
}

int QuestionPage::nextId() const
{
    const int next = m_document->nextPageAfter(m_pageIndex);
    return next < 0 ? m_reviewPageId : m_firstPageId + next;
}

void QuestionPage::applyPresets()
{
    const Questionnaire& questionnaire = m_document->questionnaire();
    for (int q : questionnaire.pages()[static_cast<std::size_t>(m_pageIndex)].questions) {
        if (m_document->answer(q) == answer::NotAsked && m_document->isAsked(q)) {
            const Answers before = questionnaire.resolveAnswered(m_document->given(), m_document->code()->asks);
            if (const std::optional<AnswerValue> preset = questionnaire.question(q).presetFor(before)) {
                m_document->setAnswer(q, *preset);
            }
        }
    }
}

void QuestionPage::updateSoFar()
{
    if (!m_document->code()) {
        return;
    }
    // Honest: no verdict until no answer still to come can change it.
    const ReachableVerdicts reach = m_document->reachable();
    QString text;
    if (const std::optional<Verdict> settled = reach.settled()) {
        // Said as the result will say it: a post to report heads with what to do, not with "Go".
        const Evaluation evaluation = m_document->evaluation();
        const Explanation e =
            Explanation::of(*m_document->code(), m_document->questionnaire(), evaluation, currentLanguage());
        if (evaluation.verdict == *settled && e.headlineIsInstruction) {
            text = tr("What you do: %1 %2").arg(instructionSymbol(), e.headline);
        } else {
            text = tr("The verdict is settled: %1 %2")
                       .arg(verdictSymbol(*settled),
                            m_document->questionnaire().verdictLabel(*settled).in(currentLanguage()));
        }
        m_ui->soFarLabel->setProperty("verdict", verdictId(*settled));
    } else {
        // No count of questions to come: how many depends on the answers still to be given.
        text = tr("No verdict yet: it still depends on your next answers.");
        m_ui->soFarLabel->setProperty("verdict", QVariant());
    }
    safetext::setPlain(m_ui->soFarLabel, text);
    m_ui->soFarLabel->setAccessibleName(text);
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
