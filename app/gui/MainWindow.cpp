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
#include "widgets/CodeReloadBar.h"
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
#include <QVBoxLayout>

namespace codewijzer {

MainWindow::MainWindow(AssessmentDocument* document, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_document(document)
    , m_wizard(new AssessmentWizard(document))
    , m_reports(new ReportActions(document, this))
    , m_codeReload(new CodeReloadBar(document))
{
    m_ui->setupUi(this);
    m_wizard->setWindowFlags(Qt::Widget);
    // The live-reload notice above the wizard; hidden until the school's code file changes on disk.
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_codeReload);
    column->addWidget(m_wizard, 1);
    setCentralWidget(content); // replaces (and deletes) the form's placeholder
    connect(m_codeReload, &CodeReloadBar::status, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    setAcceptDrops(true);
    fitToScreen();

    m_askAboutUnsaved = [this] {
        return askToKeepUnsavedAnswers(this);
    };
    m_askAboutPendingResume = [this] {
        return askAboutEarlierAnswers(this);
    };

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::open);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->actionExportPdf, &QAction::triggered, m_reports, &ReportActions::exportPdfWithDialog);
    connect(m_ui->actionPrint, &QAction::triggered, m_reports, &ReportActions::print);
    connect(m_ui->actionPrintPreview, &QAction::triggered, m_reports, &ReportActions::printPreview);
    connect(m_ui->actionCopyText, &QAction::triggered, m_reports, &ReportActions::copyText);
    connect(m_ui->actionDeleteAnswers, &QAction::triggered, this, &MainWindow::confirmDeleteMyAnswers);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSwitchLanguage, &QAction::triggered, this, [] { settings::switchLanguage(); });
    connect(m_ui->actionTraining, &QAction::triggered, this, &MainWindow::openTraining);
    connect(m_ui->actionCompareCodes, &QAction::triggered, this, &MainWindow::compareCodes);
    connect(m_ui->actionWhatChanged, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with an earlier version of the code"),
                                                          inDocuments({}), tr("Code files (*.json)"));
        QString problem;
        if (!path.isEmpty() && !showChangesSince(path, problem)) {
            safetext::showMessage(this, QMessageBox::Warning, tr("This file cannot be compared"), problem);
        }
    });
    connect(m_ui->actionCodeView, &QAction::triggered, this, [this] { openCodeView(); });
    connect(m_ui->actionGuide, &QAction::triggered, this, &MainWindow::openGuide);
    connect(m_ui->actionPrivacy, &QAction::triggered, this, [this] { showPrivacyNote(this); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { showAboutNote(this); });
    connect(m_reports, &ReportActions::status, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });

    ResultPage* result = m_wizard->resultPage();
    connect(result, &ResultPage::exportPdfRequested, m_reports, &ReportActions::exportPdfWithDialog);
    connect(result, &ResultPage::printRequested, m_reports, &ReportActions::print);
    connect(result, &ResultPage::copyTextRequested, m_reports, &ReportActions::copyText);
    connect(result, &ResultPage::articleInCodeRequested, this, &MainWindow::openCodeView);

    WelcomePage* welcome = m_wizard->welcomePage();
    RecentAssessmentsBox* recent = welcome->recentAssessments();
    recent->setPaths(settings::recentAssessments());
    connect(recent, &RecentAssessmentsBox::openRequested, this, &MainWindow::openRecent);
    connect(recent, &RecentAssessmentsBox::clearRequested, this, [recent] {
        settings::forgetRecentAssessments();
        recent->setPaths({});
    });
    connect(welcome, &WelcomePage::resumeRequested, this, [this] {
        QString problem;
        if (!resumeLeftover(problem)) {
            safetext::showMessage(this, QMessageBox::Warning, tr("The answers cannot be taken up again"), problem);
        }
    });
    connect(welcome, &WelcomePage::discardResumeRequested, this, [this] {
        if (const auto leftover = m_document->findLeftover()) {
            AssessmentDocument::declineLeftover(*leftover);
        }
        m_wizard->welcomePage()->withdrawResume();
        updateActions();
    });

    connect(m_document, &AssessmentDocument::fileStateChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_document, &AssessmentDocument::recoveryFailed, this, [this](const QString& reason) {
        safetext::showMessage(this, QMessageBox::Warning, tr("Your answers cannot be kept for after a crash"),
                              tr("Codewijzer cannot write its recovery file, so a crash would lose your answers. "
                                 "Save them in a file of your own to keep them.\n\n%1")
                                  .arg(reason));
    });
    connect(m_wizard, &QWizard::currentIdChanged, this, &MainWindow::updateActions);
    // A new check and going on past a pending recovery never let answers go without asking.
    m_wizard->setSettleUnsaved([this] { return settleUnsavedAnswers(); });
    welcome->setPendingResumeQuestion([this] { return settlePendingResume(); });
    connect(result, &ResultPage::saveRequested, this, &MainWindow::save);
    // Made now, so that a message in it never moves what is above it.
    statusBar()->setSizeGripEnabled(false);
    auto* exported = new ExportedFileBar(this);
    statusBar()->addPermanentWidget(exported);
    connect(m_reports, &ReportActions::exported, exported, &ExportedFileBar::showFor);
    // The exported file belongs to the result it was made from.
    connect(m_wizard, &QWizard::currentIdChanged, exported, [exported](int id) {
        if (id != AssessmentWizard::Page_Result) {
            exported->hide();
        }
    });
    setStyleSheet(appStyleSheet());

    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::fitToScreen()
{
    // Three quarters of the screen, within what the pages need and what still reads as a window;
    // never larger than the room the screen leaves (a 1366x768 laptop with its taskbar).
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    const QSize wanted = (room.size() * 3 / 4).expandedTo(QSize(1000, 700)).boundedTo(QSize(1440, 960));
    const int frame = 40; // the window manager's title bar and borders
    resize(wanted.boundedTo(room.size() - QSize(frame / 2, frame)));
}

void MainWindow::deleteMyAnswers()
{
    m_document->forget();
    // Qt's own file dialog remembers the folders it showed (QtProject.conf): those may name a pupil.
    QSettings(QSettings::UserScope, QStringLiteral("QtProject")).remove(QStringLiteral("FileDialog"));
    settings::forgetRecentAssessments();
    m_wizard->welcomePage()->recentAssessments()->setPaths({});
    m_wizard->restart();
    m_wizard->welcomePage()->withdrawResume();
}

bool MainWindow::resumeLeftover(QString& problem)
{
    const std::optional<Recovery::Leftover> leftover = m_document->findLeftover();
    if (!leftover) {
        problem = tr("There are no unfinished answers to take up again.");
        m_wizard->welcomePage()->withdrawResume();
        return false;
    }
    if (!m_document->resume(*leftover, problem)) {
        return false;
    }
    m_wizard->welcomePage()->withdrawResume();
    m_wizard->showAnswers();
    return true;
}

void MainWindow::offerResume()
{
    const QString description = resumeDescription();
    if (!description.isEmpty()) {
        m_wizard->welcomePage()->offerResume(description);
    }
}

QString MainWindow::resumeDescription() const
{
    const std::optional<Recovery::Leftover> leftover = m_document->findLeftover();
    if (!leftover) {
        return {};
    }
    const QLocale locale;
    return tr("Codewijzer was closed on %1, before the assessment was finished. Answers given: %2. Do you want to "
              "go on with them?")
        .arg(locale.toString(leftover->saved, QStringLiteral("d MMMM yyyy, HH:mm")))
        .arg(leftover->answerCount);
}

bool MainWindow::settlePendingResume()
{
    switch (m_askAboutPendingResume()) {
    case PendingResumeChoice::Resume:
        // Not from inside the wizard's own step to the next page: once that has returned.
        QTimer::singleShot(0, this, [this] {
            QString problem;
            if (!resumeLeftover(problem)) {
                safetext::showMessage(this, QMessageBox::Warning, tr("The answers cannot be taken up again"), problem);
            }
        });
        return false;
    case PendingResumeChoice::NewCheck:
        if (const auto leftover = m_document->findLeftover()) {
            AssessmentDocument::declineLeftover(*leftover);
        }
        m_wizard->welcomePage()->withdrawResume();
        return true;
    case PendingResumeChoice::Stay:
        break;
    }
    return false;
}

void MainWindow::setShowOtherCodes(bool show)
{
    m_wizard->resultPage()->setShowOtherCodes(show);
}

bool MainWindow::settleUnsavedAnswers()
{
    if (!m_document->isModified()) {
        return true;
    }
    switch (m_askAboutUnsaved()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::confirmDeleteMyAnswers()
{
    const auto answer = QMessageBox::question(
        this, tr("Delete my answers"),
        tr("Delete every answer you gave, the recovery file and the list of assessments opened last? Files you "
           "saved or exported yourself are not touched."));
    if (answer == QMessageBox::Yes) {
        deleteMyAnswers();
        statusBar()->showMessage(tr("Your answers are deleted."), 5000);
    }
}

void MainWindow::updateActions()
{
    const bool onResult = m_wizard->currentId() == AssessmentWizard::Page_Result;
    const bool haveAnswers = m_document->hasAnyAnswer();
    m_ui->actionExportPdf->setEnabled(onResult);
    m_ui->actionPrint->setEnabled(onResult);
    m_ui->actionPrintPreview->setEnabled(onResult);
    m_ui->actionCopyText->setEnabled(onResult);
    m_ui->actionSave->setEnabled(haveAnswers);
    m_ui->actionSaveAs->setEnabled(haveAnswers);
    m_ui->actionCompareCodes->setEnabled(haveAnswers && m_document->code() &&
                                         !m_document->catalogue().comparedIds(m_document->code()->id).isEmpty());
    m_ui->actionCodeView->setEnabled(m_document->loadedCode() != nullptr);
}

void MainWindow::updateTitle()
{
    if (m_document->filePath().isEmpty()) {
        setWindowTitle(tr("Codewijzer"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] - Codewijzer").arg(QFileInfo(m_document->filePath()).fileName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!settleUnsavedAnswers()) {
        event->ignore();
        return;
    }
    // Saved or deliberately left: the answers in progress are no longer needed.
    m_document->close();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openInteractively(urls.first().toLocalFile());
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    updateTitle();
    if (m_wizard->welcomePage()->isResumeOffered()) {
        m_wizard->welcomePage()->offerResume(resumeDescription());
    }
}

} // namespace codewijzer
