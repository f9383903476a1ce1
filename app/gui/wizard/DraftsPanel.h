#pragma once

#include "render/Drafts.h"

#include <QWidget>
#include <vector>

class QLabel;

namespace codewijzer {

class AssessmentDocument;
class DraftActions;

// On the result, below "What you do now": the drafts the advice asks for (data of the code, filled
// in by the core), each folded under its title with whom it is for, its subject and its text, and
// buttons to copy it, save it (ODF, plain text, PDF) or open it in a new e-mail.
class DraftsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsPanel)

public:
    // The panel for the document's answers, or null when the advice asks for no draft.
    static DraftsPanel* make(const AssessmentDocument* document, QWidget* parent);

    const std::vector<FilledDraft>& drafts() const { return m_drafts; }
    DraftActions* actions() const { return m_actions; }

private:
    DraftsPanel(std::vector<FilledDraft> drafts, QString footer, QWidget* parent);
    QWidget* buildDraft(const FilledDraft& draft, QWidget* parent);

    const std::vector<FilledDraft> m_drafts;
    const QString m_footer;
    DraftActions* const m_actions;
    QLabel* const m_status;
};

} // namespace codewijzer
