#pragma once

#include <QScopedPointer>
#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace Ui {
class ResultPage;
}

namespace codewijzer {

class AssessmentDocument;
class Foldable;
struct Explanation;

// The result, what to do first: the verdict in words (or, for a post to report, what to do), then
// "What you do now": the advice that decides it with its reasons, the article it rests on quoted in
// place and whom to contact; then the drafts that advice asks for (DraftsPanel). Below, folded: the
// other advice; every article it rests on; and under "More", what would change the verdict, the
// other school group's code (where the roll-out shows it) and trying another answer. It always
// opens at its top.
class ResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPage)

public:
    explicit ResultPage(AssessmentDocument* document, QWidget* parent = nullptr);
    ~ResultPage() override;

    void initializePage() override;

    // The roll-out may show what the other built-in codes make of the same answers (off by default:
    // a teacher's own code is the one that applies).
    void setShowOtherCodes(bool show) { m_showOtherCodes = show; }
    // Opens "More" (what-if, trying another answer), as its button does.
    void showMore();

signals:
    void saveRequested();
    void exportPdfRequested();
    void printRequested();
    void copyTextRequested();
    // "Read it in the whole code" beside a cited article: the code view, at that article.
    void articleInCodeRequested(const QString& articleId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showResult();
    void showHeadline(const Explanation& explanation);
    void addNextSteps(const Explanation& explanation);
    void addArticles(const Explanation& explanation);
    QWidget* buildOtherAdvice(QWidget* parent) const;
    QWidget* buildMore(QWidget* parent);
    QWidget* buildOtherCodes(QWidget* parent) const;

    const QScopedPointer<Ui::ResultPage> m_ui;
    AssessmentDocument* const m_document;
    Foldable* m_more = nullptr;
    bool m_showOtherCodes = false;
};

} // namespace codewijzer
