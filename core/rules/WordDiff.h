#pragma once

#include <QString>
#include <vector>

namespace codewijzer {

// One run of words in a word-level comparison of two texts.
struct WordRun
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text; // the words of the run, separated by single spaces; paragraph breaks kept as "\n\n"
};

// The words of `before` and `after` compared: runs of words both share, words only `after` has
// (added) and words only `before` had (removed), in reading order, removed before added where a
// run was replaced. A longest common subsequence over the words, after the shared start and end are
// set aside; a text of more than a few thousand words is compared as one replaced run.
std::vector<WordRun> wordDiff(const QString& before, const QString& after);

// How much of the longer text's words the two share, from 0 to 1.
double wordSimilarity(const std::vector<WordRun>& runs);

} // namespace codewijzer
