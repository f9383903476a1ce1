#pragma once

#include <QMessageBox>
#include <QString>

class QLabel;
class QListWidgetItem;
class QTextBrowser;
class QWidget;

// Texts from data files (a school's code file, a saved assessment, a problem found in one) are
// shown as text, never as markup: rich text could make a label load a local file or a network
// share (<img src="file://…">). Qt takes any text that looks like HTML as HTML, in labels, tool
// tips and message boxes alike; these put data there safely.
namespace codewijzer::safetext {

// Rich text that shows exactly `plain` (escaped, and marked as rich text so that it is not shown as
// plain "&lt;").
QString asRichText(const QString& plain);

// A label that shows data: plain text only.
void setPlain(QLabel* label, const QString& text);
// A new such label, wrapped and selectable, with its object name (the tests find it by name).
QLabel* plainLabel(const QString& text, const QString& name, QWidget* parent);
void setToolTip(QWidget* widget, const QString& plain);
void setToolTip(QListWidgetItem* item, const QString& plain);

// A browser for documents that hold data (a code's titles and texts): it loads nothing they name
// and follows no link.
QTextBrowser* sealedBrowser(QWidget* parent);

// A message box whose text and details may hold data: both are plain text.
void showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                 const QString& details = {});

} // namespace codewijzer::safetext
