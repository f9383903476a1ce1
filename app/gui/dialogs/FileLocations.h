#pragma once

#include <QString>

class QWidget;

namespace codewijzer {

// Where the file dialogs start: the user's Documents folder, or the home folder where there is no
// Documents folder (a fresh account on Linux). Never the folder the program happens to run in.
QString documentsFolder();
// `fileName` in that folder, as a file dialog's suggestion.
QString inDocuments(const QString& fileName);
// Asks where to export a PDF (`suggested`: a path), with ".pdf" added when the name lacks it; empty
// when the user cancels.
QString askPdfPath(QWidget* parent, const QString& title, const QString& suggested);

} // namespace codewijzer
