#include "training/QuizSummaryDialog.h"

#include "dialogs/DocumentView.h"
#include "print/PagedDocument.h"
#include "render/QuizSummary.h"
#include "session/TrainingSession.h"
#include "settings/ProgramLanguage.h"

#include <QTextBrowser>

namespace codewijzer {

QuizSummaryDialog::QuizSummaryDialog(const TrainingSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_view(addDocumentView(this, QStringLiteral("summaryView"), QStringLiteral("exportSummaryButton"),
                             [this] { exportWithDialog(); }))
{
    setObjectName(QStringLiteral("QuizSummaryDialog"));
    setWindowTitle(tr("Quiz results"));
    m_view->setHtml(html());
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
    exportPdfWithDialog(this, tr("Export the quiz results as PDF"), tr("quiz-results.pdf"),
                        tr("The results were not saved"),
                        [this](const QString& path, QString& error) { return exportPdf(path, error); });
}

} // namespace codewijzer
