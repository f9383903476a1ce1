#include "training/QuizSummaryDialog.h"

#include "dialogs/FileLocations.h"
#include "print/PagedDocument.h"
#include "render/QuizSummary.h"
#include "session/TrainingSession.h"
#include "settings/ProgramLanguage.h"
#include "widgets/SafeText.h"
#include "widgets/SealedBrowser.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace codewijzer {

QuizSummaryDialog::QuizSummaryDialog(const TrainingSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_view(new SealedBrowser(this))
{
    setObjectName(QStringLiteral("QuizSummaryDialog"));
    setWindowTitle(tr("Quiz results"));
    auto* layout = new QVBoxLayout(this);
    m_view->setObjectName(QStringLiteral("summaryView"));
    m_view->setOpenLinks(false);
    m_view->setHtml(html());
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export as PDF…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportSummaryButton"));
    connect(exportButton, &QPushButton::clicked, this, &QuizSummaryDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

QString QuizSummaryDialog::html() const
{
    const std::vector<QuizRecord> records = m_session.quizSummary();
    return QuizSummary{*m_session.code(), m_session.questionnaire(), m_session.cases(),
                       records,           currentLanguage(),         QDateTime::currentDateTime()}
        .html();
}

bool QuizSummaryDialog::exportPdf(const QString& path, QString& error) const
{
    const std::vector<QuizRecord> records = m_session.quizSummary();
    const QuizSummary summary{*m_session.code(), m_session.questionnaire(), m_session.cases(),
                              records,           currentLanguage(),         QDateTime::currentDateTime()};
    return PagedDocument{summary.html(), summary.title(), summary.footer()}.writePdf(path, error);
}

void QuizSummaryDialog::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the quiz results as PDF"),
                                                      inDocuments(tr("quiz-results.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportPdf(path, error)) {
        safetext::showMessage(this, QMessageBox::Warning, tr("The results were not saved"), error);
    }
}

} // namespace codewijzer
