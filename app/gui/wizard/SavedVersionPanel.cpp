#include "wizard/SavedVersionPanel.h"

#include "model/CodeOfConduct.h"
#include "render/VersionNotice.h"
#include "rules/VersionEffect.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "widgets/SafeText.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace codewijzer {

SavedVersionPanel* SavedVersionPanel::make(AssessmentDocument* document, QWidget* parent)
{
    if (!document->savedUnderAnotherVersion()) {
        return nullptr;
    }
    const CodeOfConduct& current = *document->code();
    if (const std::shared_ptr<const LoadedCode>& saved = document->savedVersion()) {
        const VersionEffect effect = versionEffect(saved->code, current, document->questionnaire(), document->given());
        return new SavedVersionPanel(
            document, VersionNotice::of(effect, saved->code, current, document->questionnaire(), currentLanguage()),
            parent);
    }
    return new SavedVersionPanel(document, VersionNotice::withoutSaved(document->savedUnder(), current), parent);
}

SavedVersionPanel::SavedVersionPanel(AssessmentDocument* document, const VersionNotice& notice, QWidget* parent)
    : QFrame(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("savedVersionPanel"));
    auto* layout = new QVBoxLayout(this);
    QLabel* heading = safetext::plainLabel(notice.heading, QStringLiteral("savedVersionHeading"), this);
    heading->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(heading);
    if (!notice.then.isEmpty()) {
        layout->addWidget(safetext::plainLabel(notice.then, QStringLiteral("savedVersionThen"), this));
    }
    layout->addWidget(safetext::plainLabel(notice.now, QStringLiteral("savedVersionNow"), this));
    for (qsizetype i = 0; i < notice.differences.size(); ++i) {
        layout->addWidget(safetext::plainLabel(QStringLiteral("• ") + notice.differences[i],
                                               QStringLiteral("savedVersionDifference_%1").arg(i), this));
    }
    layout->addWidget(safetext::plainLabel(notice.conclusion, QStringLiteral("savedVersionConclusion"), this));
    if (!document->savedVersion()) {
        auto* choose = new QPushButton(tr("Choose that version's file..."), this);
        choose->setObjectName(QStringLiteral("chooseSavedVersion"));
        connect(choose, &QPushButton::clicked, this, &SavedVersionPanel::chooseInteractively);
        layout->addWidget(choose, 0, Qt::AlignLeft);
        m_problem = safetext::plainLabel(QString(), QStringLiteral("savedVersionProblem"), this);
        m_problem->hide();
        layout->addWidget(m_problem);
    }
}

bool SavedVersionPanel::chooseFile(const QString& path)
{
    QString problem;
    // On success the document says so, and the result is shown anew with both verdicts.
    if (m_document->useSavedVersion(path, problem)) {
        return true;
    }
    if (m_problem) {
        safetext::setPlain(m_problem, problem);
        m_problem->show();
    }
    return false;
}

void SavedVersionPanel::chooseInteractively()
{
    const QString folder = QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the code file of that version"), folder,
                                                      tr("Code files (*.json)"));
    if (!path.isEmpty()) {
        chooseFile(path);
    }
}

} // namespace codewijzer
