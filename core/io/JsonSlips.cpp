#include "io/JsonSlips.h"

#include "io/Printable.h"

#include <QCoreApplication>
#include <utility>
#include <vector>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonSlips)
};

// Deeper than QJsonDocument reads: its own message stands, and the walk keeps its stack small.
constexpr std::size_t kMaxDepth = 1024;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

bool isWordPart(char c)
{
    return isWordStart(c) || isDigit(c) || c == '-';
}

class Walker
{
public:
    explicit Walker(QByteArrayView text)
        : m_text(text)
    {}

    std::optional<JsonSlip> run();

private:
    enum class Want { Value, Key, Colon, After, End };
    struct Open
    {
        char close; // '}' or ']'
        qsizetype at;
    };

    char at(qsizetype i) const { return i < m_text.size() ? m_text[i] : '\0'; }
    // The length of a curly quote (“ ” ‘ ’, three bytes in UTF-8) at i, or 0.
    int curlyAt(qsizetype i) const
    {
        return at(i) == '\xE2' && at(i + 1) == '\x80' &&
                       (at(i + 2) == '\x9C' || at(i + 2) == '\x9D' || at(i + 2) == '\x98' || at(i + 2) == '\x99')
                   ? 3
                   : 0;
    }
    // The character at i as a message shows it.
    QString charAt(qsizetype i) const
    {
        qsizetype end = i + 1;
        while (end < m_text.size() && end < i + 4 && (static_cast<unsigned char>(m_text[end]) & 0xC0) == 0x80) {
            ++end;
        }
        return shown(QString::fromUtf8(m_text.sliced(i, end - i)));
    }
    static std::optional<JsonSlip> slip(qsizetype offset, const QString& message) { return JsonSlip{offset, message}; }

    std::optional<JsonSlip> skipSpace();
    std::optional<JsonSlip> value(bool afterComma);
    std::optional<JsonSlip> key(bool afterComma);
    std::optional<JsonSlip> closeOrComma(bool afterComma);
    std::optional<JsonSlip> string();
    std::optional<JsonSlip> number();
    std::optional<JsonSlip> word();
    std::optional<JsonSlip> after();
    std::optional<JsonSlip> curly(qsizetype offset) const;
    static std::optional<JsonSlip> singleQuote(qsizetype offset);
    std::optional<JsonSlip> unexpected(const QString& expected) const;
    // What went wrong after a string that a curly quote seems to have been meant to close.
    std::optional<JsonSlip> orCurlyBefore(std::optional<JsonSlip> slip) const
    {
        return m_closingCurly >= 0 ? curly(m_closingCurly) : std::move(slip);
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    Want m_want = Want::Value;
    std::vector<Open> m_open;
    qsizetype m_comma = -1;        // the comma just read
    qsizetype m_closingCurly = -1; // in the string just read: a curly quote that looks like its end
    bool m_tooDeep = false;
};

std::optional<JsonSlip> Walker::curly(qsizetype offset) const
{
    return slip(offset, Text::tr("%1 is a curly quote: JSON needs straight double quotes (\"); replace it, and "
                                 "turn off smart quotes in your editor")
                            .arg(charAt(offset)));
}

std::optional<JsonSlip> Walker::singleQuote(qsizetype offset)
{
    return slip(offset, Text::tr("a string in single quotes ('...'): JSON needs double quotes (\"...\")"));
}

std::optional<JsonSlip> Walker::unexpected(const QString& expected) const
{
    return slip(m_pos, Text::tr("unexpected %1: expected %2").arg(charAt(m_pos), expected));
}

std::optional<JsonSlip> Walker::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++m_pos;
        } else if (c == '/' && at(m_pos + 1) == '/') {
            return slip(m_pos, Text::tr("JSON has no comments (//): remove the comment, or put its text in a "
                                        "\"notes\" field"));
        } else if (c == '/' && at(m_pos + 1) == '*') {
            return slip(m_pos, Text::tr("JSON has no comments (/* */): remove the comment, or put its text in a "
                                        "\"notes\" field"));
        } else if (c == '\xC2' && at(m_pos + 1) == '\xA0') {
            return slip(m_pos, Text::tr("a non-breaking space: replace it with an ordinary space"));
        } else {
            break;
        }
    }
    return std::nullopt;
}

std::optional<JsonSlip> Walker::string()
{
    const qsizetype start = m_pos++;
    m_closingCurly = -1;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '"') {
            ++m_pos;
            return std::nullopt;
        }
        if (c == '\\') {
            const char e = at(m_pos + 1);
            if (e == 'u') {
                for (int i = 2; i < 6; ++i) {
                    if (at(m_pos + i) == '\0' || QByteArrayView("0123456789abcdefABCDEF").indexOf(at(m_pos + i)) < 0) {
                        return slip(m_pos, Text::tr("\\u needs four hexadecimal digits, as in \\u00e9"));
                    }
                }
                m_pos += 6;
                continue;
            }
            m_pos += 2; // QJsonDocument takes any other escape, and control characters, as they are
            continue;
        }
        if (const int n = curlyAt(m_pos); n > 0) {
            // ” or ’ followed by what follows the end of a key or a value: meant as the closing quote.
            qsizetype next = m_pos + n;
            while (at(next) == ' ') {
                ++next;
            }
            if (m_closingCurly < 0 && at(m_pos + 2) != '\x9C' && at(m_pos + 2) != '\x98' &&
                QByteArrayView(":,}]").indexOf(at(next)) >= 0 && at(next) != '\0') {
                m_closingCurly = m_pos;
            }
            m_pos += n;
            continue;
        }
        ++m_pos;
    }
    return m_closingCurly >= 0 ? curly(m_closingCurly)
                               : slip(start, Text::tr("this string is not closed: add a \" at its end"));
}

std::optional<JsonSlip> Walker::number()
{
    const qsizetype start = m_pos;
    qsizetype p = m_pos;
    if (at(p) == '-') {
        ++p;
    }
    bool ok = isDigit(at(p)) && !(at(p) == '0' && isDigit(at(p + 1)));
    while (isDigit(at(p))) {
        ++p;
    }
    if (ok && at(p) == '.') {
        ok = isDigit(at(++p));
        while (isDigit(at(p))) {
            ++p;
        }
    }
    if (ok && (at(p) == 'e' || at(p) == 'E')) {
        ++p;
        if (at(p) == '+' || at(p) == '-') {
            ++p;
        }
        ok = isDigit(at(p));
        while (isDigit(at(p))) {
            ++p;
        }
    }
    if (ok && (isWordPart(at(p)) || at(p) == '.')) {
        ok = false; // "12abc", "1.5.2"
    }
    if (!ok) {
        qsizetype end = start + 1;
        while (end < m_text.size() && (isWordPart(m_text[end]) || m_text[end] == '.' || m_text[end] == '+')) {
            ++end;
        }
        return slip(start, Text::tr("%1 is not a number as JSON writes one (such as 12, -3 or 1.5); put text in "
                                    "double quotes")
                               .arg(shown(QString::fromUtf8(m_text.sliced(start, end - start)))));
    }
    m_pos = p;
    return std::nullopt;
}

std::optional<JsonSlip> Walker::word()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && isWordPart(m_text[m_pos])) {
        ++m_pos;
    }
    const QString word = QString::fromLatin1(m_text.sliced(start, m_pos - start));
    if (word == u"true" || word == u"false" || word == u"null") {
        return std::nullopt;
    }
    const QString lower = word.toLower();
    if (lower == u"true" || lower == u"false" || lower == u"null") {
        return slip(start, Text::tr("write %1 in lower case: %2").arg(shown(word), lower));
    }
    return slip(start, Text::tr("%1 is not a JSON value: put text in double quotes (\"%1\")").arg(shown(word)));
}

// Where a key or an element may come: the object's or the array's end, or a comma too many.
std::optional<JsonSlip> Walker::closeOrComma(bool afterComma)
{
    const char c = m_text[m_pos];
    if (afterComma) {
        return c == ','
                   ? slip(m_pos, Text::tr("two commas in a row: remove one"))
                   : slip(m_comma,
                          Text::tr("a comma before %1 with nothing after it: remove this comma").arg(QLatin1Char(c)));
    }
    if (c == ',') {
        return slip(m_pos, Text::tr("a comma with nothing before it: remove it"));
    }
    m_open.pop_back();
    ++m_pos;
    m_want = m_open.empty() ? Want::End : Want::After;
    return std::nullopt;
}

// A value: where one is wanted at the top, after a ':', or in an array.
std::optional<JsonSlip> Walker::value(bool afterComma)
{
    const char c = m_text[m_pos];
    const bool inArray = !m_open.empty() && m_open.back().close == ']';
    if (inArray && (c == ']' || c == ',')) {
        return closeOrComma(afterComma);
    }
    if (m_open.empty() && c != '{' && c != '[') {
        return slip(m_pos, Text::tr("expected a JSON object at the top level: the file starts with {"));
    }
    if (c == '{' || c == '[') {
        if (m_open.size() >= kMaxDepth) {
            m_tooDeep = true;
            return std::nullopt;
        }
        m_open.push_back({c == '{' ? '}' : ']', m_pos++});
        m_want = c == '{' ? Want::Key : Want::Value;
        return std::nullopt;
    }
    m_want = Want::After;
    if (c == '"') {
        return string();
    }
    if (c == '\'') {
        return singleQuote(m_pos);
    }
    if (curlyAt(m_pos) > 0) {
        return curly(m_pos);
    }
    if (c == '-' || isDigit(c)) {
        return number();
    }
    if (isWordStart(c)) {
        return word();
    }
    return unexpected(Text::tr("a value"));
}

// A key, or the end of the object: after its '{' or after a comma.
std::optional<JsonSlip> Walker::key(bool afterComma)
{
    const char c = m_text[m_pos];
    if (c == '}' || c == ',') {
        return closeOrComma(afterComma);
    }
    m_want = Want::Colon;
    if (c == '"') {
        return string();
    }
    if (c == '\'') {
        return singleQuote(m_pos);
    }
    if (curlyAt(m_pos) > 0) {
        return curly(m_pos);
    }
    if (isWordStart(c) || isDigit(c)) {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isWordPart(m_text[m_pos])) {
            ++m_pos;
        }
        return slip(start, Text::tr("the key %1 is not in quotes: write \"%1\"")
                               .arg(shown(QString::fromLatin1(m_text.sliced(start, m_pos - start)))));
    }
    return unexpected(Text::tr("a key in double quotes"));
}

// After a value in an object or an array: a comma, or the end.
std::optional<JsonSlip> Walker::after()
{
    const char c = m_text[m_pos];
    const Open& open = m_open.back();
    if (c == ',') {
        m_closingCurly = -1;
        m_comma = m_pos++;
        m_want = open.close == '}' ? Want::Key : Want::Value;
        return std::nullopt;
    }
    if (c == open.close) {
        m_closingCurly = -1;
        m_open.pop_back();
        ++m_pos;
        m_want = m_open.empty() ? Want::End : Want::After;
        return std::nullopt;
    }
    if (c == '"' || c == '{' || c == '[' || c == '\'' || c == '-' || isDigit(c) || isWordStart(c) ||
        curlyAt(m_pos) > 0) {
        return orCurlyBefore(slip(m_pos, Text::tr("a comma is missing before this: add a ',' after what comes "
                                                  "before it")));
    }
    if (c == '}' || c == ']') {
        return slip(m_pos, Text::tr("%1 closes nothing here: this part ends with %2")
                               .arg(QString(QLatin1Char(c)), QString(QLatin1Char(open.close))));
    }
    return orCurlyBefore(unexpected(Text::tr("',' or %1").arg(QLatin1Char(open.close))));
}

std::optional<JsonSlip> Walker::run()
{
    bool afterComma = false;
    while (true) {
        if (auto s = skipSpace()) {
            return s;
        }
        if (m_pos >= m_text.size()) {
            break;
        }
        if (m_want == Want::End) {
            return slip(m_pos, Text::tr("more text after the end of the JSON object: remove it"));
        }
        const Want want = m_want;
        std::optional<JsonSlip> s;
        switch (want) {
        case Want::Value:
            s = value(afterComma);
            break;
        case Want::Key:
            s = key(afterComma);
            break;
        case Want::Colon:
            if (m_text[m_pos] == ':') {
                ++m_pos;
                m_closingCurly = -1;
                m_want = Want::Value;
            } else {
                s = orCurlyBefore(unexpected(Text::tr("':' after the key")));
            }
            break;
        case Want::After:
            s = after();
            break;
        case Want::End:
            break;
        }
        if (s || m_tooDeep) {
            return s;
        }
        afterComma = want == Want::After && (m_want == Want::Key || m_want == Want::Value);
    }
    if (m_open.empty()) {
        return std::nullopt;
    }
    if (m_want != Want::After) {
        // Cut off in the middle of a member or an element: say so where the text stops.
        qsizetype end = m_text.size();
        while (end > 0 && QByteArrayView(" \t\r\n").indexOf(m_text[end - 1]) >= 0) {
            --end;
        }
        return slip(end, Text::tr("the file ends in the middle of a value: the rest of the file is missing"));
    }
    const Open& open = m_open.back();
    return slip(open.at, open.close == '}' ? Text::tr("the file ends before this object is closed: add its }")
                                           : Text::tr("the file ends before this array is closed: add its ]"));
}

} // namespace

std::optional<JsonSlip> findJsonSlip(QByteArrayView text)
{
    return Walker(text).run();
}

} // namespace codewijzer
