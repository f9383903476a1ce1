#pragma once

#include "model/Answers.h"
#include "model/CaseLibrary.h"
#include "model/CodeOfConduct.h"
#include "model/Verdict.h"

#include <QScopedPointer>
#include <QWidget>
#include <optional>
#include <vector>

namespace Ui {
class TrainingWindow;
}

namespace codewijzer {

class Assessment;
class AnswerGrid;

// Training mode, for a session on a projector: pick a code and one of its cases; the situation is
// shown large; the trainer reveals the answers one by one or all at once, then the verdict with the
// advice, the reasons and the articles in full. In a quiz the group chooses a verdict first. Any
// revealed answer can be changed to see at once what the code then says; the codes can be compared
// side by side, and the case set exported as a handout. F11 toggles the presenter view (full screen,
// large type, high contrast); Page Down and Space take the next step, Page Up goes back a case.
class TrainingWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingWindow)

public:
    // Uses the questionnaire and the language of `assessment`, and offers its code (a school's own
    // file included) beside the built-in ones.
    explicit TrainingWindow(Assessment* assessment, QWidget* parent = nullptr);
    ~TrainingWindow() override;

    // What the buttons do, for the tests and the screenshots.
    bool selectCode(const QString& idOrPath);
    bool selectCase(const QString& caseId);
    void revealNextAnswer();
    void revealAllAnswers();
    void showVerdict();
    void guess(Verdict verdict);
    void setAnswer(int question, AnswerValue value); // a what-if change; the verdict follows at once
    void resetAnswers();
    void nextStep(); // the next answer, then the verdict, then the next case
    void setPresenterView(bool on);
    bool exportHandout(const QString& path, QString& error) const;
    // The side-by-side view of the codes for the answers as they stand.
    void showComparison();

    const CodeOfConduct* code() const { return m_code ? &*m_code : nullptr; }
    const TrainingCase* currentCase() const;
    const Answers& answers() const { return m_answers; }
    int revealedCount() const { return m_revealed; }
    int askedCount() const;
    bool verdictShown() const { return m_verdictShown; }
    bool presenterView() const { return m_presenter; }
    int rightGuesses() const { return m_right; }
    int guesses() const { return m_guesses; }

signals:
    void switchLanguageRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fillCodes();
    void loadCases();
    void showCase(int row);
    void rebuildAnswers();
    void updateReveal();
    void updateResult();
    void updateScore();
    void updatePresenterStyle();
    void retranslate();
    void exportHandoutWithDialog();

    const QScopedPointer<Ui::TrainingWindow> m_ui;
    Assessment* const m_assessment;
    std::optional<CodeOfConduct> m_code;
    QString m_codeSource;
    std::vector<CodeOfConduct> m_otherCodes; // the built-in codes besides m_code, for comparisons
    CaseLibrary m_cases;
    QString m_casesProblem; // why the code's cases cannot be used, when they cannot
    int m_case = -1;
    Answers m_answers;        // the case's answers, with the what-if changes made
    AnswerGrid* const m_grid; // the case's answers, revealed one by one, each open to a what-if change
    int m_revealed = 0;
    bool m_verdictShown = false;
    std::optional<Verdict> m_guess;
    int m_guesses = 0;
    int m_right = 0;
    bool m_presenter = false;
};

} // namespace codewijzer
