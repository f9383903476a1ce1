#include "dialogs/FileLocations.h"

#include <QDir>
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

} // namespace codewijzer
