#include "dialogs/CodeFileProblemDialog.h"

#include "catalogue/CodeCatalogue.h"
#include "model/LocalizedText.h"
#include "settings/ProgramLanguage.h"
#include "ui_CodeFileProblemDialog.h"
#include "widgets/SafeText.h"

#include <QPushButton>

namespace codewijzer {

CodeFileProblemDialog::CodeFileProblemDialog(const QString& source, const Diagnostics& problems, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CodeFileProblemDialog)
{
    m_ui->setupUi(this);
    safetext::setPlain(
        m_ui->messageLabel,
        tr("Codewijzer should start with the code %1, but it has problems, so it cannot be used:").arg(source));
    QStringList lines;
    for (const Diagnostic& problem : problems) {
        lines << problem.toString();
    }
    m_ui->problemsEdit->setPlainText(lines.join(u'\n'));
    m_ui->problemsEdit->setAccessibleName(tr("Problems found in the code file"));
    for (const CodeSource& builtin : CodeCatalogue::shared().shownBuiltins()) {
        if (const std::optional<CodeSummary> summary = CodeCatalogue::shared().summary(builtin)) {
            m_ui->builtinCombo->addItem(
                QStringLiteral("%1: %2").arg(summary->organisation, summary->title.in(currentLanguage())),
                builtin.name());
        }
    }
    // The roll-out may show staff no built-in code at all: then there is nothing to fall back to.
    const bool canFallBack = m_ui->builtinCombo->count() > 0;
    m_ui->builtinLabel->setVisible(canFallBack);
    m_ui->builtinCombo->setVisible(canFallBack);
    m_ui->useBuiltinButton->setVisible(canFallBack);
    if (!canFallBack) {
        m_ui->quitButton->setDefault(true);
    }
    connect(m_ui->useBuiltinButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QDialog::reject);
}

CodeFileProblemDialog::~CodeFileProblemDialog() = default;

QString CodeFileProblemDialog::chosenCode() const
{
    return m_ui->builtinCombo->currentData().toString();
}

QString CodeFileProblemDialog::problemsText() const
{
    return m_ui->problemsEdit->toPlainText();
}

} // namespace codewijzer
