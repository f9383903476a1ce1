#pragma once

#include "Diagnostic.h"

#include <QScopedPointer>
#include <QWizardPage>

namespace Ui {
class WelcomePage;
}

namespace codewijzer {

class Assessment;

// What the program does, that it keeps nothing, and which code applies (remembered between runs).
class WelcomePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(Assessment* assessment, QWidget* parent = nullptr);
    ~WelcomePage() override;

    bool isComplete() const override;

    // Loads a school's own code file and makes it the code that applies. On problems, keeps the code
    // that applied and returns false with the problems in `problems`.
    bool useCodeFile(const QString& path, Diagnostics* problems = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseCodeFile();
    void useBuiltinCode(int comboIndex);
    void fillCodes();
    void showCodeDetails();

    const QScopedPointer<Ui::WelcomePage> m_ui;
    Assessment* const m_assessment;
};

} // namespace codewijzer
