#include "wizard/DraftsPanel.h"

#include "DraftActions.h"
#include "model/CodeOfConduct.h"
#include "render/Phrases.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "widgets/Foldable.h"
#include "widgets/SafeText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace codewijzer {

namespace {

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace

DraftsPanel* DraftsPanel::make(const AssessmentDocument* document, QWidget* parent)
{
    const CodeOfConduct* code = document->code();
    const Language language = currentLanguage();
    const QDateTime now = QDateTime::currentDateTime();
    std::vector<FilledDraft> filled =
        fillDrafts(*code, document->questionnaire(), document->evaluation(), document->note(), language, now.date());
    if (filled.empty()) {
        return nullptr;
    }
    return new DraftsPanel(std::move(filled), documentFooter(code->organisation, now, language), parent);
}

DraftsPanel::DraftsPanel(std::vector<FilledDraft> drafts, QString footer, QWidget* parent)
    : QWidget(parent)
    , m_drafts(std::move(drafts))
    , m_footer(std::move(footer))
    , m_actions(new DraftActions(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("draftsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title =
        safetext::plainLabel(tr("Ready to use: the texts the advice asks for"), QStringLiteral("draftsHeading"), this);
    title->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(title);
    for (const FilledDraft& draft : m_drafts) {
        // ✉ a message to send, ✎ a line for the post itself.
        const QString sign = draft.line ? QStringLiteral("✎") : QStringLiteral("✉");
        layout->addWidget(new Foldable(
            QStringLiteral("draft_") + draft.id, sign + u' ' + draft.title,
            [this, &draft](QWidget* parent) { return buildDraft(draft, parent); }, this));
    }
    m_status->setObjectName(QStringLiteral("draftStatus"));
    m_status->setVisible(false);
    layout->addWidget(m_status);
    connect(m_actions, &DraftActions::status, this, [this](const QString& message) {
        safetext::setPlain(m_status, message);
        m_status->setVisible(true);
    });
}

QWidget* DraftsPanel::buildDraft(const FilledDraft& draft, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    if (!draft.line) {
        layout->addWidget(safetext::plainLabel(draft.toLine(), QStringLiteral("draftTo_") + draft.id, box));
        layout->addWidget(safetext::plainLabel(draft.subjectLine(), QStringLiteral("draftSubject_") + draft.id, box));
    } else {
        layout->addWidget(safetext::plainLabel(tr("Put this line in your post or reaction:"), QString(), box));
    }
    auto* text = new QPlainTextEdit(box);
    text->setObjectName(QStringLiteral("draftText_") + draft.id);
    text->setReadOnly(true);
    text->setPlainText(draft.text);
    text->setAccessibleName(draft.title);
    const int lines = draft.line ? 3 : 14;
    text->setFixedHeight(text->fontMetrics().lineSpacing() * lines + 12);
    layout->addWidget(text);

    auto* buttons = new QHBoxLayout;
    auto* copy = button(tr("Copy"), QStringLiteral("draftCopy_") + draft.id, box);
    auto* save = button(tr("Save…"), QStringLiteral("draftSave_") + draft.id, box);
    copy->setAccessibleDescription(tr("Puts the text on the clipboard"));
    save->setAccessibleDescription(tr("Saves the draft as an ODF text document, plain text or PDF"));
    connect(copy, &QPushButton::clicked, m_actions, [this, &draft] { m_actions->copy(draft); });
    connect(save, &QPushButton::clicked, m_actions, [this, &draft] { m_actions->saveWithDialog(draft, m_footer); });
    buttons->addWidget(copy);
    buttons->addWidget(save);
    if (!draft.line) {
        auto* mail = button(tr("Open in e-mail"), QStringLiteral("draftMail_") + draft.id, box);
        mail->setAccessibleDescription(tr("Opens a new e-mail with this subject and text in your e-mail program"));
        connect(mail, &QPushButton::clicked, m_actions, [this, &draft] { m_actions->openInEmail(draft); });
        buttons->addWidget(mail);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

} // namespace codewijzer
