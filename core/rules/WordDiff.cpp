#include "rules/WordDiff.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace codewijzer {

namespace {

// Beyond this many cells the table would take too long; the middle is then one replaced run.
constexpr std::size_t kMaxCells = 4'000'000;

// Words, with each paragraph break as a word of its own so that it stays in place.
QStringList words(const QString& text)
{
    QStringList out;
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0) {
            out << QStringLiteral("\n\n");
        }
        out << paragraphs.at(p).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    return out;
}

void append(std::vector<WordRun>& runs, WordRun::Kind kind, const QString& word)
{
    if (!runs.empty() && runs.back().kind == kind) {
        QString& text = runs.back().text;
        const bool breakBefore = word == u"\n\n" || text.endsWith(QStringLiteral("\n\n"));
        text += breakBefore ? word : u' ' + word;
        return;
    }
    runs.push_back({kind, word});
}

} // namespace

std::vector<WordRun> wordDiff(const QString& before, const QString& after)
{
    const QStringList a = words(before);
    const QStringList b = words(after);
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a.at(start) == b.at(start)) {
        ++start;
    }
    qsizetype endA = a.size();
    qsizetype endB = b.size();
    while (endA > start && endB > start && a.at(endA - 1) == b.at(endB - 1)) {
        --endA;
        --endB;
    }
    std::vector<WordRun> runs;
    for (qsizetype i = 0; i < start; ++i) {
        append(runs, WordRun::Kind::Same, a.at(i));
    }
    const auto n = static_cast<std::size_t>(endA - start);
    const auto m = static_cast<std::size_t>(endB - start);
    if ((n + 1) * (m + 1) > kMaxCells) {
        for (qsizetype i = start; i < endA; ++i) {
            append(runs, WordRun::Kind::Removed, a.at(i));
        }
        for (qsizetype j = start; j < endB; ++j) {
            append(runs, WordRun::Kind::Added, b.at(j));
        }
    } else {
        // lcs[i][j]: the longest common subsequence of the middles from i and from j on.
        std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
        const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
            return lcs[i * (m + 1) + j];
        };
        for (std::size_t i = n; i-- > 0;) {
            for (std::size_t j = m; j-- > 0;) {
                at(i, j) = a.at(start + static_cast<qsizetype>(i)) == b.at(start + static_cast<qsizetype>(j))
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < n || j < m) {
            const qsizetype ai = start + static_cast<qsizetype>(i);
            const qsizetype bj = start + static_cast<qsizetype>(j);
            if (i < n && j < m && a.at(ai) == b.at(bj)) {
                append(runs, WordRun::Kind::Same, a.at(ai));
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                append(runs, WordRun::Kind::Removed, a.at(ai));
                ++i;
            } else {
                append(runs, WordRun::Kind::Added, b.at(bj));
                ++j;
            }
        }
    }
    for (qsizetype i = endA; i < a.size(); ++i) {
        append(runs, WordRun::Kind::Same, a.at(i));
    }
    return runs;
}

double wordSimilarity(const std::vector<WordRun>& runs)
{
    qsizetype same = 0;
    qsizetype before = 0;
    qsizetype after = 0;
    for (const WordRun& run : runs) {
        const qsizetype count = run.text.split(u' ', Qt::SkipEmptyParts).size();
        if (run.kind != WordRun::Kind::Added) {
            before += count;
        }
        if (run.kind != WordRun::Kind::Removed) {
            after += count;
        }
        if (run.kind == WordRun::Kind::Same) {
            same += count;
        }
    }
    const qsizetype longer = std::max(before, after);
    return longer == 0 ? 1.0 : static_cast<double>(same) / static_cast<double>(longer);
}

} // namespace codewijzer
