#pragma once

#include <QWidget>
#include <vector>

class QLabel;
class QVBoxLayout;
class QWizard;

namespace codewijzer {

class AssessmentDocument;

// The steps of the check at the side of the wizard: the start, the question pages that the answers
// so far make necessary, the review and the verdict; the current one marked, those done ticked, and
// "Step 3 of 7" above them. It follows the answers: a page that an answer brings in appears.
class StepList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepList)

public:
    StepList(AssessmentDocument* document, const QWizard* wizard, QWidget* parent = nullptr);

    // The wizard shows the page with this id.
    void showPage(int pageId);

    // The steps as shown, for tests and screen readers: the page ids in order, and the current one.
    const std::vector<int>& steps() const { return m_steps; }
    int current() const { return m_current; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();
    QString titleOf(int pageId) const;

    AssessmentDocument* const m_document;
    const QWizard* const m_wizard;
    QLabel* const m_counter;
    QVBoxLayout* const m_list;
    std::vector<int> m_steps;
    int m_current = 0;
};

} // namespace codewijzer
