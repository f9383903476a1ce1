#include "dialogs/DocumentView.h"

#include "dialogs/FileLocations.h"
#include "widgets/SafeText.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentView)
};

} // namespace

QTextBrowser* addDocumentView(QDialog* dialog, const QString& viewName, const QString& exportButtonName,
                              const std::function<void()>& onExport)
{
    auto* layout = new QVBoxLayout(dialog);
    QTextBrowser* view = safetext::sealedBrowser(dialog);
    view->setObjectName(viewName);
    layout->addWidget(view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* exportButton = buttons->addButton(Text::tr("&Export as PDF…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(exportButtonName);
    QObject::connect(exportButton, &QPushButton::clicked, dialog, onExport);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return view;
}

void exportPdfWithDialog(QWidget* parent, const QString& title, const QString& fileName, const QString& failed,
                         const std::function<bool(const QString& path, QString& error)>& write)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, inDocuments(fileName), Text::tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!write(path, error)) {
        safetext::showMessage(parent, QMessageBox::Warning, failed, error);
    }
}

} // namespace codewijzer
