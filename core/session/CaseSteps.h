#pragma once

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

// What decides which steps a case has: the answers it asks, whether it is a quiz, and whether its
// result has deciding advice and an article that advice cites. A what-if change can change it, so
// the session works it out anew each time it is needed.
struct CaseOutline
{
    int asked = 0;
    bool quiz = false;
    bool advice = false;
    bool article = false; // only with advice
};

// How far the case on screen is revealed, as a step of its sequence (docs/training.md, "The steps
// of a case"). It knows nothing of the case itself: every question about the sequence comes with
// the case's outline.
class CaseSteps
{
public:
    // The steps of a case with this outline, in order: the situation, one for each answer asked,
    // the guess (in a quiz), the verdict, and the advice and its article when the result has them.
    static std::vector<TrainingStep> of(const CaseOutline& outline);
    // Where a step may be gone to among these steps: clamped to them, and not past the guess while
    // it is still to be made.
    static int reachable(const std::vector<TrainingStep>& steps, int index, bool guessPending);

    TrainingStep current(int asked) const;
    // The current step's place in the case's steps (0 when it is not among them).
    int index(const CaseOutline& outline) const;
    // The answers revealed, of the `asked` ones.
    int revealed(int asked) const;
    bool atGuess() const { return m_stage == Stage::Guess; }
    bool verdictShown() const { return m_stage >= Stage::Verdict; }
    bool adviceShown() const { return m_stage >= Stage::Advice; }
    bool articleShown() const { return m_stage >= Stage::Article; }

    // Back to the situation, nothing revealed.
    void restart();
    void go(const TrainingStep& step);
    // Among the answers (and only there): one more of them, or all of them. False when nothing
    // changes step.
    bool revealNext(int asked);
    bool revealAll(int asked);
    // After a what-if change: every answer shows, whatever the step.
    void revealAnswers(int asked) { m_revealed = asked; }
    // After a change of answers or of the quiz, the step stays the same kind where the case still
    // has it.
    void keepValid(const CaseOutline& outline);
    // The guesses are forgotten: in a quiz, a case past its guess goes back to it.
    void forgetGuess(bool quiz);

private:
    enum class Stage { Answers, Guess, Verdict, Advice, Article };

    Stage m_stage = Stage::Answers;
    int m_revealed = 0; // answers revealed while at Stage::Answers
};

} // namespace codewijzer
