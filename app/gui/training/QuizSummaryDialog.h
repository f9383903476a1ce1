#pragma once

#include <QDialog>

class QTextBrowser;

namespace codewijzer {

class TrainingSession;

// The quiz's summary for the coordinator: per case the group's guess and the code's verdict, right
// or not, and the score; exportable as PDF. Nothing is written unless the coordinator exports it.
class QuizSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuizSummaryDialog)

public:
    explicit QuizSummaryDialog(const TrainingSession& session, QWidget* parent = nullptr);

    QString html() const;
    bool exportPdf(const QString& path, QString& error) const;

private:
    void exportWithDialog();

    const TrainingSession& m_session;
    QTextBrowser* const m_view;
};

} // namespace codewijzer
