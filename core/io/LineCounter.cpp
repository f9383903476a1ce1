#include "io/LineCounter.h"

#include <algorithm>

namespace codewijzer {

std::pair<int, int> LineCounter::at(qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    if (offset < m_pos) {
        m_pos = 0;
        m_line = 1;
        m_column = 1;
    }
    for (; m_pos < offset; ++m_pos) {
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80) { // a character starts here, not a UTF-8 continuation byte
            ++m_column;
        }
    }
    return {m_line, m_column};
}

} // namespace codewijzer
