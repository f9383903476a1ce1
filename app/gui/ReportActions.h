#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QPrintPreviewDialog;
class QWidget;

namespace codewijzer {

class AssessmentDocument;
struct Report;

// The report of the assessment as it stands: exported as PDF, printed, or copied as text. The File
// menu and the result page's buttons both use it.
class ReportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportActions)

public:
    ReportActions(AssessmentDocument* document, QWidget* window);

    // Without dialogs (the tests call these); false with a one-line reason when it cannot be done.
    bool exportPdf(const QString& path, QString& error) const;
    // The report as plain text (what "Copy as text" puts on the clipboard).
    QString reportText() const;

    // With their dialogs; what happened goes to `status`.
    void exportPdfWithDialog();
    // Exports to `path`, then says so (`status`, `exported`), or in a message box why not.
    bool exportPdfWithFeedback(const QString& path);
    void print();
    void printPreview();
    void copyText();
    // The print preview, not yet shown (printPreview() runs it; the tests look into it).
    QPrintPreviewDialog* makePreview();

signals:
    void status(const QString& message);
    // A PDF was written there (the window then offers to open it or its folder).
    void exported(const QString& path);

private:
    void withReport(const std::function<void(const Report&)>& use) const;
    QString defaultFileName() const;

    AssessmentDocument* const m_document;
    QWidget* const m_window;
};

} // namespace codewijzer
