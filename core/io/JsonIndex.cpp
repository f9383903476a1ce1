#include "io/JsonIndex.h"

#include "io/LineCounter.h"
#include "io/Printable.h"

#include <QSet>
#include <QVarLengthArray>

namespace codewijzer {

namespace {

constexpr quint64 kPrimeA = 2147483647; // 2^31 - 1
constexpr quint64 kPrimeB = 2147483629; // 2^31 - 19
constexpr quint64 kBaseA = 65599;
constexpr quint64 kBaseB = 92821;

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : 0;
}

// The character that an escape other than \u stands for: \n, \t, … and \" \\ \/ themselves.
QChar escaped(char e)
{
    switch (e) {
    case 'b':
        return u'\b';
    case 'f':
        return u'\f';
    case 'n':
        return u'\n';
    case 'r':
        return u'\r';
    case 't':
        return u'\t';
    default:
        return QChar::fromLatin1(e);
    }
}

// A key as bytes that compare equal exactly when the keys do: the raw UTF-8 of a key without
// escapes, else its decoded text in UTF-8, with a lone surrogate kept as its own three bytes.
QByteArray comparableKey(const QString& decoded)
{
    QByteArray out;
    out.reserve(decoded.size() * 3);
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        char32_t c = decoded.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < decoded.size() && decoded.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(static_cast<char16_t>(c), decoded.at(++i).unicode());
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// The keys of one object: a short list while they are few, a hash set once they are many. The
// views point into the text or into the walk's decoded keys, so nothing is copied.
class KeySet
{
public:
    // Adds the key; false when it was there already.
    bool insert(QByteArrayView key)
    {
        if (m_many.isEmpty()) {
            if (std::find(m_few.begin(), m_few.end(), key) != m_few.end()) {
                return false;
            }
            if (m_few.size() < m_few.capacity()) {
                m_few.push_back(key);
                return true;
            }
            m_many = QSet<QByteArrayView>(m_few.begin(), m_few.end());
        }
        if (m_many.contains(key)) {
            return false;
        }
        m_many.insert(key);
        return true;
    }

private:
    QVarLengthArray<QByteArrayView, 16> m_few;
    QSet<QByteArrayView> m_many;
};

class Walker
{
public:
    Walker(QByteArrayView text, bool withPlaces)
        : m_text(text)
        , m_lines(text)
        , m_withPlaces(withPlaces)
    {}

    JsonScan run()
    {
        skipSpace();
        value(PathHash());
        return std::move(m_scan);
    }

private:
    // One step of the path to the value being read, with the path's start up to there, worked out
    // only when a duplicate needs it and kept while the step lasts.
    struct Step
    {
        QByteArrayView key;   // as written, escapes and all
        qsizetype index = -1; // for an array element
        bool known = false;
        QString head; // the path's first characters, up to kShownLength + 1
        qsizetype length = 0;
    };

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
            ++m_pos;
        }
    }

    QByteArrayView rawString()
    {
        const qsizetype start = ++m_pos; // the opening quote
        while (!atEnd() && peek() != '"') {
            m_pos += peek() == '\\' ? 2 : 1;
        }
        return m_text.sliced(start, std::min(m_pos++, m_text.size()) - start); // and the closing one
    }

    // An escaped key's comparable form, kept for the rest of the walk.
    QByteArrayView decoded(QByteArrayView raw)
    {
        m_decoded.push_back(comparableKey(decodeJsonString(raw)));
        return m_decoded.back();
    }

    JsonPlace place(qsizetype offset)
    {
        const auto [line, column] = m_lines.at(offset);
        return {line, column};
    }

    void value(const PathHash& path)
    {
        if (m_withPlaces) {
            m_scan.places.insert(path.value(), place(m_pos));
        }
        const char c = peek();
        if (c == '{') {
            object(path);
        } else if (c == '[') {
            array(path);
        } else if (c == '"') {
            rawString();
        } else {
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\n' &&
                   peek() != '\r' && peek() != '\t') {
                ++m_pos;
            }
        }
    }

    void object(const PathHash& path)
    {
        ++m_pos;
        skipSpace();
        KeySet keys;
        while (!atEnd() && peek() != '}') {
            const qsizetype keyOffset = m_pos;
            const QByteArrayView key = rawString();
            m_steps.push_back(Step{key, -1, false, {}, 0});
            if (!keys.insert(key.contains('\\') ? decoded(key) : key)) {
                m_scan.duplicates.push_back({pathText(), place(keyOffset)});
            }
            skipSpace();
            ++m_pos; // ':'
            skipSpace();
            value(m_withPlaces ? path.key(decodeJsonString(key)) : path);
            m_steps.pop_back();
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos;
    }

    void array(const PathHash& path)
    {
        ++m_pos;
        skipSpace();
        for (qsizetype i = 0; !atEnd() && peek() != ']'; ++i) {
            m_steps.push_back(Step{{}, i, false, {}, 0});
            value(m_withPlaces ? path.index(i) : path);
            m_steps.pop_back();
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos;
    }

    // The path of the innermost step, cut; each step's start is worked out once, from its parent's.
    QString pathText()
    {
        std::size_t first = m_steps.size();
        while (first > 0 && !m_steps[first - 1].known) {
            --first;
        }
        for (std::size_t i = first; i < m_steps.size(); ++i) {
            Step& step = m_steps[i];
            const Step* parent = i > 0 ? &m_steps[i - 1] : nullptr;
            step.head = parent ? parent->head : QString();
            step.length = parent ? parent->length : 0;
            const QString piece = step.index >= 0
                                      ? QStringLiteral("[%1]").arg(step.index)
                                      : (parent ? QStringLiteral(".") : QString()) + decodeJsonString(step.key);
            step.length += piece.size();
            if (step.head.size() <= kShownLength) {
                step.head += QStringView(piece).left(kShownLength + 1 - step.head.size());
            }
            step.known = true;
        }
        const Step& last = m_steps.back();
        return last.length <= kShownLength ? last.head : last.head.left(kShownLength) + lengthNote(last.length);
    }

    QByteArrayView m_text;
    LineCounter m_lines;
    bool m_withPlaces;
    qsizetype m_pos = 0;
    std::vector<Step> m_steps;
    std::vector<QByteArray> m_decoded; // a QByteArray's bytes stay where they are when it is moved
    JsonScan m_scan;
};

} // namespace

void PathHash::append(QStringView text)
{
    for (const QChar c : text) {
        m_a = static_cast<quint32>((m_a * kBaseA + c.unicode() + 1) % kPrimeA);
        m_b = static_cast<quint32>((m_b * kBaseB + c.unicode() + 1) % kPrimeB);
    }
    m_length += text.size();
}

PathHash PathHash::key(QStringView key) const
{
    PathHash out = *this;
    if (m_length > 0) {
        out.append(u".");
    }
    out.append(key);
    return out;
}

PathHash PathHash::index(qsizetype i) const
{
    PathHash out = *this;
    out.append(QStringLiteral("[%1]").arg(i));
    return out;
}

QString decodeJsonString(QByteArrayView raw)
{
    if (!raw.contains('\\')) {
        return QString::fromUtf8(raw);
    }
    QString out;
    out.reserve(raw.size());
    qsizetype run = 0;
    for (qsizetype i = 0; i + 1 < raw.size(); ++i) {
        if (raw[i] != '\\') {
            continue;
        }
        out += QString::fromUtf8(raw.sliced(run, i - run));
        const char e = raw[++i];
        if (e == 'u' && i + 4 < raw.size()) {
            char16_t unit = 0;
            for (int k = 1; k <= 4; ++k) {
                unit = static_cast<char16_t>(unit * 16 + hexValue(raw[i + k]));
            }
            out += QChar(unit); // a pair of escaped surrogates makes one character, as in QJsonDocument
            i += 4;
        } else {
            out += escaped(e);
        }
        run = i + 1;
    }
    out += QString::fromUtf8(raw.sliced(std::min(run, raw.size())));
    return out;
}

JsonScan scanJson(QByteArrayView text, bool withPlaces)
{
    return Walker(text, withPlaces).run();
}

} // namespace codewijzer
