#include "dialogs/CompareDialog.h"

#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "rules/Comparison.h"
#include "settings/ProgramLanguage.h"
#include "ui_CompareDialog.h"
#include "widgets/SafeText.h"
#include "widgets/VerdictStyle.h"

#include <QHeaderView>
#include <QTableWidgetItem>
#include <QTimer>

namespace codewijzer {

namespace {

QString adviceLines(const Explanation& explanation, bool decisive)
{
    QStringList lines;
    for (const ExplainedAdvice& advice : explanation.advice) {
        if (advice.decisive == decisive) {
            lines << QStringLiteral("• %1: %2 (%3)")
                         .arg(advice.verdictLabel, advice.text, advice.articleIds.join(QStringLiteral(", ")));
            if (!advice.markLine().isEmpty()) {
                lines << QStringLiteral("  ") + advice.markLine();
            }
        }
    }
    return lines.isEmpty() ? QStringLiteral("—") : lines.join(u'\n');
}

} // namespace

CompareDialog::CompareDialog(std::vector<std::shared_ptr<const LoadedCode>> codes, const Questionnaire& questionnaire,
                             const Answers& given, const QString& subject, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CompareDialog)
    , m_codes(std::move(codes))
{
    m_ui->setupUi(this);
    const Language language = currentLanguage();
    std::vector<const CodeOfConduct*> pointers;
    pointers.reserve(m_codes.size());
    for (const auto& code : m_codes) {
        pointers.push_back(&code->code);
    }
    const Comparison comparison = compare(pointers, questionnaire, given);
    m_differ = comparison.verdictsDiffer;

    m_ui->subjectLabel->setText(QStringLiteral("<b>%1</b>").arg(subject.toHtmlEscaped()));
    safetext::setPlain(
        m_ui->summaryLabel,
        comparison.verdictsDiffer
            ? tr("The verdicts differ. The strictest is that of %1.")
                  .arg(comparison.results[static_cast<std::size_t>(comparison.strictest)].code->title.in(language))
            : tr("The codes give the same verdict."));
    m_ui->noteLabel->setText(tr("Each code has its own articles and numbers them in its own way: an article of one "
                                "code is never matched with one of the other."));
    m_ui->summaryLabel->setProperty("differ", comparison.verdictsDiffer);

    QTableWidget* table = m_ui->comparisonTable;
    const QStringList rows{tr("Verdict"), tr("Decides"), tr("Other advice"), tr("Articles")};
    table->setRowCount(static_cast<int>(rows.size()));
    table->setColumnCount(static_cast<int>(comparison.results.size()));
    table->setVerticalHeaderLabels(rows);
    for (std::size_t c = 0; c < comparison.results.size(); ++c) {
        const Comparison::Result& result = comparison.results[c];
        const Explanation explanation = Explanation::of(*result.code, questionnaire, result.evaluation, language);
        const int column = static_cast<int>(c);
        table->setHorizontalHeaderItem(column, new QTableWidgetItem(QStringLiteral("%1\n%2").arg(
                                                   result.code->title.in(language), result.code->organisation)));
        const Verdict verdict = explanation.verdict;
        auto* verdictItem =
            new QTableWidgetItem(QStringLiteral("%1 %2").arg(verdictSymbol(verdict), explanation.verdictLabel));
        verdictItem->setData(Qt::UserRole, verdictId(verdict));
        QFont bold = verdictItem->font();
        bold.setBold(true);
        verdictItem->setFont(bold);
        verdictItem->setBackground(VerdictStyle::background(verdict));
        verdictItem->setForeground(VerdictStyle::foreground(verdict));
        table->setItem(0, column, verdictItem);

        auto* decisive = new QTableWidgetItem(adviceLines(explanation, true));
        if (comparison.verdictsDiffer && comparison.strictest == column) {
            decisive->setBackground(VerdictStyle::background(verdict));
            decisive->setForeground(VerdictStyle::foreground(verdict));
            decisive->setToolTip(tr("This advice makes this code the strictest here"));
        }
        table->setItem(1, column, decisive);
        table->setItem(2, column, new QTableWidgetItem(adviceLines(explanation, false)));

        QStringList articles;
        for (const ExplainedArticle& article : explanation.articles) {
            articles << QStringLiteral("%1 %2").arg(article.id, article.title);
        }
        table->setItem(3, column, new QTableWidgetItem(articles.join(u'\n')));
    }
    if (comparison.verdictsDiffer) {
        table->verticalHeaderItem(0)->setText(tr("Verdict ≠"));
        table->verticalHeaderItem(0)->setToolTip(tr("The codes give different verdicts"));
    }
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            table->item(row, column)->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setAccessibleName(tr("The codes side by side"));
}

CompareDialog::~CompareDialog() = default;

// Wrapped text needs the columns' final widths before the rows can take their heights.
void CompareDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    QTimer::singleShot(0, m_ui->comparisonTable, &QTableWidget::resizeRowsToContents);
}

} // namespace codewijzer
