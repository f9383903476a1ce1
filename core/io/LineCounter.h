#pragma once

#include <QByteArrayView>
#include <utility>

namespace codewijzer {

// The line and column of byte offsets in a UTF-8 text, for offsets asked in increasing order: it
// counts on from the last one, so that every place in a file costs one pass over the file in all.
class LineCounter
{
public:
    explicit LineCounter(QByteArrayView text)
        : m_text(text)
    {}

    // The 1-based line and column (in characters, not bytes) of the byte at `offset`. An offset
    // before the last one asked starts the count again from the top.
    std::pair<int, int> at(qsizetype offset);

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace codewijzer
