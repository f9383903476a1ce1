#pragma once

#include "MainWindow.h"

#include <QMessageBox>

namespace codewijzer {

// The main window's questions and notes, each in its message box.
// Unsaved answers before they would go: Save, Discard or Cancel.
QMessageBox::StandardButton askToKeepUnsavedAnswers(QWidget* parent);
// Answers of a run that did not finish, still on offer: go on with them, a new assessment, or stay.
MainWindow::PendingResumeChoice askAboutEarlierAnswers(QWidget* parent);
// Help › What Codewijzer stores: every place it keeps something, with its path.
void showPrivacyNote(QWidget* parent);
// Help › About Codewijzer.
void showAboutNote(QWidget* parent);

} // namespace codewijzer
