#pragma once

#include "io/Diagnostic.h"

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace codewijzer {

class TrainingSession;

// Chooses the cases of today's session: tick them, put them in order (drag, or Up and Down), save
// the choice as a session file or open one. "Use" takes the choice; "Start the presenter view"
// takes it and goes full screen on the first case.
class CaseChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseChoiceDialog)

public:
    explicit CaseChoiceDialog(TrainingSession& session, QWidget* parent = nullptr);

    // The ticked cases, in the list's order.
    QStringList chosenIds() const;
    // Ticks these cases (in this order, first in the list) and no others.
    void setChosenIds(const QStringList& ids);
    bool startPresenter() const { return m_startPresenter; }

    // The session file of the ticked cases, and a file taken up (it may select another code); on
    // failure a one-line reason, or the file's problems with their places.
    bool saveTo(const QString& path, QString& error);
    bool openFrom(const QString& path, Diagnostics& problems, QString& notice);

private:
    void fill(const QStringList& chosen);
    void move(int by);
    void updateButtons();
    void saveWithDialog();
    void openWithDialog();

    TrainingSession& m_session;
    QListWidget* const m_list;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_start = nullptr;
    bool m_startPresenter = false;
};

} // namespace codewijzer
