#pragma once

#include <QString>
#include <functional>

class QDialog;
class QTextBrowser;
class QWidget;

namespace codewijzer {

// The body of a dialog that shows one of the program's documents (a summary): the document in a
// browser that loads nothing it names, and Close and "Export as PDF…" buttons; `onExport` runs on
// the latter. Returns the browser, named `viewName`; the button is named `exportButtonName`.
QTextBrowser* addDocumentView(QDialog* dialog, const QString& viewName, const QString& exportButtonName,
                              const std::function<void()>& onExport);

// Asks where to export a PDF (in Documents, as `fileName`), writes it with `write` and says so in a
// message (`failed` its title) when that fails.
void exportPdfWithDialog(QWidget* parent, const QString& title, const QString& fileName, const QString& failed,
                         const std::function<bool(const QString& path, QString& error)>& write);

} // namespace codewijzer
