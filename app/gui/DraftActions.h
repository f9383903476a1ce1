#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace codewijzer {

struct FilledDraft;

// What can be done with a draft of the result (a consent request, a message to the supervisor, a
// line for the post): copied, saved as an ODF text, plain text or PDF, or handed to the e-mail
// program as a mailto: link.
class DraftActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftActions)

public:
    explicit DraftActions(QWidget* window);

    // Without dialogs (the tests call this): the format follows the file's extension (.odt, .pdf, else
    // plain text); the file is replaced whole or not at all. `footer` goes at the foot of a PDF's pages.
    // False with a one-line reason when it cannot be done.
    static bool save(const FilledDraft& draft, const QString& footer, const QString& path, QString& error);

    // The text on the clipboard: what goes in the e-mail or the post.
    void copy(const FilledDraft& draft);
    void saveWithDialog(const FilledDraft& draft, const QString& footer);
    void openInEmail(const FilledDraft& draft);

signals:
    void status(const QString& message);

private:
    QWidget* const m_window;
};

} // namespace codewijzer
