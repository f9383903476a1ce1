#pragma once

#include <QObject>
#include <QString>
#include <functional>

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
    void print();
    void copyText();

signals:
    void status(const QString& message);

private:
    void withReport(const std::function<void(const Report&)>& use) const;
    QString defaultFileName() const;

    AssessmentDocument* const m_document;
    QWidget* const m_window;
};

} // namespace codewijzer
