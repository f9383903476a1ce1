#include "ReportActions.h"

#include "dialogs/FileLocations.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/Report.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "widgets/SafeText.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace codewijzer {

ReportActions::ReportActions(AssessmentDocument* document, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{}

void ReportActions::withReport(const std::function<void(const Report&)>& use) const
{
    const Evaluation evaluation = m_document->evaluation();
    use(Report{*m_document->code(), m_document->questionnaire(), evaluation, currentLanguage(),
               QDateTime::currentDateTime(), m_document->note(), m_document->savedUnder()});
}

bool ReportActions::exportPdf(const QString& path, QString& error) const
{
    bool written = false;
    withReport([&](const Report& report) { written = PagedDocument::of(report).writePdf(path, error); });
    return written;
}

QString ReportActions::reportText() const
{
    QString text;
    withReport([&](const Report& report) { text = report.text(); });
    return text;
}

QString ReportActions::defaultFileName() const
{
    return inDocuments(
        QStringLiteral("codewijzer-%1-%2.pdf").arg(m_document->code()->id, QDate::currentDate().toString(Qt::ISODate)));
}

void ReportActions::exportPdfWithDialog()
{
    const QString path = askPdfPath(m_window, tr("Export the report as PDF"), defaultFileName());
    if (!path.isEmpty()) {
        exportPdfWithFeedback(path);
    }
}

bool ReportActions::exportPdfWithFeedback(const QString& path)
{
    QString error;
    if (!exportPdf(path, error)) {
        safetext::showMessage(m_window, QMessageBox::Warning, tr("The report was not exported"), error);
        return false;
    }
    emit status(tr("Exported %1").arg(QFileInfo(path).fileName()));
    emit exported(path);
    return true;
}

void ReportActions::print()
{
    withReport([this](const Report& report) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(PagedDocument::pageLayout());
        printer.setDocName(report.title());
        QPrintDialog dialog(&printer, m_window);
        if (dialog.exec() == QDialog::Accepted) {
            PagedDocument::of(report).paint(printer);
        }
    });
}

QPrintPreviewDialog* ReportActions::makePreview()
{
    auto* dialog = new QPrintPreviewDialog(m_window);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setWindowTitle(tr("Print preview"));
    QPrinter* printer = dialog->printer();
    printer->setPageLayout(PagedDocument::pageLayout());
    withReport([printer](const Report& report) { printer->setDocName(report.title()); });
    // The report as it stands each time the preview draws (after a change of printer or page too).
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) {
        withReport([target](const Report& report) { PagedDocument::of(report).paint(*target); });
    });
    return dialog;
}

void ReportActions::printPreview()
{
    QPrintPreviewDialog* dialog = makePreview();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(m_window->size() * 9 / 10);
    dialog->open();
}

void ReportActions::copyText()
{
    QGuiApplication::clipboard()->setText(reportText());
    emit status(tr("The report is on the clipboard."));
}

} // namespace codewijzer
