#pragma once

#include "catalogue/CodeCatalogue.h"
#include "model/Answers.h"
#include "rules/Evaluator.h"

#include <QObject>
#include <memory>
#include <optional>
#include <vector>

namespace codewijzer {

// A training session, outside any window: the code and its cases, the case on screen, how far it is
// revealed (its answers one by one, then the verdict), the group's guess and the quiz score, and the
// answers as the group changes them to see what the code then says. Nothing of it is stored.
class TrainingSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingSession)

public:
    explicit TrainingSession(CodeCatalogue& catalogue, QObject* parent = nullptr);
    ~TrainingSession() override;

    const Questionnaire& questionnaire() const { return m_catalogue.questionnaire(); }

    // Trains on this code's cases; false (and nothing changes) when it cannot be used.
    bool selectCode(const CodeSource& source);
    const CodeOfConduct* code() const { return m_code ? &m_code->code : nullptr; }
    CodeSource codeSource() const { return m_code ? m_code->source : CodeSource(); }
    // The built-in codes besides this one, for comparisons.
    const std::vector<std::shared_ptr<const LoadedCode>>& otherCodes() const { return m_others; }
    const std::shared_ptr<const LoadedCode>& loadedCode() const { return m_code; }
    const std::vector<TrainingCase>& cases() const;
    // Why the code's cases cannot be used, when they cannot (one problem a line).
    const QString& casesProblem() const { return m_casesProblem; }

    bool selectCase(QStringView caseId);
    void showCase(int index); // out of range: nothing happens
    int caseIndex() const { return m_case; }
    const TrainingCase* currentCase() const;

    // The case's answers with the group's changes, and the questions they ask.
    const Answers& answers() const { return m_answers; }
    bool answersChanged() const;
    int askedCount() const;
    int revealedCount() const { return m_revealed; }
    bool verdictShown() const { return m_verdictShown; }
    // The code's result for the answers as they stand.
    Evaluation evaluation() const;

    void revealNextAnswer();
    void revealAllAnswers();
    void showVerdict();
    // The remote's next step: the next answer, then the verdict (in a quiz, only after a guess), then
    // the next case. Returns false when it waits for the group's guess.
    bool nextStep();
    // A what-if change; the verdict follows at once and every answer shows.
    void setAnswer(int question, AnswerValue value);
    void resetAnswers();

    bool isQuiz() const { return m_quiz; }
    void setQuiz(bool on);
    const std::optional<Verdict>& guessed() const { return m_guess; }
    // The group's guess, then the verdict; only a guess at the case as written counts for the score.
    void guess(Verdict verdict);
    int guesses() const { return m_guesses; }
    int rightGuesses() const { return m_right; }

signals:
    // Another code: its cases are listed anew.
    void codeChanged();
    // Another case, or its answers changed: the answers are shown anew.
    void caseChanged();
    // More of the case is revealed, a guess was made, or the score changed.
    void progressChanged();
    // The verdict has just been revealed.
    void verdictRevealed();

private:
    void resetCase();

    CodeCatalogue& m_catalogue;
    std::shared_ptr<const LoadedCode> m_code;
    std::vector<std::shared_ptr<const LoadedCode>> m_others;
    QString m_casesProblem;
    int m_case = -1;
    Answers m_answers;
    int m_revealed = 0;
    bool m_verdictShown = false;
    bool m_quiz = false;
    std::optional<Verdict> m_guess;
    int m_guesses = 0;
    int m_right = 0;
};

} // namespace codewijzer
