#pragma once

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QScopedPointer>
#include <functional>

namespace Ui {
class MainWindow;
}

namespace codewijzer {

class Assessment;
class Autosave;
class AssessmentWizard;
class CompareDialog;
class TrainingWindow;
struct AnswersFile;
struct Report;

// The program's window: the wizard, and a File menu to open and save assessments (.codewijzer),
// export, print or copy the report, and delete the answers. Keeps the answers in progress in an
// autosave file and offers to resume them after a crash.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Assessment* assessment, QWidget* parent = nullptr);
    ~MainWindow() override;

    AssessmentWizard* wizard() const { return m_wizard; }
    // Opens (or raises) the training window, View › Training mode.
    TrainingWindow* openTraining();
    // View › Compare the codes: the answers as they stand under every code; nullptr before an answer.
    CompareDialog* compareCodes();

    // What the menu's actions do, without their dialogs (the tests call these). Each returns false
    // with a one-line reason, changing nothing, when it cannot be done.
    // Opens a saved assessment; `notice` tells when the code's rules have changed since it was saved.
    bool openFile(const QString& path, QString& problem, QString& notice);
    bool saveTo(const QString& path, QString& error);
    bool exportPdf(const QString& path, QString& error) const;
    // The report as plain text (what "Copy as text" puts on the clipboard); empty before a result.
    QString reportText() const;
    // Forgets every answer, removes the autosave and goes back to the first page. Saved files stay.
    void deleteMyAnswers();
    // Takes up the answers a previous run left (the autosave) and shows where they stopped.
    bool resumeAutosave(QString& problem);
    // At start: offers on the first page to resume the answers of a run that did not finish.
    void offerResume();

    // Opens a file the way the File menu does: problems and notices are shown in a message box.
    void openInteractively(const QString& path);

    // What to do with unsaved answers before closing or opening another file (Save, Discard or
    // Cancel). The default asks in a message box.
    using UnsavedAnswersQuestion = std::function<QMessageBox::StandardButton()>;
    void setUnsavedAnswersQuestion(UnsavedAnswersQuestion question) { m_askAboutUnsaved = std::move(question); }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool loadAnswers(const AnswersFile& file, const QString& codeSource, QString& problem);
    // Calls `use` with the report of the answers as they stand; false when no code is chosen yet.
    bool withReport(const std::function<void(const Report&)>& use) const;
    // Asks what to do with unsaved answers; false: the user cancelled.
    bool settleUnsavedAnswers();
    void open();
    bool save();
    bool saveAs();
    // Saves, then says so in the status bar, or in a message box why not.
    bool saveWithFeedback(const QString& path);
    void exportPdfWithDialog();
    void print();
    void copyText();
    void confirmDeleteMyAnswers();
    void showPrivacy();
    void showAbout();
    void updateActions();
    void updateTitle();
    void retranslate();
    QString resumeDescription() const;
    QString defaultFileName(const QString& suffix) const;

    const QScopedPointer<Ui::MainWindow> m_ui;
    Assessment* const m_assessment;
    AssessmentWizard* const m_wizard;
    Autosave* const m_autosave;
    QPointer<TrainingWindow> m_training;
    QString m_filePath;     // the .codewijzer file the answers were opened from or saved to
    bool m_unsaved = false; // answers changed since they were opened or saved
    bool m_loading = false;
    UnsavedAnswersQuestion m_askAboutUnsaved;
};

} // namespace codewijzer
