// Opening and saving assessments, from the File menu, a dropped file or the list of recent ones.
#include "MainWindow.h"

#include "ReportActions.h"
#include "catalogue/CodeCatalogue.h"
#include "dialogs/ChangesDialog.h"
#include "dialogs/CodeViewDialog.h"
#include "dialogs/CompareDialog.h"
#include "dialogs/FileLocations.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/WindowMessages.h"
#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "settings/Settings.h"
#include "training/TrainingWindow.h"
#include "ui_MainWindow.h"
#include "widgets/AppStyle.h"
#include "widgets/ExportedFileBar.h"
#include "widgets/RecentAssessmentsBox.h"
#include "widgets/SafeText.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/ResultPage.h"
#include "wizard/WelcomePage.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace codewijzer {

namespace {

const QString kAssessmentSuffix = QStringLiteral(".codewijzer");

} // namespace

bool MainWindow::openFile(const QString& path, QString& problem, QString& notice)
{
    if (!m_document->open(path, problem, notice)) {
        return false;
    }
    rememberRecent(path);
    m_wizard->welcomePage()->withdrawResume();
    m_wizard->showAnswers();
    return true;
}

bool MainWindow::saveTo(const QString& path, QString& error)
{
    if (!m_document->save(path, error)) {
        return false;
    }
    rememberRecent(path);
    return true;
}

void MainWindow::rememberRecent(const QString& path)
{
    settings::rememberAssessment(QFileInfo(path).absoluteFilePath());
    m_wizard->welcomePage()->recentAssessments()->setPaths(settings::recentAssessments());
}

void MainWindow::openRecent(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        settings::forgetAssessment(path);
        m_wizard->welcomePage()->recentAssessments()->setPaths(settings::recentAssessments());
        safetext::showMessage(
            this, QMessageBox::Warning, tr("The assessment cannot be opened"),
            tr("%1 is no longer there; it is taken off the list.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openInteractively(path);
}

void MainWindow::openInteractively(const QString& path)
{
    if (!settleUnsavedAnswers()) {
        return;
    }
    QString problem;
    QString notice;
    if (!openFile(path, problem, notice)) {
        safetext::showMessage(this, QMessageBox::Warning, tr("This file cannot be opened"),
                              tr("%1 cannot be opened; nothing has changed.").arg(QFileInfo(path).fileName()) +
                                  QStringLiteral("\n\n") + problem);
        return;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    if (!notice.isEmpty()) {
        safetext::showMessage(this, QMessageBox::Information, tr("The rules have changed"), notice);
    }
}

void MainWindow::open()
{
    const QString folder =
        m_document->filePath().isEmpty() ? documentsFolder() : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open an assessment"), folder, tr("Codewijzer assessments (*.codewijzer);;Answers files (*.json)"));
    if (!path.isEmpty()) {
        openInteractively(path);
    }
}

bool MainWindow::save()
{
    const QString& path = m_document->filePath();
    if (path.isEmpty() || !path.endsWith(kAssessmentSuffix)) {
        return saveAs();
    }
    return saveWithFeedback(path);
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        suggested = inDocuments(
            QStringLiteral("codewijzer-%1-%2%3")
                .arg(m_document->code()->id, QDate::currentDate().toString(Qt::ISODate), kAssessmentSuffix));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save the assessment"), suggested,
                                                tr("Codewijzer assessments (*.codewijzer)"));
    if (path.isEmpty()) {
        return false;
    }
    if (!path.endsWith(kAssessmentSuffix, Qt::CaseInsensitive)) {
        path += kAssessmentSuffix;
    }
    return saveWithFeedback(path);
}

bool MainWindow::saveWithFeedback(const QString& path)
{
    QString error;
    if (!saveTo(path, error)) {
        safetext::showMessage(this, QMessageBox::Warning, tr("The answers were not saved"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

} // namespace codewijzer
