#include "dialogs/ChangesDialog.h"

#include "dialogs/DocumentView.h"
#include "print/PagedDocument.h"
#include "render/ChangeSummary.h"
#include "settings/ProgramLanguage.h"

#include <QTextBrowser>

namespace codewijzer {

ChangesDialog::ChangesDialog(std::shared_ptr<const LoadedCode> earlier, std::shared_ptr<const LoadedCode> current,
                             const Questionnaire& questionnaire, QWidget* parent)
    : QDialog(parent)
    , m_earlier(std::move(earlier))
    , m_current(std::move(current))
    , m_questionnaire(questionnaire)
    , m_diff(diffCodes(*m_earlier, *m_current, questionnaire))
    , m_view(addDocumentView(this, QStringLiteral("changesView"), QStringLiteral("exportChangesButton"),
                             [this] { exportWithDialog(); }))
{
    setObjectName(QStringLiteral("ChangesDialog"));
    setWindowTitle(tr("What has changed"));
    m_view->setHtml(html());
    resize(760, 620);
}

QString ChangesDialog::html() const
{
    return ChangeSummary{m_diff, m_questionnaire, currentLanguage(), QDateTime::currentDateTime()}.html();
}

bool ChangesDialog::exportPdf(const QString& path, QString& error) const
{
    const ChangeSummary summary{m_diff, m_questionnaire, currentLanguage(), QDateTime::currentDateTime()};
    return PagedDocument{summary.html(), ChangeSummary::title(), summary.footer()}.writePdf(path, error);
}

void ChangesDialog::exportWithDialog()
{
    exportPdfWithDialog(this, tr("Export what has changed as PDF"), tr("what-changes.pdf"),
                        tr("The summary was not saved"),
                        [this](const QString& path, QString& error) { return exportPdf(path, error); });
}

} // namespace codewijzer
