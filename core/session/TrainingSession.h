#pragma once

#include "catalogue/CodeCatalogue.h"
#include "io/Diagnostic.h"
#include "model/Answers.h"
#include "rules/Evaluator.h"

#include <QObject>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace codewijzer {

// One step of a case as a presenter's remote takes it, Page Down after Page Down: the situation,
// each answer in turn, in a quiz the group's guess, the verdict, the deciding advice and its
// article. Then the next case.
struct TrainingStep
{
    enum class Kind { Situation, Answer, Guess, Verdict, Advice, Article };
    Kind kind = Kind::Situation;
    int answer = -1; // Answer: the answer this step reveals (0 is the first one asked)

    bool operator==(const TrainingStep&) const = default;
};

// The group's guess at one case as written, and what the code says: a line of the session summary.
struct QuizRecord
{
    QString caseId;
    Verdict guess = Verdict::Go;
    Verdict verdict = Verdict::Go;
    bool right() const { return guess == verdict; }
};

// The cases of a training session as a small file (docs/training.md): which code, which of its cases
// and in which order. Nothing about people is in it.
//   {"format": "codewijzer-session", "code": ID, "fingerprint": F, "cases": [case id, ...]}
struct TrainingSessionFile
{
    QString code;        // the code's id
    QString fingerprint; // the code's version code when the file was saved; may be empty
    QStringList cases;   // case ids, in the session's order
    // Read back: where each case id stands in the file, for the messages of casesIn().
    QString file;
    std::vector<std::pair<int, int>> places;

    // Checks the file's form (not yet whether its cases are the code's); every problem has its place.
    static std::optional<TrainingSessionFile> parse(const QByteArray& json, const QString& file, Diagnostics& out);
    // Reads the file (as readDataFile() does, with its limits) and parses it.
    static std::optional<TrainingSessionFile> read(const QString& path, Diagnostics& out);
    QByteArray toJson() const;
    // Writes the file whole or not at all (writeFileSafely); on failure a one-line reason in `error`.
    bool write(const QString& path, QString& error) const;
    // The file's cases in the library, in the file's order; an id that is not a case there is
    // reported at its place, and then nothing is returned.
    std::optional<std::vector<const TrainingCase*>> casesIn(const CaseLibrary& library, Diagnostics& out) const;
};

// A training session, outside any window: the code and the session's cases (all of the code's, or
// the chosen ones in the chosen order), the case on screen and the step it is at, the group's
// guesses and the quiz score, and the answers as the group changes them to see what the code then
// says. Nothing of it is stored unless the coordinator saves the choice of cases.
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
    bool verdictShown() const { return m_stage >= Stage::Verdict; }
    bool adviceShown() const { return m_stage >= Stage::Advice; }
    bool articleShown() const { return m_stage >= Stage::Article; }
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
    int guesses() const { return static_cast<int>(m_record.size()); }
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
    enum class Stage { Answers, Guess, Verdict, Advice, Article };

    void resetCase();
    void setStep(const TrainingStep& step);
    void keepStepValid();
    bool hasAdviceStep() const;
    bool hasArticleStep() const;

    CodeCatalogue& m_catalogue;
    std::shared_ptr<const LoadedCode> m_code;
    std::vector<std::shared_ptr<const LoadedCode>> m_others;
    QString m_casesProblem;
    std::vector<TrainingCase> m_chosen; // the chosen cases in order; empty: all of the code's
    int m_case = -1;
    Answers m_answers;
    Stage m_stage = Stage::Answers;
    int m_revealed = 0; // answers revealed while at Stage::Answers
    bool m_quiz = false;
    std::optional<Verdict> m_guess;
    std::map<QString, Verdict> m_record; // the counted guess by case id
};

} // namespace codewijzer
