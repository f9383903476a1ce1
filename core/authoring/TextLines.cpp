#include "authoring/TextLines.h"

#include "authoring/TextImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TextImport)
};

struct Line
{
    QString raw;
    QString text; // trimmed
    bool dropped = false;
    bool pageNumber = false;
};

bool isPageNumber(const QString& text)
{
    static const QRegularExpression page(
        QStringLiteral(
            "^(?:\\d{1,3}|[-–]\\s*\\d{1,3}\\s*[-–]|(?:pagina|page|blz\\.?)\\s*\\d{1,3}(?:\\s*(?:van|of|/)\\s*"
            "\\d{1,3})?|\\d{1,3}\\s*(?:/|van|of)\\s*\\d{1,3})$"),
        QRegularExpression::CaseInsensitiveOption);
    return page.match(text).hasMatch();
}

// The line above the footnotes: a long run of spaces (as pdftotext writes it) or of underscores.
bool isFootnoteRule(const QString& raw)
{
    static const QRegularExpression rule(QStringLiteral("^\\s*[_\\-–—]{5,}\\s*$"));
    return (raw.trimmed().isEmpty() && raw.size() >= 20) || rule.match(raw).hasMatch();
}

bool endsSentence(const QStringList& lines)
{
    QString last = lines.isEmpty() ? QString() : lines.back().trimmed();
    while (!last.isEmpty() && QStringLiteral("'\"\u2019\u201d\u00bb").contains(last.back())) {
        last.chop(1);
    }
    return last.isEmpty() || QStringLiteral(".!?:;").contains(last.back());
}

int romanValue(QStringView roman)
{
    static const QStringList numerals{QStringLiteral("I"),    QStringLiteral("II"),   QStringLiteral("III"),
                                      QStringLiteral("IV"),   QStringLiteral("V"),    QStringLiteral("VI"),
                                      QStringLiteral("VII"),  QStringLiteral("VIII"), QStringLiteral("IX"),
                                      QStringLiteral("X"),    QStringLiteral("XI"),   QStringLiteral("XII"),
                                      QStringLiteral("XIII"), QStringLiteral("XIV"),  QStringLiteral("XV")};
    return static_cast<int>(numerals.indexOf(roman.toString())) + 1;
}

// A bullet character at the start of a line ("•", the Symbol font's private-use bullets, "-"), and
// the text after it; empty when the line has none.
QString afterBullet(const QString& text)
{
    const QChar c = text.front();
    const bool privateUse = c.unicode() >= 0xF000 && c.unicode() <= 0xF0FF;
    static const QString bullets = QStringLiteral("\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u00b7\u27a2-\u2013*");
    if (privateUse || (bullets.contains(c) && text.size() > 1 && text.at(1).isSpace())) {
        return text.mid(1).trimmed();
    }
    return {};
}

bool looksLikeHeading(const QString& text)
{
    constexpr qsizetype kLength = 80;
    constexpr qsizetype kWords = 12;
    return text.size() <= kLength && text.count(u' ') < kWords && text.front().isLetter() && text.front().isUpper() &&
           !QStringLiteral(".,;:!?-\u2013(").contains(text.back());
}

} // namespace

std::optional<QString> decodeText(const QByteArray& bytes, const QString& file, Diagnostics& out)
{
    const auto fail = [&](qsizetype at, const QString& message) {
        int line = 0;
        int column = 0;
        if (at >= 0) {
            line = static_cast<int>(bytes.left(at).count('\n')) + 1;
            const qsizetype lineStart = at == 0 ? 0 : bytes.lastIndexOf('\n', at - 1) + 1;
            column = static_cast<int>(at - lineStart) + 1;
        }
        out.push_back({file, line, column, {}, {}, message});
        return std::nullopt;
    };
    if (bytes.isEmpty()) {
        return fail(-1, Text::tr("the file is empty; save the code's text in it first"));
    }
    if (bytes.startsWith("%PDF")) {
        return fail(0, Text::tr("this is a PDF file, not plain text; copy the code's text out of it into a .txt "
                                "file first (for example with pdftotext)"));
    }
    if (bytes.startsWith("PK\x03\x04")) {
        return fail(0, Text::tr("this is a zipped file (a Word or OpenDocument file?), not plain text; save the "
                                "code as plain text (.txt, UTF-8) first"));
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return fail(nul, Text::tr("a NUL byte: this is not a plain-text file; save the code as plain text (.txt, "
                                  "UTF-8) first"));
    }
    // Where the text stops being UTF-8: a Windows code page, say.
    for (qsizetype i = 0; i < bytes.size();) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        const int length = b < 0x80                 ? 1
                           : b >= 0xC2 && b <= 0xDF ? 2
                           : b >= 0xE0 && b <= 0xEF ? 3
                           : b >= 0xF0 && b <= 0xF4 ? 4
                                                    : 0;
        bool valid = length > 0 && i + length <= bytes.size();
        for (int k = 1; valid && k < length; ++k) {
            valid = (static_cast<unsigned char>(bytes.at(i + k)) & 0xC0) == 0x80;
        }
        if (!valid) {
            return fail(i, Text::tr("not UTF-8 text (byte 0x%1); save the file as UTF-8 text")
                               .arg(QString::number(b, 16).toUpper()));
        }
        i += length;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    if (text.trimmed().isEmpty()) {
        return fail(-1, Text::tr("the file holds only white space; save the code's text in it first"));
    }
    return text;
}

QStringList idWords(const QString& text)
{
    QString plain;
    for (QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            plain += c;
        } else if (!c.isMark()) {
            plain += u' ';
        }
    }
    return plain.split(u' ', Qt::SkipEmptyParts);
}

std::vector<Unit> splitUnits(const QString& text)
{
    std::vector<Line> lines;
    QHash<QString, int> seen; // a running header or footer: the same short line on many pages
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    for (QString raw : text.split(u'\n')) {
        raw.remove(u'\r').remove(u'\f');
        Line line{raw, raw.trimmed()};
        line.pageNumber = isPageNumber(line.text);
        if (!line.text.isEmpty() && line.text.size() <= 100) {
            ++seen[QString(line.text).replace(digits, QStringLiteral("#"))];
        }
        lines.push_back(std::move(line));
    }
    bool spaceLines = false;
    // Text pasted from a word processor has a paragraph a line: most lines are longer than a line of a
    // page. Then every line ends its unit.
    constexpr qsizetype kPageLine = 120;
    const auto filled = std::count_if(lines.begin(), lines.end(), [](const Line& l) { return !l.text.isEmpty(); });
    const auto longLines =
        std::count_if(lines.begin(), lines.end(), [](const Line& l) { return l.text.size() > kPageLine; });
    const bool lineIsParagraph = longLines > 0 && 3 * longLines >= filled;
    for (Line& line : lines) {
        constexpr int kRepeated = 3;
        line.dropped =
            line.pageNumber ||
            (!line.text.isEmpty() && seen.value(QString(line.text).replace(digits, QStringLiteral("#"))) >= kRepeated);
        // Extraction from a PDF writes a line of spaces between paragraphs and an empty line within
        // one; a typed text has empty lines only.
        spaceLines = spaceLines || (line.text.isEmpty() && !line.raw.isEmpty() && !isFootnoteRule(line.raw));
    }

    static const QRegularExpression roman(QStringLiteral("^([IVX]+)\\.\\s+(\\S.*)$"));
    static const QRegularExpression letter(QStringLiteral("^([A-Z])\\.\\s+(\\S.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,3})[.)]\\s+(\\S.*)$"));
    static const QRegularExpression subNumbered(QStringLiteral("^(\\d{1,2}\\.\\d{1,2})\\.?\\s+(\\S.*)$"));
    static const QRegularExpression article(
        QStringLiteral("^(?:artikel|art\\.)\\s*(\\d{1,3}[a-z]?)\\b[\\s.:\\-–]*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression footnote(QStringLiteral("^(\\d{1,2})\\s+(\\S.*)$"));
    static const QRegularExpression adoption(QStringLiteral("^(?:aldus\\s+)?vastgesteld\\b"),
                                             QRegularExpression::CaseInsensitiveOption);

    std::vector<Unit> units;
    bool open = false; // the last unit takes the next line
    bool inFootnotes = false;
    int romanNow = 0;
    QChar letterNow;
    int numberNow = 0;
    const auto start = [&](Unit::Kind kind, const QString& label, const QString& first, std::size_t at, bool more) {
        Unit unit;
        unit.kind = kind;
        unit.label = label;
        if (!first.isEmpty()) {
            unit.lines << first;
        }
        unit.line = static_cast<int>(at) + 1;
        units.push_back(std::move(unit));
        open = more;
    };
    const auto nextStartsAnew = [&](std::size_t at) {
        for (std::size_t j = at + 1; j < lines.size(); ++j) {
            if (!lines[j].dropped && !lines[j].text.isEmpty()) {
                return !lines[j].text.front().isLower();
            }
        }
        return false;
    };

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        const QString& t = line.text;
        if (line.dropped) {
            inFootnotes = inFootnotes && !line.pageNumber; // a page's footnotes end with its number
            continue;
        }
        if (lineIsParagraph && !line.text.isEmpty()) {
            open = false;
        }
        // A numbered heading ("1. Inleiding", a blank line after it) ends where its line ends.
        const bool fresh =
            !open || endsSentence(units.back().lines) || (units.back().headingLike && units.back().lines.size() == 1);
        if (t.isEmpty()) {
            if (isFootnoteRule(line.raw)) {
                open = false;
                inFootnotes = true;
            } else if (!spaceLines || (fresh && !line.raw.isEmpty())) {
                open = false;
            }
            continue;
        }
        if (inFootnotes) {
            if (const auto m = footnote.match(t); m.hasMatch()) {
                start(Unit::Footnote, m.captured(1), m.captured(2), i, true);
                continue;
            }
            if (open) {
                units.back().lines << t;
                continue;
            }
            inFootnotes = false; // the text of the next page
        }
        if (const auto m = roman.match(t); m.hasMatch() && romanValue(m.captured(1)) == romanNow + 1) {
            romanNow = romanValue(m.captured(1));
            letterNow = QChar();
            numberNow = 0;
            start(Unit::Roman, m.captured(1), m.captured(2), i, false);
            continue;
        }
        if (const auto m = letter.match(t);
            m.hasMatch() && m.captured(1).front() == (letterNow.isNull() ? u'A' : QChar(letterNow.unicode() + 1))) {
            letterNow = m.captured(1).front();
            numberNow = 0;
            start(Unit::Letter, m.captured(1), m.captured(2), i, false);
            continue;
        }
        if (const auto m = article.match(t); m.hasMatch()) {
            numberNow = m.captured(1).toInt();
            start(Unit::Numbered, m.captured(1), {}, i, true);
            units.back().title = m.captured(2).trimmed();
            continue;
        }
        if (const auto m = numbered.match(t);
            m.hasMatch() && (m.captured(1).toInt() == numberNow + 1 || m.captured(1).toInt() == 1)) {
            numberNow = m.captured(1).toInt();
            start(Unit::Numbered, m.captured(1), m.captured(2), i, true);
            units.back().headingLike = looksLikeHeading(m.captured(2)) && nextStartsAnew(i) && i + 1 < lines.size() &&
                                       lines[i + 1].text.isEmpty();
            continue;
        }
        // "2.1" begins anew after a sentence, or right after "2." or "2.x" even when those end without one.
        if (const auto m = subNumbered.match(t);
            m.hasMatch() &&
            (fresh || (units.back().kind == Unit::Numbered &&
                       (units.back().label == m.captured(1).section(u'.', 0, 0) ||
                        units.back().label.section(u'.', 0, 0) == m.captured(1).section(u'.', 0, 0))))) {
            start(Unit::Numbered, m.captured(1), m.captured(2), i, true);
            continue;
        }
        if (const QString rest = afterBullet(t); !rest.isEmpty()) {
            start(Unit::Bullet, {}, rest, i, true);
            continue;
        }
        if (fresh && adoption.match(t).hasMatch()) {
            start(Unit::Adoption, {}, t, i, true);
            continue;
        }
        if (fresh && looksLikeHeading(t) && nextStartsAnew(i)) {
            start(Unit::Heading, {}, t, i, false);
            continue;
        }
        // A bullet whose character was lost in extraction leaves the space that followed it.
        if (fresh && line.raw.size() > 1 && line.raw.front() == u' ' && !line.raw.at(1).isSpace() &&
            t.front().isUpper()) {
            start(Unit::Bullet, {}, t, i, true);
            continue;
        }
        if (open) {
            units.back().lines << t;
            continue;
        }
        start(Unit::Paragraph, {}, t, i, true);
    }
    return units;
}

QString joinExtractedLines(const QStringList& lines)
{
    QString out;
    for (QString line : lines) {
        line.remove(QChar(0xF0B7)).remove(QChar(0xF0A7));
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (out.endsWith(u'-') && !out.endsWith(u" -") && line.front().isLower()) {
            out += line;
        } else {
            out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + line;
        }
    }
    return out.simplified();
}

QString flattenExtractedText(const QString& raw)
{
    QStringList kept;
    for (const QString& line : raw.split(u'\n')) {
        if (!isPageNumber(line.trimmed())) {
            kept << line;
        }
    }
    return joinExtractedLines(kept);
}

} // namespace codewijzer
