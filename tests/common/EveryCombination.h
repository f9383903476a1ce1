#pragma once

#include "model/Questionnaire.h"

#include <functional>

namespace codewijzer::test {

// Calls `leaf` for every combination of answers the questionnaire can produce, one at a time
// (NotAsked where a question is not asked): the brute-force walk that the counting walks are
// checked against.
inline void forEveryCombination(const Questionnaire& q, const std::function<void(const Answers&)>& leaf)
{
    Answers values(q.questions().size());
    std::function<void(int)> walk = [&](int depth) {
        if (depth == q.size()) {
            leaf(values);
            return;
        }
        if (!q.isAsked(depth, values)) {
            values[depth] = answer::NotAsked;
            walk(depth + 1);
            return;
        }
        for (AnswerValue v : q.question(depth).possibleAnswers()) {
            values[depth] = v;
            walk(depth + 1);
        }
    };
    walk(0);
}

} // namespace codewijzer::test
