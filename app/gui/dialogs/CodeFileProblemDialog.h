#pragma once

#include "io/Diagnostic.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class CodeFileProblemDialog;
}

namespace codewijzer {

// Shown at start when the code that should apply (a school's own file, set by an administrator or
// remembered) cannot be used: the loader's diagnostics, and a built-in code to go on with instead.
// The program never starts into a broken state: the choice is a built-in code, or quitting.
class CodeFileProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFileProblemDialog)

public:
    CodeFileProblemDialog(const QString& source, const Diagnostics& problems, QWidget* parent = nullptr);
    ~CodeFileProblemDialog() override;

    // The built-in code chosen (meaningful once accepted).
    QString chosenCode() const;
    QString problemsText() const;

private:
    const QScopedPointer<Ui::CodeFileProblemDialog> m_ui;
};

} // namespace codewijzer
