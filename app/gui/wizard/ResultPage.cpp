#include "wizard/ResultPage.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "rules/Comparison.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "ui_ResultPage.h"
#include "widgets/Foldable.h"
#include "widgets/SafeText.h"
#include "widgets/VerdictStyle.h"
#include "widgets/WhatIfList.h"
#include "wizard/DraftsPanel.h"
#include "wizard/SavedVersionPanel.h"
#include "wizard/TryAnswerPanel.h"

#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

namespace codewijzer {

namespace {

QLabel* textLabel(const QString& text, QWidget* parent, const char* role = nullptr)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    safetext::setPlain(label, text);
    if (role) {
        label->setProperty("role", QLatin1String(role));
    }
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    return textLabel(text, parent, "heading");
}

// "Read it in the whole code": opens the code view at this article.
QToolButton* openInCodeButton(const QString& articleId, QWidget* parent, const std::function<void()>& open)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("openInCode_") + articleId);
    button->setText(ResultPage::tr("Read %1 in the whole code").arg(articleId));
    button->setAutoRaise(true);
    QObject::connect(button, &QToolButton::clicked, parent, open);
    return button;
}

// An article quoted in full, in place: its id and title, then its text.
QFrame* quote(const ExplainedArticle& article, QWidget* parent, const std::function<void()>& open)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("quote_") + article.id);
    frame->setProperty("role", QStringLiteral("quote"));
    auto* layout = new QVBoxLayout(frame);
    const QString title = article.partial
                              ? QStringLiteral("%1 · %2 (%3)").arg(article.id, article.title, partialArticleLabel())
                              : QStringLiteral("%1 · %2").arg(article.id, article.title);
    layout->addWidget(textLabel(title, frame, "quoteTitle"));
    layout->addWidget(textLabel(article.text, frame));
    layout->addWidget(openInCodeButton(article.id, frame, open), 0, Qt::AlignLeft);
    return frame;
}

// However large a code, the top of the result stays readable and quick to lay out: this much
// deciding advice, and this many articles quoted in place; the rest is folded away below.
constexpr int kDecisiveShown = 3;
constexpr int kQuotesShown = 3;
constexpr qsizetype kArticleIdsListed = 20;
constexpr int kOtherAdviceShown = 100;

// "Articles: 1, 2, 3" with a long list cut short: every article is listed below anyway.
QString articlesText(const ExplainedAdvice& advice)
{
    if (advice.articleIds.size() <= kArticleIdsListed) {
        return advice.articlesLine();
    }
    return ResultPage::tr("Articles: %1 and %2 more")
        .arg(advice.articleIds.mid(0, kArticleIdsListed).join(QStringLiteral(", ")))
        .arg(advice.articleIds.size() - kArticleIdsListed);
}

// One piece of advice: what to do, why, the articles and whom to contact.
QFrame* adviceItem(const ExplainedAdvice& advice, QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("advice_") + advice.ruleId);
    frame->setProperty("role", QStringLiteral("advice"));
    auto* layout = new QVBoxLayout(frame);
    auto* text =
        textLabel(QStringLiteral("%1 %2: %3").arg(verdictSymbol(advice.verdict), advice.verdictLabel, advice.text),
                  frame, "adviceText");
    layout->addWidget(text);
    for (const QString& line : {advice.markLine(), advice.becauseLine(), articlesText(advice), advice.contactLine()}) {
        if (!line.isEmpty()) {
            layout->addWidget(textLabel(line, frame));
        }
    }
    return frame;
}

} // namespace

ResultPage::ResultPage(AssessmentDocument* document, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(new Ui::ResultPage)
    , m_document(document)
{
    m_ui->setupUi(this);
    setFinalPage(true);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ResultPage::saveRequested);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &ResultPage::exportPdfRequested);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ResultPage::printRequested);
    connect(m_ui->copyTextButton, &QPushButton::clicked, this, &ResultPage::copyTextRequested);
    // Queued: the panel whose button gave the version is replaced by the new result.
    connect(
        document, &AssessmentDocument::savedVersionChanged, this,
        [this] {
            if (isVisible()) {
                showResult();
            }
        },
        Qt::QueuedConnection);
}

ResultPage::~ResultPage() = default;

void ResultPage::initializePage()
{
    showResult();
    m_ui->scrollArea->verticalScrollBar()->setValue(0); // a new result opens at its top
}

void ResultPage::showMore()
{
    if (m_more) {
        m_more->setOpen(true);
    }
}

void ResultPage::showResult()
{
    const CodeOfConduct* code = m_document->code();
    const Language language = currentLanguage();
    const Explanation explanation =
        Explanation::of(*code, m_document->questionnaire(), m_document->evaluation(), language);
    QString checked = code->isConcept
                          ? tr("Checked against %1 of %2 (%3).")
                                .arg(code->title.in(language), code->organisation, draftVersionLabel())
                          : tr("Checked against %1 of %2.").arg(code->title.in(language), code->organisation);
    if (code->missingEnglish && language == Language::English) {
        checked += u' ' + dutchOnlyNotice();
    }
    setSubTitle(safetext::asRichText(checked));
    showHeadline(explanation);

    while (QLayoutItem* item = m_ui->detailsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget* container = m_ui->detailsContainer;
    if (SavedVersionPanel* version = SavedVersionPanel::make(m_document, container)) {
        m_ui->detailsLayout->addWidget(version);
    }
    addNextSteps(explanation);
    if (DraftsPanel* drafts = DraftsPanel::make(m_document, container)) {
        m_ui->detailsLayout->addWidget(drafts);
    }
    const auto shown = std::min<std::size_t>(explanation.decisiveAdvice().size(), kDecisiveShown);
    const auto others = static_cast<int>(explanation.advice.size() - shown);
    if (others > 0) {
        m_ui->detailsLayout->addWidget(new Foldable(
            QStringLiteral("otherAdvice"), tr("Other advice (%1)").arg(others),
            [this](QWidget* parent) { return buildOtherAdvice(parent); }, container));
    }
    addArticles(explanation);
    m_more = new Foldable(
        QStringLiteral("more"), tr("More: what would change the verdict, and trying other answers"),
        [this](QWidget* parent) { return buildMore(parent); }, container);
    m_ui->detailsLayout->addWidget(m_more);
    m_ui->detailsLayout->addStretch(1);
}

void ResultPage::showHeadline(const Explanation& e)
{
    const VerdictColours colours = e.headlineIsInstruction ? instructionColours() : verdictColours(e.verdict);
    const QString symbol = e.headlineIsInstruction ? instructionSymbol() : verdictSymbol(e.verdict);
    safetext::setPlain(m_ui->verdictLabel, symbol + u' ' + e.headline);
    m_ui->verdictLabel->setAccessibleName(tr("Verdict: %1").arg(e.headline));
    safetext::setPlain(m_ui->verdictDescription, e.headlineIsInstruction ? QString() : e.verdictDescription);
    m_ui->verdictDescription->setVisible(!e.headlineIsInstruction);
    // An instruction has no verdict's icon: a green tick beside "Report the post" would read as "Go".
    m_ui->verdictIcon->setPixmap(VerdictStyle::icon(e.verdict, style()).pixmap(48, 48));
    m_ui->verdictIcon->setAccessibleName(e.verdictLabel);
    m_ui->verdictIcon->setVisible(!e.headlineIsInstruction);
    m_ui->verdictFrame->setProperty("verdict", verdictId(e.verdict));
    m_ui->verdictFrame->setProperty("instruction", e.headlineIsInstruction);
    m_ui->verdictFrame->setStyleSheet(QStringLiteral("#verdictFrame { background: %1; border: 2px solid %2; "
                                                     "border-radius: 8px; } #verdictFrame QLabel { color: %2; }")
                                          .arg(QLatin1String(colours.background), QLatin1String(colours.foreground)));
}

void ResultPage::addNextSteps(const Explanation& e)
{
    auto* box = new QFrame(m_ui->detailsContainer);
    box->setObjectName(QStringLiteral("nextStepBox"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(heading(tr("What you do now"), box));
    QHash<QString, const ExplainedArticle*> articles;
    for (const ExplainedArticle& article : e.articles) {
        articles.insert(article.id, &article);
    }
    QSet<QString> quoted;
    const std::vector<const ExplainedAdvice*> decisive = e.decisiveAdvice();
    for (std::size_t i = 0; i < decisive.size() && i < kDecisiveShown; ++i) {
        const ExplainedAdvice* advice = decisive[i];
        auto* text = textLabel(advice->text, box, "decisive");
        text->setObjectName(QStringLiteral("decisive_") + advice->ruleId);
        layout->addWidget(text);
        if (!advice->markLine().isEmpty()) {
            auto* mark = textLabel(advice->markLine(), box, "adviceMark");
            mark->setObjectName(QStringLiteral("mark_") + advice->ruleId);
            layout->addWidget(mark);
        }
        if (!advice->reasonSentence.isEmpty()) {
            layout->addWidget(textLabel(advice->reasonSentence, box));
        }
        if (!advice->contacts.isEmpty()) {
            layout->addWidget(
                textLabel(tr("Contact: %1").arg(advice->contacts.join(QStringLiteral("; "))), box, "contact"));
        }
        bool allQuoted = true;
        for (const QString& id : advice->articleIds) {
            if (quoted.contains(id)) {
                continue;
            }
            const ExplainedArticle* article = articles.value(id);
            if (article && quoted.size() < kQuotesShown) {
                layout->addWidget(
                    quote(*article, box, [this, articleId = article->id] { emit articleInCodeRequested(articleId); }));
                quoted.insert(id);
            } else {
                allQuoted = false;
            }
        }
        if (!allQuoted) {
            layout->addWidget(textLabel(articlesText(*advice), box));
        }
    }
    if (decisive.size() > kDecisiveShown) {
        layout->addWidget(
            textLabel(tr("%1 more pieces of advice decide the verdict as well: they are first under Other advice.")
                          .arg(decisive.size() - kDecisiveShown),
                      box));
    }
    m_ui->detailsLayout->addWidget(box);
}

void ResultPage::addArticles(const Explanation& e)
{
    QWidget* container = m_ui->detailsContainer;
    m_ui->detailsLayout->addWidget(heading(tr("Every article the advice rests on"), container));
    for (const ExplainedArticle& article : e.articles) {
        auto* toggle = new QToolButton(container);
        toggle->setObjectName(QStringLiteral("article_") + article.id);
        toggle->setText(QStringLiteral("%1  %2").arg(article.id, article.title));
        toggle->setAccessibleName(tr("Article %1: %2").arg(article.id, article.title));
        toggle->setAccessibleDescription(tr("Shows or hides the full text of the article"));
        toggle->setCheckable(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setArrowType(Qt::RightArrow);
        toggle->setAutoRaise(true);
        // The text is made when first opened: a code may cite a thousand articles.
        connect(toggle, &QToolButton::toggled, this, [this, toggle, article](bool open) {
            auto* text = m_ui->detailsContainer->findChild<QLabel*>(QStringLiteral("articleText_") + article.id,
                                                                    Qt::FindDirectChildrenOnly);
            if (!text) {
                text = textLabel(article.text, m_ui->detailsContainer);
                text->setObjectName(QStringLiteral("articleText_") + article.id);
                text->setContentsMargins(24, 0, 0, 8);
                m_ui->detailsLayout->insertWidget(m_ui->detailsLayout->indexOf(toggle) + 1, text);
                auto* read = openInCodeButton(article.id, m_ui->detailsContainer,
                                              [this, id = article.id] { emit articleInCodeRequested(id); });
                read->setObjectName(QStringLiteral("openArticleInCode_") + article.id);
                m_ui->detailsLayout->insertWidget(m_ui->detailsLayout->indexOf(text) + 1, read, 0, Qt::AlignLeft);
                connect(toggle, &QToolButton::toggled, read, &QWidget::setVisible);
            }
            text->setVisible(open);
            toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        });
        m_ui->detailsLayout->addWidget(toggle);
    }
}

QWidget* ResultPage::buildOtherAdvice(QWidget* parent) const
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    const Explanation e =
        Explanation::of(*m_document->code(), m_document->questionnaire(), m_document->evaluation(), currentLanguage());
    // The deciding advice beyond what the top shows comes first, then the rest in order.
    std::size_t decisiveSeen = 0;
    int shown = 0;
    int left = 0;
    for (const ExplainedAdvice& advice : e.advice) {
        if (advice.decisive && decisiveSeen++ < kDecisiveShown) {
            continue;
        }
        if (shown < kOtherAdviceShown) {
            layout->addWidget(adviceItem(advice, box));
            ++shown;
        } else {
            ++left;
        }
    }
    if (left > 0) {
        layout->addWidget(textLabel(
            tr("And %1 more pieces of advice: the report (PDF, print or text) has all of them.").arg(left), box));
    }
    return box;
}

QWidget* ResultPage::buildMore(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    const Language language = currentLanguage();
    layout->addWidget(heading(tr("What would change this verdict"), box));
    const QString whatIfList =
        whatIfListHtml(*m_document->code(), m_document->questionnaire(), m_document->given(), language);
    auto* list = new QLabel(box);
    list->setObjectName(QStringLiteral("whatIfList"));
    list->setWordWrap(true);
    list->setTextFormat(Qt::RichText);
    list->setText(whatIfList.isEmpty() ? safetext::asRichText(tr(
                                             "No change of one or two of your choices makes the verdict less strict."))
                                       : whatIfList);
    layout->addWidget(list);
    if (m_showOtherCodes && !m_document->catalogue().comparedIds(m_document->code()->id).isEmpty()) {
        layout->addWidget(buildOtherCodes(box));
    }
    layout->addWidget(heading(tr("Try another answer"), box));
    layout->addWidget(new TryAnswerPanel(m_document, box));
    return box;
}

QWidget* ResultPage::buildOtherCodes(QWidget* parent) const
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const CodeOfConduct* code = m_document->code();
    const Questionnaire& questionnaire = m_document->questionnaire();
    const Language language = currentLanguage();
    const auto others = m_document->catalogue().comparedWith(code->id);
    std::vector<const CodeOfConduct*> codes{code};
    for (const auto& other : others) {
        codes.push_back(&other->code);
    }
    const Comparison comparison = compare(codes, questionnaire, m_document->given());
    layout->addWidget(heading(tr("The same answers under another school group's code"), box));
    for (std::size_t i = 1; i < comparison.results.size(); ++i) {
        const Comparison::Result& result = comparison.results[i];
        const Explanation e = Explanation::of(*result.code, questionnaire, result.evaluation, language);
        QString html =
            QStringLiteral("<p><b>%1, %2: %3 %4</b> (%5)</p><ul>")
                .arg(result.code->title.in(language).toHtmlEscaped(), result.code->organisation.toHtmlEscaped(),
                     verdictSymbol(e.verdict), e.verdictLabel.toHtmlEscaped(),
                     (e.verdict != comparison.results[0].evaluation.verdict ? tr("a different verdict")
                                                                            : tr("the same verdict"))
                         .toHtmlEscaped());
        for (const ExplainedAdvice* advice : e.decisiveAdvice()) {
            html +=
                QStringLiteral("<li>%1 (%2)</li>")
                    .arg(advice->text.toHtmlEscaped(), advice->articleIds.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        auto* label = new QLabel(box);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setText(html);
        label->setObjectName(QStringLiteral("compare_") + result.code->id);
        label->setProperty("verdict", verdictId(e.verdict));
        layout->addWidget(label);
    }
    return box;
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
