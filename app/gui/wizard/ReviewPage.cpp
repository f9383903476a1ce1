#include "wizard/ReviewPage.h"

#include "model/AnswersFile.h"
#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "ui_ReviewPage.h"
#include "widgets/SafeText.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>

namespace codewijzer {

ReviewPage::ReviewPage(AssessmentDocument* document, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(new Ui::ReviewPage)
    , m_document(document)
{
    m_ui->setupUi(this);
    // Goes into the saved file and the report, so that they say which photo or post it was about.
    m_ui->noteEdit->setMaxLength(static_cast<int>(kMaxNoteLength));
    m_ui->noteEdit->setAccessibleName(m_ui->noteLabel->text().remove(u'&'));
    connect(m_ui->noteEdit, &QLineEdit::textEdited, m_document, &AssessmentDocument::setNote);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    if (m_ui->noteEdit->text() != m_document->note()) {
        m_ui->noteEdit->setText(m_document->note());
    }
    showAnswers();
}

void ReviewPage::showAnswers()
{
    while (QLayoutItem* item = m_ui->answersLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Questionnaire& questionnaire = m_document->questionnaire();
    const Language language = currentLanguage();
    const Answers resolved = questionnaire.resolve(m_document->given(), nullptr, m_document->code()->asks);
    int row = 0;
    for (int q = 0; q < questionnaire.size(); ++q) {
        if (resolved[q] == answer::NotAsked) {
            continue;
        }
        const Question& question = questionnaire.question(q);
        auto* name = new QLabel(QStringLiteral("<b>%1</b>").arg(question.shortLabel.in(language).toHtmlEscaped()));
        auto* value = new QLabel;
        safetext::setPlain(value, questionnaire.describeValue(q, resolved[q], language));
        value->setObjectName(QStringLiteral("answer_") + question.id);
        value->setWordWrap(true);
        auto* change = new QPushButton(tr("Change"));
        change->setObjectName(QStringLiteral("change_") + question.id);
        change->setAccessibleName(tr("Change: %1").arg(question.shortLabel.in(language)));
        change->setAccessibleDescription(question.text.in(language));
        const int page = questionnaire.pageOf(q);
        connect(change, &QPushButton::clicked, this, [this, page] { emit changeRequested(page); });
        m_ui->answersLayout->addWidget(name, row, 0, Qt::AlignTop);
        m_ui->answersLayout->addWidget(value, row, 1, Qt::AlignTop);
        m_ui->answersLayout->addWidget(change, row, 2, Qt::AlignTop);
        ++row;
    }
    m_ui->answersLayout->setRowStretch(row, 1);
}

void ReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showAnswers();
    }
    QWizardPage::changeEvent(event);
}

} // namespace codewijzer
