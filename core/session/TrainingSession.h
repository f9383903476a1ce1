#pragma once

#include "catalogue/CodeCatalogue.h"
#include "io/Diagnostic.h"
#include "model/Answers.h"
#include "rules/Evaluator.h"
#include "session/CaseSteps.h"
#include "session/QuizScore.h"
#include "session/TrainingSessionFile.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace codewijzer {

// A training session, outside any window: the code and the session's cases (all of the code's, or
// the chosen ones in the chosen order), the case on screen and the step it is at, the group's
// guesses and the quiz score, and the answers as the group changes them to see what the code then
// says. Nothing of it is stored unless the coordinator saves the choice of cases. How far a case is
// revealed is a CaseSteps, the score a QuizScore, the choice of cases as a file a TrainingSessionFile.
class TrainingSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingSession)

public:
    explicit TrainingSession(CodeCatalogue& catalogue, QObject* parent = nullptr);
    ~TrainingSession() override;

    const Questionnaire& questionnaire() const { return m_catalogue.questionnaire(); }

    // Trains on this code's cases (all of them); false (and nothing changes) when it cannot be used.
    bool selectCode(const CodeSource& source);
    const CodeOfConduct* code() const { return m_code ? &m_code->code : nullptr; }
    CodeSource codeSource() const { return m_code ? m_code->source : CodeSource(); }
    // The built-in codes besides this one, for comparisons.
    const std::vector<std::shared_ptr<const LoadedCode>>& otherCodes() const { return m_others; }
    const std::shared_ptr<const LoadedCode>& loadedCode() const { return m_code; }
    // The session's cases: the chosen ones in the chosen order, else all of the code's.
    const std::vector<TrainingCase>& cases() const;
    // Every case of the code, in the code's order.
    const std::vector<TrainingCase>& allCases() const;
    // Why the code's cases cannot be used, when they cannot (one problem a line).
    const QString& casesProblem() const { return m_casesProblem; }

    // Chooses the session's cases by id, in this order; an empty list means all of the code's. False,
    // and nothing changes, when an id is not a case of the code or comes twice. Starts at the first.
    bool chooseCases(const QStringList& ids);
    // The ids of the session's cases, in order.
    QStringList caseIds() const;
    bool hasChoice() const { return !m_chosen.empty(); }
    // The session's code and cases as a file, and a file's choice taken up: the file's code must be
    // this one or a built-in code (which is then selected); a case it names that the code lacks is
    // reported with its place. `notice` says when the code has changed since the file was saved.
    TrainingSessionFile sessionFile() const;
    bool useSessionFile(const TrainingSessionFile& file, Diagnostics& out, QString* notice = nullptr);

    bool selectCase(QStringView caseId);
    void showCase(int index); // out of range: nothing happens
    int caseIndex() const { return m_case; }
    const TrainingCase* currentCase() const;

    // The case's answers with the group's changes, and the questions they ask.
    const Answers& answers() const { return m_answers; }
    bool answersChanged() const;
    int askedCount() const;
    int revealedCount() const;
    bool verdictShown() const { return m_steps.verdictShown(); }
    bool adviceShown() const { return m_steps.adviceShown(); }
    bool articleShown() const { return m_steps.articleShown(); }
    // The whole case is out: no step of it is left.
    bool caseComplete() const;
    // The code's result for the answers as they stand.
    Evaluation evaluation() const;

    // The steps of the case on screen, in order (empty without a case): the situation, one for each
    // answer asked, the guess (in a quiz), the verdict, and the deciding advice and its article when
    // the result has them.
    std::vector<TrainingStep> steps() const;
    int stepIndex() const;
    TrainingStep step() const;
    // In a quiz, the step that waits until the group has guessed.
    bool waitsForGuess() const;
    // The remote's Page Down: the next step, after the case's last the next case's first. False, and
    // nothing changes, when the step waits for a guess or the session's last step is reached.
    bool nextStep();
    // Page Up: exactly one step back, from a case's first step to the previous case's last.
    bool previousStep();
    // Home and End: the case's first step, and its last (in a quiz without a guess: the guess).
    void firstStep();
    void lastStep();
    // Goes to a step of the case on screen (clamped; in a quiz not past the guess before one is made).
    void goToStep(int index);

    void revealNextAnswer();
    void revealAllAnswers();
    // Reveals the whole case at once: every answer, the verdict, the advice and the articles.
    void showVerdict();
    // A what-if change; the verdict follows at once and every answer shows.
    void setAnswer(int question, AnswerValue value);
    void resetAnswers();

    bool isQuiz() const { return m_quiz; }
    void setQuiz(bool on);
    // The guess on the case on screen, if one was made.
    const std::optional<Verdict>& guessed() const { return m_guess; }
    // The group's guess, then the verdict. Only the first guess at a case as written counts for the
    // score; a guess after a what-if change is shown but not counted.
    void guess(Verdict verdict);
    int guesses() const { return m_score.guesses(); }
    int rightGuesses() const;
    // The counted guesses, in the session's order of cases: what the coordinator sees after the quiz.
    std::vector<QuizRecord> quizSummary() const;
    // Forgets every guess (a new group).
    void clearScore();

signals:
    // Another code: its cases are listed anew.
    void codeChanged();
    // Another choice of cases from the same code: they are listed anew.
    void casesChosen();
    // Another case, or its answers changed: the answers are shown anew.
    void caseChanged();
    // Another step, more of the case revealed, a guess was made, or the score changed.
    void progressChanged();
    // The verdict has just been revealed.
    void verdictRevealed();

private:
    void resetCase();
    // What decides the steps of the case on screen, for its answers as they stand.
    CaseOutline outline() const;
    void setStep(const TrainingStep& step);
    void keepStepValid();

    CodeCatalogue& m_catalogue;
    std::shared_ptr<const LoadedCode> m_code;
    std::vector<std::shared_ptr<const LoadedCode>> m_others;
    QString m_casesProblem;
    std::vector<TrainingCase> m_chosen; // the chosen cases in order; empty: all of the code's
    int m_case = -1;
    Answers m_answers;
    CaseSteps m_steps;
    bool m_quiz = false;
    std::optional<Verdict> m_guess; // at the case on screen, counted or not
    QuizScore m_score;
};

} // namespace codewijzer
