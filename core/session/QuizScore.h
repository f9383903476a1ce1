#pragma once

#include "model/Verdict.h"

#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace codewijzer {

struct CaseLibrary;
struct TrainingCase;

// The group's guess at one case as written, and what the code says: a line of the session summary.
struct QuizRecord
{
    QString caseId;
    Verdict guess = Verdict::Go;
    Verdict verdict = Verdict::Go;
    bool right() const { return guess == verdict; }
};

// The quiz's score: the group's counted guess at each case, by case id. Only the first guess at a
// case counts; the session decides which guesses are counted at all.
class QuizScore
{
public:
    // Counts the guess, unless the case already has one.
    void count(const QString& caseId, Verdict guess);
    std::optional<Verdict> guessAt(const QString& caseId) const;
    int guesses() const { return static_cast<int>(m_guesses.size()); }
    // The guesses that are the verdict of their case in the library.
    int right(const CaseLibrary* library) const;
    // The counted guesses, in the order of these cases.
    std::vector<QuizRecord> summary(const std::vector<TrainingCase>& cases) const;
    void clear() { m_guesses.clear(); }

private:
    std::map<QString, Verdict> m_guesses;
};

} // namespace codewijzer
