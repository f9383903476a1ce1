#include "training/HandoutActions.h"

#include "dialogs/FileLocations.h"
#include "print/PagedDocument.h"
#include "session/TrainingSession.h"
#include "settings/ProgramLanguage.h"
#include "training/QuizSummaryDialog.h"
#include "widgets/SafeText.h"

#include <QDateTime>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace codewijzer {

HandoutActions::HandoutActions(const TrainingSession& session, QPushButton* button, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_menu(new QMenu(button))
    , m_exercise(m_menu->addAction(QString()))
    , m_key(m_menu->addAction(QString()))
{
    m_exercise->setObjectName(QStringLiteral("actionExerciseSheet"));
    m_key->setObjectName(QStringLiteral("actionAnswerKey"));
    button->setMenu(m_menu);
    connect(m_exercise, &QAction::triggered, this, [this] { exportWithDialog(Handout::Kind::Exercise); });
    connect(m_key, &QAction::triggered, this, [this] { exportWithDialog(Handout::Kind::Key); });
}

void HandoutActions::retranslate()
{
    m_exercise->setText(tr("&Exercise sheet (PDF)…"));
    m_key->setText(tr("&Answer key (PDF)…"));
}

bool HandoutActions::exportHandout(const QString& path, Handout::Kind kind, QString& error) const
{
    const std::shared_ptr<const LoadedCode>& code = m_session.loadedCode();
    if (!code || m_session.cases().empty()) {
        error = tr("This code has no training cases");
        return false;
    }
    std::vector<const TrainingCase*> cases;
    for (const TrainingCase& item : m_session.cases()) {
        cases.push_back(&item);
    }
    Handout handout{code->code, m_session.questionnaire(), cases, {}, currentLanguage(), QDateTime::currentDateTime()};
    handout.kind = kind;
    for (const auto& other : m_session.otherCodes()) {
        handout.otherCodes.push_back(&other->code);
    }
    return PagedDocument::of(handout).writePdf(path, error);
}

void HandoutActions::exportWithDialog(Handout::Kind kind)
{
    const QString id = m_session.code() ? m_session.code()->id : QString();
    const QString name =
        kind == Handout::Kind::Exercise ? tr("exercise-sheet-%1.pdf").arg(id) : tr("answer-key-%1.pdf").arg(id);
    const QString path = QFileDialog::getSaveFileName(
        m_window,
        kind == Handout::Kind::Exercise ? tr("Save the exercise sheet as PDF") : tr("Save the answer key as PDF"),
        inDocuments(name), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportHandout(path, kind, error)) {
        safetext::showMessage(m_window, QMessageBox::Warning, tr("The handout was not saved"), error);
    }
}

QuizSummaryDialog* HandoutActions::showQuizSummary()
{
    if (!m_session.code()) {
        return nullptr;
    }
    auto* dialog = new QuizSummaryDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace codewijzer
