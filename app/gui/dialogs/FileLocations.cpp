#include "dialogs/FileLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace codewijzer {

QString documentsFolder()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir()) {
        return documents;
    }
    return QDir::homePath();
}

QString inDocuments(const QString& fileName)
{
    return QDir(documentsFolder()).filePath(fileName);
}

QString askPdfPath(QWidget* parent, const QString& title, const QString& suggested)
{
    QString path = QFileDialog::getSaveFileName(parent, title, suggested,
                                                QCoreApplication::translate("FileLocations", "PDF files (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    return path;
}

} // namespace codewijzer
