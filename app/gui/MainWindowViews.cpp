// The windows that the View and Help menus open beside the assessment: training mode, the codes
// side by side, what has changed, the whole code, the user guide.
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

TrainingWindow* MainWindow::openTraining()
{
    if (!m_training) {
        m_training = new TrainingWindow(m_document, this);
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
    if (!m_document->hasAnyAnswer()) {
        return nullptr;
    }
    std::vector<std::shared_ptr<const LoadedCode>> codes{m_document->loadedCode()};
    for (auto& other : m_document->catalogue().comparedWith(m_document->code()->id)) {
        codes.push_back(std::move(other));
    }
    auto* dialog =
        new CompareDialog(std::move(codes), m_document->questionnaire(), m_document->given(), tr("Your answers"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(std::max(900, width()), std::max(560, height() * 4 / 5));
    dialog->open();
    return dialog;
}

ChangesDialog* MainWindow::showChangesSince(const QString& path, QString& problem)
{
    Diagnostics problems;
    auto earlier = m_document->catalogue().loadVersion(CodeSource::file(path), problems);
    if (!earlier) {
        QStringList lines;
        for (const Diagnostic& d : problems) {
            lines << d.toString();
        }
        problem = lines.join(u'\n');
        return nullptr;
    }
    auto* dialog = new ChangesDialog(std::move(earlier), m_document->loadedCode(), m_document->questionnaire(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CodeViewDialog* MainWindow::openCodeView(const QString& articleId)
{
    if (!m_document->loadedCode()) {
        return nullptr;
    }
    auto* dialog = new CodeViewDialog(m_document->loadedCode(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!articleId.isEmpty()) {
        dialog->showArticle(articleId);
    }
    return dialog;
}

GuideDialog* MainWindow::openGuide()
{
    if (!m_guide) {
        m_guide = new GuideDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    return m_guide;
}

} // namespace codewijzer
