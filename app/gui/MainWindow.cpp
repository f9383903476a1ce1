#include "MainWindow.h"

#include "Assessment.h"
#include "Autosave.h"
#include "dialogs/CompareDialog.h"
#include "io/AtomicWrite.h"
#include "io/DataFile.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/Report.h"
#include "training/TrainingWindow.h"
#include "ui_MainWindow.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/ResultPage.h"
#include "wizard/WelcomePage.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace codewijzer {

namespace {

const QString kAssessmentSuffix = QStringLiteral(".codewijzer");

QString firstProblems(const Diagnostics& problems)
{
    QStringList lines;
    for (std::size_t i = 0; i < problems.size() && i < 5; ++i) {
        lines << problems[i].toString();
    }
    if (problems.size() > 5) {
        lines << MainWindow::tr("(more problems: %1)").arg(problems.size() - 5);
    }
    return lines.join(u'\n');
}

QString withSuffix(QString path, const QString& suffix)
{
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    return path;
}

} // namespace

MainWindow::MainWindow(Assessment* assessment, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_assessment(assessment)
    , m_wizard(new AssessmentWizard(assessment))
    , m_autosave(new Autosave(assessment, this))
{
    m_ui->setupUi(this);
    m_wizard->setWindowFlags(Qt::Widget);
    setCentralWidget(m_wizard); // replaces (and deletes) the form's placeholder
    setAcceptDrops(true);
    resize(1000, 700);

    m_askAboutUnsaved = [this] {
        QMessageBox box(QMessageBox::Question, tr("Keep your answers?"),
                        tr("Your answers have not been saved. Do you want to save them in a file first? If you "
                           "don't, they are deleted."),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Save);
        return static_cast<QMessageBox::StandardButton>(box.exec());
    };

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::open);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportPdfWithDialog);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::print);
    connect(m_ui->actionCopyText, &QAction::triggered, this, &MainWindow::copyText);
    connect(m_ui->actionDeleteAnswers, &QAction::triggered, this, &MainWindow::confirmDeleteMyAnswers);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSwitchLanguage, &QAction::triggered, this, [this] {
        m_wizard->switchLanguage(m_assessment->language() == Language::Dutch ? Language::English : Language::Dutch);
    });
    connect(m_ui->actionTraining, &QAction::triggered, this, &MainWindow::openTraining);
    connect(m_ui->actionCompareCodes, &QAction::triggered, this, &MainWindow::compareCodes);
    connect(m_ui->actionPrivacy, &QAction::triggered, this, &MainWindow::showPrivacy);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    ResultPage* result = m_wizard->resultPage();
    connect(result, &ResultPage::exportPdfRequested, this, &MainWindow::exportPdfWithDialog);
    connect(result, &ResultPage::printRequested, this, &MainWindow::print);
    connect(result, &ResultPage::copyTextRequested, this, &MainWindow::copyText);

    WelcomePage* welcome = m_wizard->welcomePage();
    connect(welcome, &WelcomePage::resumeRequested, this, [this] {
        QString problem;
        if (!resumeAutosave(problem)) {
            QMessageBox::warning(this, tr("The answers cannot be taken up again"), problem);
        }
    });
    connect(welcome, &WelcomePage::discardResumeRequested, this, [this] {
        Autosave::remove();
        m_wizard->welcomePage()->withdrawResume();
        updateActions();
    });

    connect(m_assessment, &Assessment::answersChanged, this, [this] {
        if (!m_loading) {
            m_unsaved = m_assessment->hasAnyAnswer();
            updateTitle();
            updateActions();
        }
    });
    connect(m_wizard, &QWizard::currentIdChanged, this, &MainWindow::updateActions);
    // The wizard is a dialog inside the window: Finish ends the assessment, Cancel closes the window.
    connect(m_wizard, &QWizard::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            m_unsaved = false;
            Autosave::remove();
        }
        if (!close()) {
            m_wizard->show();
        }
    });

    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

TrainingWindow* MainWindow::openTraining()
{
    if (!m_training) {
        m_training = new TrainingWindow(m_assessment, this);
        m_training->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_training, &TrainingWindow::switchLanguageRequested, m_ui->actionSwitchLanguage, &QAction::trigger);
    }
    m_training->show();
    m_training->raise();
    m_training->activateWindow();
    return m_training;
}

CompareDialog* MainWindow::compareCodes()
{
    const CodeOfConduct* code = m_assessment->code();
    if (!code || !m_assessment->hasAnyAnswer()) {
        return nullptr;
    }
    std::vector<CodeOfConduct> codes{*code};
    for (CodeOfConduct& other : CodeOfConduct::otherBuiltins(code->id, m_assessment->questionnaire())) {
        codes.push_back(std::move(other));
    }
    auto* dialog = new CompareDialog(std::move(codes), m_assessment->questionnaire(), m_assessment->given(),
                                     m_assessment->language(), tr("Your answers"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(std::max(900, width()), std::max(560, height() * 4 / 5));
    dialog->open();
    return dialog;
}

bool MainWindow::openFile(const QString& path, QString& problem, QString& notice)
{
    Diagnostics problems;
    const std::optional<QByteArray> bytes = readDataFile(path, problems);
    const std::optional<AnswersFile> file =
        bytes ? AnswersFile::parse(*bytes, path, m_assessment->questionnaire(), problems) : std::nullopt;
    if (!file) {
        problem = firstProblems(problems);
        return false;
    }
    QString source;
    if (file->code.isEmpty()) {
        problem = tr("%1: the file does not say which code it was made under (\"code\")").arg(path);
        return false;
    }
    if (CodeOfConduct::builtinIds().contains(file->code)) {
        source = file->code;
    } else if (m_assessment->code() && m_assessment->code()->id == file->code) {
        source = m_assessment->codeSource();
    } else {
        problem = tr("%1 was made under the code \"%2\", which is not available here. Open that school's own "
                     "code file on the first page, then open this file again.")
                      .arg(path, file->code);
        return false;
    }
    if (!loadAnswers(*file, source, problem)) {
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_unsaved = false;
    const CodeOfConduct& code = *m_assessment->code();
    notice.clear();
    if (!file->fingerprint.isEmpty() && file->fingerprint != code.fingerprint) {
        notice = tr("This assessment was saved under another version of %1 (fingerprint %2; now %3). The rules "
                    "have changed since: check the answers and the result again.")
                     .arg(code.title.in(m_assessment->language()), file->fingerprint, code.fingerprint);
    }
    updateTitle();
    updateActions();
    return true;
}

bool MainWindow::loadAnswers(const AnswersFile& file, const QString& codeSource, QString& problem)
{
    WelcomePage* welcome = m_wizard->welcomePage();
    const bool builtin = CodeOfConduct::builtinIds().contains(codeSource);
    Diagnostics problems;
    std::optional<CodeOfConduct> code;
    if (builtin) {
        code = CodeOfConduct::loadBuiltin(codeSource, m_assessment->questionnaire(), problems);
        if (!code) {
            problem = firstProblems(problems);
            return false;
        }
    }

    m_loading = true;
    m_autosave->setEnabled(false);
    const bool locked = welcome->isCodeLocked();
    bool ok = true;
    if (builtin) {
        m_assessment->setCode(std::move(*code), codeSource);
        welcome->preselect(codeSource, locked);
    } else {
        ok = welcome->preselect(codeSource, locked, &problems); // loads the school's file in full
    }
    if (ok) {
        welcome->withdrawResume();
        m_assessment->setGiven(file.given);
        m_wizard->showAnswers();
    } else {
        problem = firstProblems(problems);
    }
    m_autosave->setEnabled(true);
    m_autosave->update();
    m_loading = false;
    return ok;
}

bool MainWindow::saveTo(const QString& path, QString& error)
{
    const CodeOfConduct* code = m_assessment->code();
    if (!code) {
        error = tr("There is nothing to save yet: choose a code first.");
        return false;
    }
    const AnswersFile file{code->id, code->fingerprint, m_assessment->given()};
    if (!writeFileAtomically(path, file.toJson(m_assessment->questionnaire()), error)) {
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_unsaved = false;
    updateTitle();
    return true;
}

bool MainWindow::withReport(const std::function<void(const Report&)>& use) const
{
    const CodeOfConduct* code = m_assessment->code();
    if (!code) {
        return false;
    }
    const Evaluation evaluation = m_assessment->evaluation();
    use(Report{*code, m_assessment->questionnaire(), evaluation, m_assessment->language(),
               QDateTime::currentDateTime()});
    return true;
}

bool MainWindow::exportPdf(const QString& path, QString& error) const
{
    bool written = false;
    if (!withReport([&](const Report& report) { written = PagedDocument::of(report).writePdf(path, error); })) {
        error = tr("There is no result to export yet.");
    }
    return written;
}

QString MainWindow::reportText() const
{
    QString text;
    withReport([&](const Report& report) { text = report.text(); });
    return text;
}

void MainWindow::deleteMyAnswers()
{
    m_loading = true;
    m_assessment->clear();
    Autosave::remove();
    m_filePath.clear();
    m_unsaved = false;
    m_wizard->restart();
    m_wizard->welcomePage()->withdrawResume();
    m_loading = false;
    updateTitle();
    updateActions();
}

bool MainWindow::resumeAutosave(QString& problem)
{
    std::optional<Autosave::Found> found = Autosave::find(m_assessment->questionnaire());
    if (!found) {
        problem = tr("There are no unfinished answers to take up again.");
        m_wizard->welcomePage()->withdrawResume();
        return false;
    }
    if (!loadAnswers(found->answers, found->codeSource, problem)) {
        return false;
    }
    m_filePath.clear();
    m_unsaved = true;
    updateTitle();
    updateActions();
    return true;
}

void MainWindow::offerResume()
{
    if (Autosave::find(m_assessment->questionnaire())) {
        m_wizard->welcomePage()->offerResume(resumeDescription());
    }
}

QString MainWindow::resumeDescription() const
{
    const std::optional<Autosave::Found> found = Autosave::find(m_assessment->questionnaire());
    if (!found) {
        return {};
    }
    const QLocale locale;
    return tr("Codewijzer was closed on %1, before the assessment was finished. Answers given: %2. Do you want to "
              "go on with them?")
        .arg(locale.toString(found->saved, QStringLiteral("d MMMM yyyy, HH:mm")))
        .arg(found->answerCount);
}

void MainWindow::openInteractively(const QString& path)
{
    if (!settleUnsavedAnswers()) {
        return;
    }
    QString problem;
    QString notice;
    if (!openFile(path, problem, notice)) {
        QMessageBox box(QMessageBox::Warning, tr("This file cannot be opened"),
                        tr("%1 cannot be opened; nothing has changed.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setInformativeText(problem);
        box.exec();
        return;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    if (!notice.isEmpty()) {
        QMessageBox::information(this, tr("The rules have changed"), notice);
    }
}

bool MainWindow::settleUnsavedAnswers()
{
    if (!m_unsaved || !m_assessment->hasAnyAnswer()) {
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

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open an assessment"), QFileInfo(defaultFileName(kAssessmentSuffix)).absolutePath(),
        tr("Codewijzer assessments (*.codewijzer);;Answers files (*.json)"));
    if (!path.isEmpty()) {
        openInteractively(path);
    }
}

bool MainWindow::save()
{
    if (m_filePath.isEmpty() || !m_filePath.endsWith(kAssessmentSuffix)) {
        return saveAs();
    }
    return saveWithFeedback(m_filePath);
}

bool MainWindow::saveAs()
{
    const QString path =
        withSuffix(QFileDialog::getSaveFileName(this, tr("Save the assessment"), defaultFileName(kAssessmentSuffix),
                                                tr("Codewijzer assessments (*.codewijzer)")),
                   kAssessmentSuffix);
    return !path.isEmpty() && saveWithFeedback(path);
}

bool MainWindow::saveWithFeedback(const QString& path)
{
    QString error;
    if (!saveTo(path, error)) {
        QMessageBox::warning(this, tr("The answers were not saved"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::exportPdfWithDialog()
{
    const QString path =
        withSuffix(QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
                                                defaultFileName(QStringLiteral(".pdf")), tr("PDF files (*.pdf)")),
                   QStringLiteral(".pdf"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportPdf(path, error)) {
        QMessageBox::warning(this, tr("The report was not exported"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::print()
{
    withReport([this](const Report& report) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(PagedDocument::pageLayout());
        printer.setDocName(report.title());
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted) {
            PagedDocument::of(report).paint(printer);
        }
    });
}

void MainWindow::copyText()
{
    QGuiApplication::clipboard()->setText(reportText());
    statusBar()->showMessage(tr("The report is on the clipboard."), 5000);
}

void MainWindow::confirmDeleteMyAnswers()
{
    const auto answer = QMessageBox::question(
        this, tr("Delete my answers"),
        tr("Delete every answer you gave, and the recovery file? Files you saved or exported yourself are not "
           "touched."));
    if (answer == QMessageBox::Yes) {
        deleteMyAnswers();
        statusBar()->showMessage(tr("Your answers are deleted."), 5000);
    }
}

void MainWindow::showPrivacy()
{
    QMessageBox box(QMessageBox::Information, tr("What Codewijzer stores"),
                    tr("Codewijzer works offline and sends nothing anywhere."), QMessageBox::Ok, this);
    box.setInformativeText(
        tr("<p><b>Your answers in progress</b> are kept in a recovery file, so that a crash loses none of "
           "them:<br/>%1<br/>It is deleted when you finish, start again, close without saving or choose "
           "Delete my answers.</p>"
           "<p><b>Your choice of code and language</b> are remembered in:<br/>%2</p>"
           "<p><b>Files you save or export</b> (assessments, PDF reports) stay where you put them, until you "
           "delete them. <b>Copy as text</b> puts the report on the clipboard until something else is copied.</p>"
           "<p>Nothing else about you or your pupils is stored.</p>")
            .arg(QDir::toNativeSeparators(Autosave::path()).toHtmlEscaped(),
                 QDir::toNativeSeparators(QSettings().fileName()).toHtmlEscaped()));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Codewijzer"),
                       tr("<p><b>Codewijzer %1</b></p><p>Checks a social-media action against your school's code "
                          "of conduct before you do it: a verdict, the advice that follows and the articles it "
                          "rests on.</p><p>Built-in codes: Dunamare Onderwijsgroep, Gedragscode social media "
                          "(2019); Mondia Scholengroep, Protocol sociale media (2020).</p>")
                           .arg(QStringLiteral(CODEWIJZER_VERSION)));
}

void MainWindow::updateActions()
{
    const bool onResult = m_wizard->currentId() == AssessmentWizard::Page_Result;
    const bool haveAnswers = m_assessment->code() && m_assessment->hasAnyAnswer();
    m_ui->actionExportPdf->setEnabled(onResult);
    m_ui->actionPrint->setEnabled(onResult);
    m_ui->actionCopyText->setEnabled(onResult);
    m_ui->actionSave->setEnabled(haveAnswers);
    m_ui->actionSaveAs->setEnabled(haveAnswers);
    m_ui->actionCompareCodes->setEnabled(haveAnswers);
}

void MainWindow::updateTitle()
{
    if (m_filePath.isEmpty()) {
        setWindowTitle(tr("Codewijzer"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] - Codewijzer").arg(QFileInfo(m_filePath).fileName()));
    setWindowModified(m_unsaved);
}

QString MainWindow::defaultFileName(const QString& suffix) const
{
    if (suffix == kAssessmentSuffix && !m_filePath.isEmpty()) {
        return m_filePath;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString code = m_assessment->code() ? m_assessment->code()->id : QStringLiteral("codewijzer");
    return QDir(folder).filePath(
        QStringLiteral("codewijzer-%1-%2%3").arg(code, QDate::currentDate().toString(Qt::ISODate), suffix));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!settleUnsavedAnswers()) {
        event->ignore();
        return;
    }
    // Saved or deliberately left: the answers in progress are no longer needed.
    Autosave::remove();
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
