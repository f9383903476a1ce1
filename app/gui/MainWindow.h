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

class AssessmentDocument;
class AssessmentWizard;
class ChangesDialog;
class CodeReloadBar;
class CodeViewDialog;
class CompareDialog;
class GuideDialog;
class ReportActions;
class TrainingWindow;

// The program's window: the wizard over an assessment document, and the menus to open and save it
// (.codewijzer), export, print or copy its report, and delete the answers. It shows the document;
// the document holds the answers, the file and the recovery file.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AssessmentDocument* document, QWidget* parent = nullptr);
    ~MainWindow() override;

    AssessmentDocument* document() const { return m_document; }
    AssessmentWizard* wizard() const { return m_wizard; }
    ReportActions* reports() const { return m_reports; }
    // Live reload of the school's code file in use, and its notice.
    CodeReloadBar* codeReload() const { return m_codeReload; }
    // Opens (or raises) the training window, View › Training mode.
    TrainingWindow* openTraining();
    // Help › User guide (F1).
    GuideDialog* openGuide();
    // View › Compare the codes: the answers as they stand under every code; nullptr before an answer.
    CompareDialog* compareCodes();
    // View › What has changed: the code in use compared with an earlier version of it in `path`;
    // nullptr with the file's problems when it cannot be read as a code.
    ChangesDialog* showChangesSince(const QString& path, QString& problem);
    // View › The code of conduct: the whole code to read, at `articleId` when given; nullptr without a code.
    CodeViewDialog* openCodeView(const QString& articleId = {});

    // What the menu's actions do, without their dialogs (the tests call these). Each returns false
    // with a one-line reason, changing nothing, when it cannot be done.
    // Opens a saved assessment; `notice` tells when the code's rules have changed since it was saved.
    bool openFile(const QString& path, QString& problem, QString& notice);
    bool saveTo(const QString& path, QString& error);
    // Forgets every answer, removes the recovery files and goes back to the first page. Saved files stay.
    void deleteMyAnswers();
    // Takes up the answers a previous run left (a recovery file) and shows where they stopped.
    bool resumeLeftover(QString& problem);
    // At start: offers on the first page to resume the answers of a run that did not finish.
    void offerResume();

    // Opens a file the way the File menu does: problems and notices are shown in a message box.
    void openInteractively(const QString& path);

    // What to do with unsaved answers before closing or opening another file (Save, Discard or
    // Cancel). The default asks in a message box.
    using UnsavedAnswersQuestion = std::function<QMessageBox::StandardButton()>;
    void setUnsavedAnswersQuestion(UnsavedAnswersQuestion question) { m_askAboutUnsaved = std::move(question); }

    // What to do, on Next from the first page, with the answers of a previous run still on offer:
    // go on with them, let them go for a new check, or stay. The default asks in a message box.
    enum class PendingResumeChoice { Resume, NewCheck, Stay };
    using PendingResumeQuestion = std::function<PendingResumeChoice()>;
    void setPendingResumeQuestion(PendingResumeQuestion question) { m_askAboutPendingResume = std::move(question); }

    // The roll-out's choice to show, on the result, what the other built-in codes make of the answers.
    void setShowOtherCodes(bool show);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fitToScreen();
    // Asks what to do with unsaved answers; false: the user cancelled.
    bool settleUnsavedAnswers();
    // Asks about answers of a previous run still on offer; true: the wizard goes on to a new check.
    bool settlePendingResume();
    void open();
    // Remembers a saved or opened file for the welcome page's list.
    void rememberRecent(const QString& path);
    // A file from that list: asks about unsaved answers first; a file that is gone leaves the list.
    void openRecent(const QString& path);
    bool save();
    bool saveAs();
    // Saves, then says so in the status bar, or in a message box why not.
    bool saveWithFeedback(const QString& path);
    void confirmDeleteMyAnswers();
    void updateActions();
    void updateTitle();
    void retranslate();
    QString resumeDescription() const;

    const QScopedPointer<Ui::MainWindow> m_ui;
    AssessmentDocument* const m_document;
    AssessmentWizard* const m_wizard;
    ReportActions* const m_reports;
    CodeReloadBar* const m_codeReload;
    QPointer<TrainingWindow> m_training;
    QPointer<GuideDialog> m_guide;
    UnsavedAnswersQuestion m_askAboutUnsaved;
    PendingResumeQuestion m_askAboutPendingResume;
};

} // namespace codewijzer
