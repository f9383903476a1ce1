#include "dialogs/WindowMessages.h"

#include "session/Recovery.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QPushButton>
#include <QSettings>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(WindowMessages)
};

} // namespace

QMessageBox::StandardButton askToKeepUnsavedAnswers(QWidget* parent)
{
    QMessageBox box(QMessageBox::Question, Text::tr("Keep your answers?"),
                    Text::tr("Your answers have not been saved. Do you want to save them in a file first? If you "
                             "don't, they are deleted."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

MainWindow::PendingResumeChoice askAboutEarlierAnswers(QWidget* parent)
{
    QMessageBox box(
        QMessageBox::Question, Text::tr("Go on with your earlier answers?"),
        Text::tr("Codewijzer still has the answers of an assessment that was not finished. Do you want to go on "
                 "with them, or start a new assessment? A new assessment deletes those answers."),
        QMessageBox::Cancel, parent);
    QPushButton* resume = box.addButton(Text::tr("&Go on with them"), QMessageBox::AcceptRole);
    QPushButton* fresh = box.addButton(Text::tr("&New assessment"), QMessageBox::DestructiveRole);
    box.setDefaultButton(resume);
    box.exec();
    const QAbstractButton* clicked = box.clickedButton();
    if (clicked == resume) {
        return MainWindow::PendingResumeChoice::Resume;
    }
    if (clicked == fresh) {
        return MainWindow::PendingResumeChoice::NewCheck;
    }
    return MainWindow::PendingResumeChoice::Stay;
}

void showPrivacyNote(QWidget* parent)
{
    QMessageBox box(QMessageBox::Information, Text::tr("What Codewijzer stores"),
                    Text::tr("Codewijzer works offline and sends nothing anywhere."), QMessageBox::Ok, parent);
    box.setInformativeText(
        Text::tr("<p><b>Your answers in progress</b> are kept in a recovery file, so that a crash loses none of "
                 "them:<br/>%1<br/>It is deleted when you start a new assessment, close the window without saving or "
                 "choose Delete my answers.</p>"
                 "<p><b>Your choice of code and language</b>, and the <b>names of the assessments you saved or "
                 "opened last</b> (shown on the first page), are remembered in:<br/>%2<br/>Delete my answers clears "
                 "that list.</p>"
                 "<p><b>Files you save or export</b> (assessments, PDF reports) stay where you put them, until you "
                 "delete them. <b>Copy as text</b> puts the report on the clipboard until something else is copied.</p>"
                 "<p><b>The file dialog</b> (Qt's own) remembers the last folders it showed, in:<br/>%3<br/>Delete my "
                 "answers clears that too.</p>"
                 "<p>Nothing else about you or your pupils is stored.</p>")
            .arg(QDir::toNativeSeparators(Recovery::folder()).toHtmlEscaped(),
                 QDir::toNativeSeparators(settings::UserSettings().fileName()).toHtmlEscaped(),
                 QDir::toNativeSeparators(QSettings(QSettings::UserScope, QStringLiteral("QtProject")).fileName())
                     .toHtmlEscaped()));
    box.exec();
}

void showAboutNote(QWidget* parent)
{
    QMessageBox::about(parent, Text::tr("About Codewijzer"),
                       Text::tr("<p><b>Codewijzer %1</b></p><p>Checks a social-media action against your school's code "
                                "of conduct before you do it: a verdict, the advice that follows and the articles it "
                                "rests on.</p><p>Built-in codes: Dunamare Onderwijsgroep, Gedragscode social media "
                                "(2019); Mondia Scholengroep, Protocol sociale media (2020).</p>")
                           .arg(QStringLiteral(CODEWIJZER_VERSION)));
}

} // namespace codewijzer
