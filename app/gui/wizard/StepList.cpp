#include "wizard/StepList.h"

#include "session/AssessmentDocument.h"
#include "wizard/AssessmentWizard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace codewijzer {

StepList::StepList(AssessmentDocument* document, const QWizard* wizard, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_wizard(wizard)
    , m_counter(new QLabel(this))
    , m_list(new QVBoxLayout)
{
    setObjectName(QStringLiteral("stepList"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 12, 12);
    m_counter->setObjectName(QStringLiteral("stepCounter"));
    layout->addWidget(m_counter);
    layout->addSpacing(8);
    layout->addLayout(m_list);
    layout->addStretch(1);
    setMinimumWidth(170);
    setMaximumWidth(220);
    connect(document, &AssessmentDocument::answersChanged, this, &StepList::update);
    connect(document, &AssessmentDocument::codeChanged, this, &StepList::update);
    update();
}

void StepList::showPage(int pageId)
{
    if (pageId < 0) {
        return;
    }
    m_current = pageId;
    update();
}

QString StepList::titleOf(int pageId) const
{
    if (pageId == AssessmentWizard::Page_Welcome) {
        return tr("Start");
    }
    // Every other step as its page calls itself: one name for one thing.
    const QWizardPage* page = m_wizard->page(pageId);
    return page ? page->title() : QString();
}

void StepList::update()
{
    // The pages the answers so far lead through: the first question page always, then each next one.
    m_steps = {AssessmentWizard::Page_Welcome};
    for (int page = 0; page >= 0; page = m_document->nextPageAfter(page)) {
        m_steps.push_back(AssessmentWizard::Page_FirstQuestions + page);
    }
    m_steps.push_back(AssessmentWizard::Page_Review);
    m_steps.push_back(AssessmentWizard::Page_Result);

    while (QLayoutItem* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto at = std::find(m_steps.begin(), m_steps.end(), m_current);
    const int currentIndex = at == m_steps.end() ? 0 : static_cast<int>(at - m_steps.begin());
    for (int i = 0; i < static_cast<int>(m_steps.size()); ++i) {
        const bool done = i < currentIndex;
        const bool here = i == currentIndex;
        const QString state = here   ? QStringLiteral("current")
                              : done ? QStringLiteral("done")
                                     : QStringLiteral("later");
        // The mark in a column of its own, so that a long title wraps under its own first word.
        auto* row = new QWidget(this);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(4);
        auto* mark = new QLabel(here ? QStringLiteral("\u25B6") : done ? QStringLiteral("\u2713") : QString(), row);
        mark->setFixedWidth(mark->fontMetrics().horizontalAdvance(QStringLiteral("\u25B6")) + 2);
        mark->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        mark->setProperty("step", state);
        auto* label = new QLabel(row);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setText(titleOf(m_steps[static_cast<std::size_t>(i)]));
        label->setProperty("step", state);
        QFont font = label->font();
        font.setBold(here);
        label->setFont(font);
        rowLayout->addWidget(mark, 0, Qt::AlignTop);
        rowLayout->addWidget(label, 1);
        m_list->addWidget(row);
    }
    m_counter->setText(tr("Step %1 of %2").arg(currentIndex + 1).arg(m_steps.size()));
    setAccessibleName(m_counter->text() + QStringLiteral(": ") + titleOf(m_current));
}

void StepList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Once the pages have their new titles too.
        QTimer::singleShot(0, this, &StepList::update);
    }
    QWidget::changeEvent(event);
}

} // namespace codewijzer
