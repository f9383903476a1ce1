#include "authoring/TextImport.h"

#include "authoring/TextLines.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TextImport)
};

// Words that say little on their own, left out of an id made from a heading.
bool isFunctionWord(const QString& word)
{
    static const QSet<QString> words{
        QStringLiteral("de"),     QStringLiteral("het"),  QStringLiteral("een"),  QStringLiteral("en"),
        QStringLiteral("of"),     QStringLiteral("in"),   QStringLiteral("op"),   QStringLiteral("met"),
        QStringLiteral("van"),    QStringLiteral("voor"), QStringLiteral("over"), QStringLiteral("bij"),
        QStringLiteral("aan"),    QStringLiteral("te"),   QStringLiteral("tot"),  QStringLiteral("door"),
        QStringLiteral("om"),     QStringLiteral("uit"),  QStringLiteral("naar"), QStringLiteral("als"),
        QStringLiteral("andere"), QStringLiteral("onze"), QStringLiteral("ons"),  QStringLiteral("je"),
        QStringLiteral("jouw"),   QStringLiteral("wat"),  QStringLiteral("wie"),  QStringLiteral("hoe"),
        QStringLiteral("and"),    QStringLiteral("the"),  QStringLiteral("of"),   QStringLiteral("on")};
    return words.contains(word);
}

QString ordinalSuperscript(int n)
{
    static const QString digits = QStringLiteral("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079");
    QString out;
    for (QChar c : QString::number(n)) {
        out += digits.at(c.digitValue());
    }
    return out;
}

// A heading's id: its first telling word ("De scholen op sociale media" → scholen), with its partner
// where the heading pairs two ("binnen en buiten" → binnen-buiten), or the word after "en andere". Words that most
// headings share
// ("sociale media") do not tell one section from another; a heading of nothing else keeps them all.
QString headingId(const QString& heading, const QSet<QString>& shared)
{
    const QStringList words = idWords(heading);
    // "Medewerkers, leerlingen en andere betrokkenen": the list is named by the word that covers it.
    const qsizetype others = words.indexOf(QStringLiteral("andere"));
    if (others > 0 && others + 1 < words.size() && words.at(others - 1) == u"en" &&
        !shared.contains(words.at(others + 1))) {
        return words.at(others + 1);
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (isFunctionWord(words.at(i)) || shared.contains(words.at(i))) {
            continue;
        }
        if (i + 2 < words.size() && words.at(i + 1) == u"en" && !isFunctionWord(words.at(i + 2))) {
            return words.at(i) + u'-' + words.at(i + 2);
        }
        return words.at(i);
    }
    return words.join(u'-');
}

// Words that at least three headings share, and at least half of them.
QSet<QString> sharedHeadingWords(const std::vector<Unit>& units)
{
    QHash<QString, int> count;
    int headings = 0;
    for (const Unit& unit : units) {
        if (unit.kind == Unit::Heading) {
            ++headings;
            const QStringList words = idWords(unit.lines.join(u' '));
            for (const QString& word : QSet<QString>(words.begin(), words.end())) {
                ++count[word];
            }
        }
    }
    QSet<QString> shared;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() >= 3 && 2 * it.value() >= headings) {
            shared.insert(it.key());
        }
    }
    return shared;
}

// The first words of a text as a title to start from: its first sentence when that is short.
QString firstWords(const QString& text)
{
    constexpr int kWords = 7;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    for (const QString& word : words) {
        out << word;
        if (word.endsWith(u'.') || word.endsWith(u'?') || word.endsWith(u'!')) {
            if (out.size() <= kWords) {
                QString title = out.join(u' ');
                title.chop(1);
                return title;
            }
            break;
        }
        if (out.size() == kWords) {
            break;
        }
    }
    out = out.mid(0, kWords);
    QString title = out.join(u' ');
    while (!title.isEmpty() && QStringLiteral(",;:.-(").contains(title.back())) {
        title.chop(1);
    }
    return out.size() < words.size() ? title + QStringLiteral(" …") : title;
}

QDate dutchDate(const QRegularExpressionMatch& m)
{
    static const QStringList months{QStringLiteral("januari"), QStringLiteral("februari"), QStringLiteral("maart"),
                                    QStringLiteral("april"),   QStringLiteral("mei"),      QStringLiteral("juni"),
                                    QStringLiteral("juli"),    QStringLiteral("augustus"), QStringLiteral("september"),
                                    QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("december")};
    return {m.captured(3).toInt(), static_cast<int>(months.indexOf(m.captured(2).toLower())) + 1,
            m.captured(1).toInt()};
}

// The date nearest to a word such as "vastgesteld" in the texts, within a sentence's reach.
QDate dateNear(const QStringList& texts, const QRegularExpression& word)
{
    static const QRegularExpression date(
        QStringLiteral("(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                       "november|december)\\s+(\\d{4})"),
        QRegularExpression::CaseInsensitiveOption);
    constexpr qsizetype kReach = 80;
    for (const QString& text : texts) {
        for (const QRegularExpressionMatch& w : word.globalMatch(text)) {
            QDate best;
            qsizetype bestDistance = kReach + 1;
            for (const QRegularExpressionMatch& d : date.globalMatch(text)) {
                const qsizetype distance = d.capturedStart() > w.capturedStart() ? d.capturedStart() - w.capturedEnd()
                                                                                 : w.capturedStart() - d.capturedEnd();
                if (distance >= 0 && distance < bestDistance && dutchDate(d).isValid()) {
                    best = dutchDate(d);
                    bestDistance = distance;
                }
            }
            if (best.isValid()) {
                return best;
            }
        }
    }
    return {};
}

// Turns the text's units into articles with ids from their place: the section's number or heading
// and the article's number or place in the section.
class Assembler
{
public:
    explicit Assembler(const std::vector<Unit>& units)
        : m_shared(sharedHeadingWords(units))
    {}

    void add(const Unit& unit)
    {
        const QString text = joinExtractedLines(unit.lines);
        switch (unit.kind) {
        case Unit::Roman:
        case Unit::Letter:
        case Unit::Heading:
            enterSection(unit, text);
            return;
        case Unit::Numbered:
            push(within(unit.label), unit.title.isEmpty() ? firstWords(text) : unit.title, text, unit.line,
                 State::Numbered);
            m_titleLine = unit.headingLike && unit.lines.size() == 1 && unit.title.isEmpty();
            return;
        case Unit::Bullet:
            push(within(QString::number(++m_bullets)), firstWords(text), text, unit.line, State::Bullet);
            return;
        case Unit::Footnote:
            m_footnotes << unit.label.toInt();
            push(QStringLiteral("voetnoot-") + unit.label, QStringLiteral("Voetnoot %1").arg(unit.label), text,
                 unit.line, State::Continued);
            return;
        case Unit::Adoption:
            m_adoption << text;
            m_state = State::Outside;
            return;
        case Unit::Paragraph:
            break;
        }
        switch (m_state) {
        case State::SectionStart: // the section's own text, before any numbered article or bullet
            push(prefix(), m_headingTitle, text, unit.line, State::Continued);
            break;
        case State::Numbered:
            if (m_titleLine) { // "1. Inleiding" was the article's heading, and this its text
                m_articles.back().title = m_articles.back().text;
                m_articles.back().text = text;
                m_titleLine = false;
                break;
            }
            [[fallthrough]];
        case State::Continued: // a further paragraph of the same article
            m_articles.back().text += (m_articles.back().text.isEmpty() ? QString() : QStringLiteral("\n\n")) + text;
            break;
        case State::Bullet: // a paragraph after a list stands on its own
        case State::Outside:
            push(QStringLiteral("alinea-") + QString::number(++m_paragraphs), firstWords(text), text, unit.line,
                 State::Continued);
            break;
        }
    }

    ImportedCode finish()
    {
        // The footnote marks that extraction flattened to digits ("niet1") shown as superscripts.
        for (int n : m_footnotes) {
            const QRegularExpression mark(QStringLiteral("(?<=\\p{L})%1(?=[\\s,.;:]|$)").arg(n));
            for (ImportedArticle& article : m_articles) {
                if (!article.id.startsWith(QStringLiteral("voetnoot-"))) {
                    article.text.replace(mark, ordinalSuperscript(n));
                    article.title.replace(mark, ordinalSuperscript(n));
                }
            }
        }
        ImportedCode code;
        QStringList texts = m_adoption;
        for (const ImportedArticle& article : m_articles) {
            texts << article.text;
        }
        code.adopted = dateNear(
            texts, QRegularExpression(QStringLiteral("vastgesteld"), QRegularExpression::CaseInsensitiveOption));
        code.inForce = dateNear(
            texts, QRegularExpression(QStringLiteral("in werking"), QRegularExpression::CaseInsensitiveOption));
        code.articles = std::move(m_articles);
        return code;
    }

private:
    // What a paragraph without a mark of its own belongs to.
    enum class State { Outside, SectionStart, Numbered, Bullet, Continued };

    void enterSection(const Unit& unit, const QString& text)
    {
        if (unit.kind == Unit::Roman) {
            m_roman = unit.label;
            m_letter.clear();
            m_plain.clear();
        } else if (unit.kind == Unit::Letter) {
            m_letter = unit.label;
        } else {
            m_roman.clear();
            m_letter.clear();
            m_plain = headingId(text, m_shared);
        }
        m_headingTitle = text;
        m_bullets = 0;
        m_state = State::SectionStart;
    }

    QString prefix() const
    {
        if (!m_roman.isEmpty()) {
            return m_letter.isEmpty() ? m_roman : m_roman + u'.' + m_letter;
        }
        return m_plain;
    }

    // "III.B" and "9": "III.B.9"; outside any section just "9".
    QString within(const QString& number) const
    {
        const QString section = prefix();
        return section.isEmpty() ? number : section + u'.' + number;
    }

    void push(QString id, const QString& title, const QString& text, int line, State next)
    {
        const QString base = id;
        for (int n = 2; std::any_of(m_articles.begin(), m_articles.end(), [&](const auto& a) { return a.id == id; });
             ++n) {
            id = base + u'-' + QString::number(n);
        }
        m_articles.push_back({id, title, text, line});
        m_state = next;
        m_titleLine = false;
    }

    QSet<QString> m_shared;
    std::vector<ImportedArticle> m_articles;
    QStringList m_adoption;
    QList<int> m_footnotes;
    QString m_roman;
    QString m_letter;
    QString m_plain;
    QString m_headingTitle;
    int m_bullets = 0;
    int m_paragraphs = 0;
    State m_state = State::Outside;
    bool m_titleLine = false; // the last article's text so far is a numbered heading
};

} // namespace

std::optional<ImportedCode> importCodeText(const QByteArray& bytes, const QString& file, Diagnostics& out)
{
    const std::optional<QString> text = decodeText(bytes, file, out);
    if (!text) {
        return std::nullopt;
    }
    const std::vector<Unit> units = splitUnits(*text);
    Assembler assembler(units);
    for (const Unit& unit : units) {
        assembler.add(unit);
    }
    ImportedCode code = assembler.finish();
    if (code.articles.empty()) {
        out.push_back({file, 0, 0, {}, {}, Text::tr("no text found besides page numbers and headings")});
        return std::nullopt;
    }
    return code;
}

} // namespace codewijzer
