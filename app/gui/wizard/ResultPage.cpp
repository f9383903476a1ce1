#include "wizard/ResultPage.h"

#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "rules/Comparison.h"
#include "rules/Evaluator.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "ui_ResultPage.h"
#include "widgets/AnswerGrid.h"
#include "widgets/SafeText.h"
#include "widgets/VerdictStyle.h"
#include "widgets/WhatIfList.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace codewijzer {

namespace {

// A label that wraps; plain text unless the caller built (escaped) rich text itself.
QLabel* wrappedLabel(const QString& text, QWidget* parent, Qt::TextFormat format = Qt::PlainText)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(format);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped()), parent);
    label->setAccessibleName(text);
    return label;
}

} // namespace

ResultPage::ResultPage(AssessmentDocument* document, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(new Ui::ResultPage)
    , m_document(document)
{
    m_ui->setupUi(this);
    setFinalPage(true);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &ResultPage::exportPdfRequested);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ResultPage::printRequested);
    connect(m_ui->copyTextButton, &QPushButton::clicked, this, &ResultPage::copyTextRequested);
}

ResultPage::~ResultPage() = default;

void ResultPage::initializePage()
{
    showResult();
}

void ResultPage::showResult()
{
    const CodeOfConduct* code = m_document->code();
    if (!code) {
        return;
    }
    const Questionnaire& questionnaire = m_document->questionnaire();
    const Language language = currentLanguage();
    const Evaluation result = m_document->evaluation();

    setSubTitle(safetext::asRichText(tr("According to %1 of %2.").arg(code->title.in(language), code->organisation)));
    const QString verdict = questionnaire.verdictLabel(result.verdict).in(language);
    m_ui->verdictLabel->setText(QStringLiteral("<span style=\"font-size:20pt; font-weight:600\">%1 %2</span>")
                                    .arg(verdictSymbol(result.verdict), verdict.toHtmlEscaped()));
    m_ui->verdictLabel->setAccessibleName(tr("Verdict: %1").arg(verdict));
    safetext::setPlain(m_ui->verdictDescription, questionnaire.verdictDescription(result.verdict).in(language));
    m_ui->verdictIcon->setPixmap(VerdictStyle::icon(result.verdict, style()).pixmap(48, 48));
    m_ui->verdictIcon->setAccessibleName(verdict);
    m_ui->verdictFrame->setProperty("verdict", verdictId(result.verdict));
    m_ui->verdictFrame->setStyleSheet(
        QStringLiteral("#verdictFrame { background: %1; border: 2px solid %2; "
                       "border-radius: 6px; } #verdictFrame QLabel { color: %2; }")
            .arg(VerdictStyle::background(result.verdict).name(), VerdictStyle::foreground(result.verdict).name()));

    QWidget* container = m_ui->detailsContainer;
    while (QLayoutItem* item = m_ui->detailsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    const Explanation explained = Explanation::of(*code, questionnaire, result, language);
    m_ui->detailsLayout->addWidget(heading(tr("What to do"), container));
    int number = 0;
    for (const ExplainedAdvice& advice : explained.advice) {
        auto* frame = new QFrame(container);
        frame->setObjectName(QStringLiteral("advice_") + advice.ruleId);
        frame->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(frame);
        auto* text = wrappedLabel(
            QStringLiteral("<b>%1. %2 %3:</b> %4")
                .arg(++number)
                .arg(verdictSymbol(advice.verdict), advice.verdictLabel.toHtmlEscaped(), advice.text.toHtmlEscaped()),
            frame, Qt::RichText);
        text->setAccessibleName(QStringLiteral("%1: %2").arg(advice.verdictLabel, advice.text));
        layout->addWidget(text);
        for (const QString& line : {advice.becauseLine(), advice.articlesLine(), advice.contactLine()}) {
            if (!line.isEmpty()) {
                layout->addWidget(wrappedLabel(line, frame));
            }
        }
        m_ui->detailsLayout->addWidget(frame);
    }

    const QString whatIfList = whatIfListHtml(*code, questionnaire, m_document->given(), language);
    if (!whatIfList.isEmpty()) {
        m_ui->detailsLayout->addWidget(heading(tr("What would change this verdict"), container));
        auto* list = wrappedLabel(whatIfList, container, Qt::RichText);
        list->setObjectName(QStringLiteral("whatIfList"));
        m_ui->detailsLayout->addWidget(list);
    }

    showOtherCodes(container);
    showTryAnswers(container);

    m_ui->detailsLayout->addWidget(heading(tr("The articles of your code"), container));
    for (const ExplainedArticle& article : explained.articles) {
        auto* toggle = new QToolButton(container);
        toggle->setObjectName(QStringLiteral("article_") + article.id);
        toggle->setText(QStringLiteral("%1  %2").arg(article.id, article.title));
        toggle->setAccessibleName(tr("Article %1: %2").arg(article.id, article.title));
        toggle->setAccessibleDescription(tr("Shows or hides the full text of the article"));
        toggle->setCheckable(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setArrowType(Qt::RightArrow);
        toggle->setAutoRaise(true);
        auto* text = wrappedLabel(article.text, container);
        text->setObjectName(QStringLiteral("articleText_") + article.id);
        text->setContentsMargins(24, 0, 0, 8);
        text->setVisible(false);
        connect(toggle, &QToolButton::toggled, text, [toggle, text](bool open) {
            text->setVisible(open);
            toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        });
        m_ui->detailsLayout->addWidget(toggle);
        m_ui->detailsLayout->addWidget(text);
    }
    m_ui->detailsLayout->addStretch(1);
}

void ResultPage::showOtherCodes(QWidget* container)
{
    const CodeOfConduct* code = m_document->code();
    const Questionnaire& questionnaire = m_document->questionnaire();
    const Language language = currentLanguage();
    const auto others = m_document->catalogue().otherBuiltins(code->id);
    if (others.empty()) {
        return;
    }
    std::vector<const CodeOfConduct*> codes{code};
    for (const auto& other : others) {
        codes.push_back(&other->code);
    }
    const Comparison comparison = compare(codes, questionnaire, m_document->given());
    m_ui->detailsLayout->addWidget(heading(tr("The same answers under another code"), container));
    for (std::size_t i = 1; i < comparison.results.size(); ++i) {
        const Comparison::Result& result = comparison.results[i];
        const Verdict verdict = result.evaluation.verdict;
        const bool differs = verdict != comparison.results[0].evaluation.verdict;
        QString html =
            QStringLiteral("<p><b>%1, %2: %3 %4</b> (%5)</p><ul>")
                .arg(result.code->title.in(language).toHtmlEscaped(), result.code->organisation.toHtmlEscaped(),
                     verdictSymbol(verdict), questionnaire.verdictLabel(verdict).in(language).toHtmlEscaped(),
                     differs ? tr("a different verdict").toHtmlEscaped() : tr("the same verdict").toHtmlEscaped());
        for (int a : result.decisive) {
            const Rule& rule =
                result.code
                    ->rules[static_cast<std::size_t>(result.evaluation.advice[static_cast<std::size_t>(a)].rule)];
            html += QStringLiteral("<li>%1 (%2)</li>")
                        .arg(rule.advice.in(language).toHtmlEscaped(),
                             result.code->articleIds(rule.articles).join(QStringLiteral(", ")).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        auto* label = wrappedLabel(html, container, Qt::RichText);
        label->setObjectName(QStringLiteral("compare_") + result.code->id);
        label->setProperty("verdict", verdictId(verdict));
        m_ui->detailsLayout->addWidget(label);
    }
}

void ResultPage::showTryAnswers(QWidget* container)
{
    m_ui->detailsLayout->addWidget(heading(tr("Try another answer"), container));
    m_ui->detailsLayout->addWidget(wrappedLabel(tr("Change an answer here to see at once what the code would say. "
                                                   "Your own answers and the report stay as they are."),
                                                container));
    m_tried = m_document->given();
    m_tryGrid = new AnswerGrid(m_document->questionnaire(), container);
    m_tryGrid->setObjectName(QStringLiteral("tryGrid"));
    connect(m_tryGrid, &AnswerGrid::answerChosen, this, &ResultPage::tryAnswer);
    m_ui->detailsLayout->addWidget(m_tryGrid);
    m_triedVerdict = wrappedLabel(QString(), container, Qt::RichText);
    m_triedVerdict->setObjectName(QStringLiteral("triedVerdict"));
    m_ui->detailsLayout->addWidget(m_triedVerdict);
    m_tryReset = new QPushButton(tr("Back to my own answers"), container);
    m_tryReset->setObjectName(QStringLiteral("tryResetButton"));
    connect(m_tryReset, &QPushButton::clicked, this, [this] {
        m_tried = m_document->given();
        showTriedVerdict();
    });
    m_ui->detailsLayout->addWidget(m_tryReset, 0, Qt::AlignLeft);
    showTriedVerdict();
}

void ResultPage::tryAnswer(int question, AnswerValue value)
{
    m_tried[question] = value;
    showTriedVerdict();
}

void ResultPage::showTriedVerdict()
{
    const Questionnaire& questionnaire = m_document->questionnaire();
    const Language language = currentLanguage();
    m_tryGrid->setAnswers(m_tried, m_document->given(), m_document->code()->asks, language);
    m_tryGrid->setRevealed(m_tryGrid->askedCount());
    const bool changed = m_tried != m_document->given();
    m_tryReset->setVisible(changed);
    if (!changed) {
        m_triedVerdict->setText(tr("With your own answers: %1.")
                                    .arg(questionnaire.verdictLabel(m_document->evaluation().verdict).in(language)));
        m_triedVerdict->setProperty("verdict", QVariant());
        return;
    }
    const Evaluation tried = evaluateGiven(*m_document->code(), questionnaire, m_tried);
    QStringList decisive;
    for (const AdviceItem& item : tried.advice) {
        if (item.verdict == tried.verdict) {
            decisive << m_document->code()->rules[static_cast<std::size_t>(item.rule)].advice.in(language);
        }
    }
    m_triedVerdict->setProperty("verdict", verdictId(tried.verdict));
    m_triedVerdict->setText(
        QStringLiteral("<b>%1</b><br/>%2")
            .arg(tr("With the changed answers: %1 %2")
                     .arg(verdictSymbol(tried.verdict), questionnaire.verdictLabel(tried.verdict).in(language))
                     .toHtmlEscaped(),
                 decisive.join(QStringLiteral(" ")).toHtmlEscaped()));
}

void ResultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (wizard() && wizard()->currentPage() == this) {
            showResult();
        }
    }
    QWizardPage::changeEvent(event);
}

} // namespace codewijzer
