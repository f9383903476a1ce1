#include "session/QuizScore.h"

#include "training/CaseLibrary.h"

#include <algorithm>

namespace codewijzer {

void QuizScore::count(const QString& caseId, Verdict guess)
{
    m_guesses.emplace(caseId, guess); // a case guessed before keeps its first guess
}

std::optional<Verdict> QuizScore::guessAt(const QString& caseId) const
{
    if (const auto found = m_guesses.find(caseId); found != m_guesses.end()) {
        return found->second;
    }
    return std::nullopt;
}

int QuizScore::right(const CaseLibrary* library) const
{
    return static_cast<int>(std::count_if(m_guesses.begin(), m_guesses.end(), [&](const auto& entry) {
        const TrainingCase* item = library ? library->find(entry.first) : nullptr;
        return item && item->verdict == entry.second;
    }));
}

std::vector<QuizRecord> QuizScore::summary(const std::vector<TrainingCase>& cases) const
{
    std::vector<QuizRecord> out;
    for (const TrainingCase& item : cases) {
        if (const auto found = m_guesses.find(item.id); found != m_guesses.end()) {
            out.push_back({item.id, found->second, item.verdict});
        }
    }
    return out;
}

} // namespace codewijzer
