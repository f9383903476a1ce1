#pragma once

#include "catalogue/CodeCatalogue.h"
#include "rules/CodeDiff.h"

#include <QDialog>
#include <memory>

class QTextBrowser;

namespace codewijzer {

class Questionnaire;

// View › What has changed: the code in use compared with an earlier version of it (a file), as the
// staff summary "Wat verandert er voor jou" (ChangeSummary), exportable as PDF.
class ChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesDialog)

public:
    ChangesDialog(std::shared_ptr<const LoadedCode> earlier, std::shared_ptr<const LoadedCode> current,
                  const Questionnaire& questionnaire, QWidget* parent = nullptr);

    const CodeDiff& diff() const { return m_diff; }
    QString html() const;
    bool exportPdf(const QString& path, QString& error) const;

private:
    void exportWithDialog();

    const std::shared_ptr<const LoadedCode> m_earlier;
    const std::shared_ptr<const LoadedCode> m_current;
    const Questionnaire& m_questionnaire;
    const CodeDiff m_diff;
    QTextBrowser* const m_view;
};

} // namespace codewijzer
