#pragma once

#include "catalogue/CodeCatalogue.h"
#include "io/Diagnostic.h"

#include <QScopedPointer>
#include <QWizardPage>
#include <functional>
#include <optional>

namespace Ui {
class WelcomePage;
}

namespace codewijzer {

class AssessmentDocument;
class RecentAssessmentsBox;

// What the program does, that it keeps nothing, and which code applies: it shows the document's code
// and lets the teacher choose another (remembered between runs), unless the roll-out locked it.
class WelcomePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(AssessmentDocument* document, QWidget* parent = nullptr);
    ~WelcomePage() override;

    // The teacher opens a school's own code file: it applies from now on and next time too. On
    // problems the code that applied stays and false is returned with them in `problems`.
    bool useCodeFile(const QString& path, Diagnostics* problems = nullptr);

    // Next while answers of a previous run are on offer: the window asks what to do; true to go on
    // with a new check (the offer was declined), false to stay (the teacher resumes or cancels).
    using PendingResumeQuestion = std::function<bool()>;
    void setPendingResumeQuestion(PendingResumeQuestion question) { m_askAboutPendingResume = std::move(question); }
    bool validatePage() override;

    // Offers the answers a previous run left (a recovery file): `description` says when and how many.
    void offerResume(const QString& description);
    void withdrawResume();
    bool isResumeOffered() const;

    // Shows the document's code: the list (the codes the roll-out shows), its details, whether it is
    // locked.
    void showCode();

    // The assessments saved or opened last; the window fills it and opens what is clicked.
    RecentAssessmentsBox* recentAssessments() const { return m_recent; }

signals:
    void resumeRequested();
    void discardResumeRequested();
    // The offer to go on came or went: the main button of the page changes with it.
    void resumeOfferChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseCodeFile();
    // The teacher picked a code in the list.
    void choose(const CodeSource& source);
    static void showProblems(QWidget* parent, const QString& path, const Diagnostics& problems);

    const QScopedPointer<Ui::WelcomePage> m_ui;
    AssessmentDocument* const m_document;
    std::optional<CodeSummary> m_ownFile; // a school's own code file, once it applied: it stays in the list
    PendingResumeQuestion m_askAboutPendingResume;
    RecentAssessmentsBox* const m_recent;
};

} // namespace codewijzer
