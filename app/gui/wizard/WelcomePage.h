#pragma once

#include "io/Diagnostic.h"
#include "model/CodeOfConduct.h"

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
    // Loads the chosen code in full (the list only reads summaries, to start fast).
    bool validatePage() override;

    // Loads a school's own code file and makes it the code that applies. On problems, keeps the code
    // that applied and returns false with the problems in `problems`. `remember`: the user chose it,
    // so the next start begins with it too.
    bool useCodeFile(const QString& path, Diagnostics* problems = nullptr, bool remember = true);

    // Starts with this code (a built-in id or a code file's path), chosen by the command line or an
    // administrator: not remembered as the user's choice. A file is loaded in full; on problems (or
    // an unknown id) the code stays as it was and false is returned with them. `locked`: the user
    // cannot choose another.
    bool preselect(const QString& source, bool locked, Diagnostics* problems = nullptr);
    bool isCodeLocked() const { return m_locked; }
    // The code shown as chosen: a built-in id or a file path.
    const QString& selectedCode() const { return m_selected; }

    // Offers the answers a previous run left (an autosave): `description` says when and how many.
    void offerResume(const QString& description);
    void withdrawResume();
    bool isResumeOffered() const;

signals:
    void resumeRequested();
    void discardResumeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseCodeFile();
    void select(const QString& source, bool remember = true);
    void fillCodes();
    void showCodeDetails();
    static void showProblems(QWidget* parent, const QString& path, const Diagnostics& problems);

    const QScopedPointer<Ui::WelcomePage> m_ui;
    Assessment* const m_assessment;
    std::vector<CodeSummary> m_builtin;   // the built-in codes, in the list's order
    std::optional<CodeSummary> m_ownFile; // a school's own file, once chosen
    QString m_ownFilePath;
    QString m_selected; // a built-in id or the path of the own file
    bool m_locked = false;
};

} // namespace codewijzer
