#include "DraftActions.h"

#include "dialogs/FileLocations.h"
#include "io/SafeWrite.h"
#include "print/PagedDocument.h"
#include "render/Drafts.h"
#include "settings/ProgramLanguage.h"
#include "widgets/SafeText.h"

#include <QClipboard>
#include <QDate>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>

namespace codewijzer {

DraftActions::DraftActions(QWidget* window)
    : QObject(window)
    , m_window(window)
{}

bool DraftActions::save(const FilledDraft& draft, const QString& footer, const QString& path, QString& error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"odt" && suffix != u"pdf") {
        return writeFileSafely(path, draft.plainText().toUtf8(), error);
    }
    const PagedDocument document{draftsHtml({draft}, draft.title, currentLanguage()), draft.title, footer};
    return suffix == u"odt" ? document.writeOdt(path, error) : document.writePdf(path, error);
}

void DraftActions::copy(const FilledDraft& draft)
{
    QGuiApplication::clipboard()->setText(draft.text);
    emit status(tr("The draft is on the clipboard."));
}

void DraftActions::saveWithDialog(const FilledDraft& draft, const QString& footer)
{
    const QString odt = tr("ODF text document (*.odt)");
    const QString text = tr("Plain text (*.txt)");
    const QString pdf = tr("PDF files (*.pdf)");
    QString filter = odt;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save the draft"),
        inDocuments(QStringLiteral("codewijzer-%1-%2.odt").arg(draft.id, QDate::currentDate().toString(Qt::ISODate))),
        QStringList{odt, text, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    const QString wanted = filter == pdf    ? QStringLiteral("pdf")
                           : filter == text ? QStringLiteral("txt")
                                            : QStringLiteral("odt");
    if (QFileInfo(path).suffix().toLower() != wanted) {
        path += u'.' + wanted;
    }
    QString error;
    if (!save(draft, footer, path, error)) {
        safetext::showMessage(m_window, QMessageBox::Warning, tr("The draft was not saved"), error);
        return;
    }
    emit status(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

void DraftActions::openInEmail(const FilledDraft& draft)
{
    if (!QDesktopServices::openUrl(draft.mailto())) {
        safetext::showMessage(m_window, QMessageBox::Warning, tr("No e-mail program opened"),
                              tr("Copy the draft instead, and paste it into your e-mail."));
        return;
    }
    emit status(tr("The draft is in a new e-mail."));
}

} // namespace codewijzer
