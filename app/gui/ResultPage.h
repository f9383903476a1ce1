#pragma once

#include <QScopedPointer>
#include <QWizardPage>

namespace Ui {
class ResultPage;
}

namespace codewijzer {

class Assessment;

// The verdict in words, symbol, icon and colour; the advice with its reasons, articles and whom to
// contact; and each cited article, expandable to its full text.
class ResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPage)

public:
    explicit ResultPage(Assessment* assessment, QWidget* parent = nullptr);
    ~ResultPage() override;

    void initializePage() override;

signals:
    void exportPdfRequested();
    void printRequested();
    void copyTextRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showResult();
    // The same answers under the other built-in codes: their verdicts and deciding advice.
    void showOtherCodes(QWidget* container);

    const QScopedPointer<Ui::ResultPage> m_ui;
    Assessment* const m_assessment;
};

} // namespace codewijzer
