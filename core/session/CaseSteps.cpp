#include "session/CaseSteps.h"

#include <algorithm>

namespace codewijzer {

std::vector<TrainingStep> CaseSteps::of(const CaseOutline& outline)
{
    std::vector<TrainingStep> out;
    out.push_back({TrainingStep::Kind::Situation});
    for (int i = 0; i < outline.asked; ++i) {
        out.push_back({TrainingStep::Kind::Answer, i});
    }
    if (outline.quiz) {
        out.push_back({TrainingStep::Kind::Guess});
    }
    out.push_back({TrainingStep::Kind::Verdict});
    if (outline.advice) {
        out.push_back({TrainingStep::Kind::Advice});
        if (outline.article) {
            out.push_back({TrainingStep::Kind::Article});
        }
    }
    return out;
}

int CaseSteps::reachable(const std::vector<TrainingStep>& steps, int index, bool guessPending)
{
    index = std::clamp(index, 0, static_cast<int>(steps.size()) - 1);
    if (guessPending) {
        // Nothing of the code's answer shows before the group has chosen.
        const auto guessStep = std::find(steps.begin(), steps.end(), TrainingStep{TrainingStep::Kind::Guess});
        index = std::min(index, static_cast<int>(guessStep - steps.begin()));
    }
    return index;
}

TrainingStep CaseSteps::current(int asked) const
{
    switch (m_stage) {
    case Stage::Answers: {
        const int shown = revealed(asked);
        return shown == 0 ? TrainingStep{TrainingStep::Kind::Situation}
                          : TrainingStep{TrainingStep::Kind::Answer, shown - 1};
    }
    case Stage::Guess:
        return {TrainingStep::Kind::Guess};
    case Stage::Verdict:
        return {TrainingStep::Kind::Verdict};
    case Stage::Advice:
        return {TrainingStep::Kind::Advice};
    case Stage::Article:
        return {TrainingStep::Kind::Article};
    }
    return {};
}

int CaseSteps::index(const CaseOutline& outline) const
{
    const std::vector<TrainingStep> all = of(outline);
    const auto found = std::find(all.begin(), all.end(), current(outline.asked));
    return found == all.end() ? 0 : static_cast<int>(found - all.begin());
}

int CaseSteps::revealed(int asked) const
{
    return m_stage == Stage::Answers ? std::min(m_revealed, asked) : asked;
}

void CaseSteps::restart()
{
    m_stage = Stage::Answers;
    m_revealed = 0;
}

void CaseSteps::go(const TrainingStep& step)
{
    switch (step.kind) {
    case TrainingStep::Kind::Situation:
        m_stage = Stage::Answers;
        m_revealed = 0;
        break;
    case TrainingStep::Kind::Answer:
        m_stage = Stage::Answers;
        m_revealed = step.answer + 1;
        break;
    case TrainingStep::Kind::Guess:
        m_stage = Stage::Guess;
        break;
    case TrainingStep::Kind::Verdict:
        m_stage = Stage::Verdict;
        break;
    case TrainingStep::Kind::Advice:
        m_stage = Stage::Advice;
        break;
    case TrainingStep::Kind::Article:
        m_stage = Stage::Article;
        break;
    }
}

bool CaseSteps::revealNext(int asked)
{
    if (m_stage != Stage::Answers || m_revealed >= asked) {
        return false;
    }
    ++m_revealed;
    return true;
}

bool CaseSteps::revealAll(int asked)
{
    if (m_stage != Stage::Answers) {
        return false;
    }
    m_revealed = asked;
    return true;
}

void CaseSteps::keepValid(const CaseOutline& outline)
{
    if (m_stage == Stage::Guess && !outline.quiz) {
        m_stage = Stage::Answers;
        m_revealed = outline.asked;
    }
    if (m_stage == Stage::Article && !outline.article) {
        m_stage = Stage::Advice;
    }
    if (m_stage == Stage::Advice && !outline.advice) {
        m_stage = Stage::Verdict;
    }
}

void CaseSteps::forgetGuess(bool quiz)
{
    if (verdictShown() && quiz) {
        m_stage = Stage::Guess;
    }
}

} // namespace codewijzer
