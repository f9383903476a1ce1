#pragma once

#include "catalogue/CodeCatalogue.h"
#include "model/Answers.h"

#include <QDialog>
#include <QScopedPointer>
#include <memory>
#include <vector>

namespace Ui {
class CompareDialog;
}

namespace codewijzer {

class Questionnaire;

// The same answers under several codes, side by side: a column for each code with its verdict, the
// advice that decides it, the other advice and the articles; rows where the codes part ways are
// marked. For a school group that merges or rewrites its code, and for a trainer who explains why
// a colleague elsewhere got another answer.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    CompareDialog(std::vector<std::shared_ptr<const LoadedCode>> codes, const Questionnaire& questionnaire,
                  const Answers& given, const QString& subject, QWidget* parent = nullptr);
    ~CompareDialog() override;

    // Whether the verdicts differ, as the summary line says.
    bool verdictsDiffer() const { return m_differ; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    const QScopedPointer<Ui::CompareDialog> m_ui;
    const std::vector<std::shared_ptr<const LoadedCode>> m_codes;
    bool m_differ = false;
};

} // namespace codewijzer
