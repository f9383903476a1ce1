#include "wizard/TryAnswerPanel.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "widgets/AnswerGrid.h"
#include "widgets/SafeText.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace codewijzer {

TryAnswerPanel::TryAnswerPanel(AssessmentDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_tried(document->given())
    , m_grid(new AnswerGrid(document->questionnaire(), this))
    , m_verdict(new QLabel(this))
    , m_reset(new QPushButton(tr("Back to my own answers"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    safetext::setPlain(intro, tr("Change an answer here to see at once what the code would say. Your own answers and "
                                 "the report stay as they are."));
    layout->addWidget(intro);
    m_grid->setObjectName(QStringLiteral("tryGrid"));
    layout->addWidget(m_grid);
    m_verdict->setObjectName(QStringLiteral("triedVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    layout->addWidget(m_verdict);
    m_reset->setObjectName(QStringLiteral("tryResetButton"));
    layout->addWidget(m_reset, 0, Qt::AlignLeft);
    connect(m_grid, &AnswerGrid::answerChosen, this, &TryAnswerPanel::tryAnswer);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_tried = m_document->given();
        showTried();
    });
    showTried();
}

void TryAnswerPanel::tryAnswer(int question, AnswerValue value)
{
    m_tried[question] = value;
    showTried();
}

void TryAnswerPanel::showTried()
{
    const Questionnaire& questionnaire = m_document->questionnaire();
    const Language language = currentLanguage();
    m_grid->setAnswers(m_tried, m_document->given(), m_document->code()->asks, language);
    m_grid->setRevealed(m_grid->askedCount());
    const bool changed = m_tried != m_document->given();
    m_reset->setVisible(changed);
    if (!changed) {
        m_verdict->setText(
            safetext::asRichText(tr("With your own answers: %1.")
                                     .arg(questionnaire.verdictLabel(m_document->evaluation().verdict).in(language))));
        m_verdict->setProperty("verdict", QVariant());
        return;
    }
    const Explanation tried = Explanation::of(*m_document->code(), questionnaire,
                                              evaluateGiven(*m_document->code(), questionnaire, m_tried), language);
    QStringList decisive;
    for (const ExplainedAdvice* advice : tried.decisiveAdvice()) {
        decisive << advice->text;
    }
    m_verdict->setProperty("verdict", verdictId(tried.verdict));
    m_verdict->setText(
        QStringLiteral("<b>%1</b><br/>%2")
            .arg(
                tr("With the changed answers: %1 %2").arg(verdictSymbol(tried.verdict), tried.headline).toHtmlEscaped(),
                decisive.join(QStringLiteral(" ")).toHtmlEscaped()));
}

} // namespace codewijzer
