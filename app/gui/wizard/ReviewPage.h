#pragma once

#include <QScopedPointer>
#include <QWizardPage>

namespace Ui {
class ReviewPage;
}

namespace codewijzer {

class AssessmentDocument;

// Every answer in words, each with a button that goes back to its page to change it.
class ReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(AssessmentDocument* document, QWidget* parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;

signals:
    // The person wants to change the answers on this questionnaire page.
    void changeRequested(int questionnairePage);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showAnswers();

    const QScopedPointer<Ui::ReviewPage> m_ui;
    AssessmentDocument* const m_document;
};

} // namespace codewijzer
