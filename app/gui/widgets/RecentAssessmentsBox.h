#pragma once

#include <QGroupBox>
#include <QStringList>

class QVBoxLayout;

namespace codewijzer {

// The welcome page's list of the assessments saved or opened last: a button with each file's name
// (its folder in the tooltip), and one to clear the list. Hidden while the list is empty.
class RecentAssessmentsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentAssessmentsBox)

public:
    explicit RecentAssessmentsBox(QWidget* parent = nullptr);

    void setPaths(const QStringList& paths);
    QStringList paths() const { return m_paths; }

signals:
    void openRequested(const QString& path);
    void clearRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QStringList m_paths;
    QVBoxLayout* const m_layout;
    QWidget* m_items = nullptr;
};

} // namespace codewijzer
