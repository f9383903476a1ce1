#include "io/JsonSource.h"

#include "model/LocalizedText.h"

#include <QJsonParseError>
#include <QVarLengthArray>

namespace codewijzer {

namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

// Walks a JSON text that QJsonDocument has already accepted and finds the keys that appear twice in
// one object. With `offsets`, it also records the JSON path of every value and where it starts.
class PathIndexer
{
public:
    using Duplicates = std::vector<std::pair<QString, qsizetype>>; // path (or key) and offset

    PathIndexer(const QByteArray& text, QHash<QString, qsizetype>* offsets)
        : m_text(text)
        , m_offsets(offsets)
    {}

    // Walks the text; returns the keys that appear twice.
    Duplicates run()
    {
        skipSpace();
        value(QString());
        return std::move(m_duplicates);
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
            ++m_pos;
        }
    }

    // The raw bytes of a string, without its quotes.
    QByteArrayView rawString()
    {
        const qsizetype start = ++m_pos; // opening quote
        while (!atEnd() && peek() != '"') {
            m_pos += peek() == '\\' ? 2 : 1;
        }
        return QByteArrayView(m_text).sliced(start, m_pos++ - start); // and the closing quote
    }

    static QString decode(QByteArrayView raw)
    {
        if (!raw.contains('\\')) {
            return QString::fromUtf8(raw);
        }
        // Escapes are decoded the way QJsonDocument decodes them, so that paths match.
        return QJsonDocument::fromJson("[\"" + raw.toByteArray() + "\"]").array().at(0).toString();
    }

    void value(const QString& path)
    {
        if (m_offsets) {
            m_offsets->insert(path, m_pos);
        }
        const char c = peek();
        if (c == '{') {
            ++m_pos;
            skipSpace();
            QVarLengthArray<QByteArrayView, 16> keys;
            while (!atEnd() && peek() != '}') {
                const qsizetype keyOffset = m_pos;
                const QByteArrayView key = rawString();
                const QString keyPath = m_offsets ? (path.isEmpty() ? decode(key) : path + u'.' + decode(key)) : path;
                if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
                    m_duplicates.emplace_back(m_offsets ? keyPath : decode(key), keyOffset);
                }
                keys.push_back(key);
                skipSpace();
                ++m_pos; // ':'
                skipSpace();
                value(keyPath);
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            qsizetype i = 0;
            while (!atEnd() && peek() != ']') {
                value(m_offsets ? path + QStringLiteral("[%1]").arg(i++) : path);
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '"') {
            rawString();
        } else {
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\n' &&
                   peek() != '\r' && peek() != '\t') {
                ++m_pos;
            }
        }
    }

    const QByteArray& m_text;
    QHash<QString, qsizetype>* m_offsets;
    Duplicates m_duplicates;
    qsizetype m_pos = 0;
};

QString parentPath(const QString& path)
{
    const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
    return cut <= 0 ? QString() : path.left(cut);
}

} // namespace

JsonSource::JsonSource(QByteArray text, QString file)
    : m_text(std::move(text))
    , m_file(std::move(file))
{
    if (m_text.startsWith(kUtf8Bom)) {
        m_text.remove(0, kUtf8Bom.size());
    }
}

std::pair<int, int> JsonSource::lineColumnAt(qsizetype offset) const
{
    int line = 1;
    int column = 1;
    offset = std::min(offset, m_text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(m_text.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

std::optional<QJsonDocument> JsonSource::parse(Diagnostics& out) const
{
    if (m_text.size() > kMaxDataFileBytes) {
        out.push_back({m_file,
                       0,
                       0,
                       {},
                       {},
                       QStringLiteral("the file is %1 bytes; files larger than %2 bytes are not read")
                           .arg(m_text.size())
                           .arg(kMaxDataFileBytes)});
        return std::nullopt;
    }
    if (m_text.trimmed().isEmpty()) {
        out.push_back({m_file, 0, 0, {}, {}, QStringLiteral("the file is empty")});
        return std::nullopt;
    }
    if (m_text.startsWith("\xFF\xFE") || m_text.startsWith("\xFE\xFF") || m_text.left(4).contains('\0')) {
        out.push_back({m_file,
                       1,
                       1,
                       {},
                       {},
                       QStringLiteral("the file is not UTF-8 text (it looks like UTF-16): save it as UTF-8")});
        return std::nullopt;
    }
    if (m_text.contains('\0')) {
        const auto [line, column] = lineColumnAt(m_text.indexOf('\0'));
        out.push_back({m_file, line, column, {}, {}, QStringLiteral("the file holds binary data, not JSON text")});
        return std::nullopt;
    }
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(m_text, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumnAt(error.offset);
        out.push_back({m_file, line, column, {}, {}, QStringLiteral("malformed JSON: %1").arg(error.errorString())});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        out.push_back({m_file, 1, 1, {}, {}, QStringLiteral("expected a JSON object at the top level")});
        return std::nullopt;
    }
    // QJsonDocument keeps one value of a key that appears twice and drops the other without a word.
    // A quick scan finds them; the paths are only worked out when there are any.
    if (PathIndexer(m_text, nullptr).run().empty()) {
        return doc;
    }
    buildIndex();
    for (const auto& [path, offset] : m_duplicates) {
        const auto [line, column] = lineColumnAt(offset);
        out.push_back(
            {m_file, line, column, path, {}, QStringLiteral("the key appears twice in the same object; keep one")});
    }
    return std::nullopt;
}

void JsonSource::buildIndex() const
{
    if (!m_indexed) {
        m_duplicates = PathIndexer(m_text, &m_offsets).run();
        m_indexed = true;
    }
}

void JsonSource::report(Diagnostics& out, const QString& path, const QString& message, const QString& ruleId) const
{
    buildIndex();
    Diagnostic d{m_file, 0, 0, path, ruleId, message};
    for (QString p = path;; p = parentPath(p)) {
        const auto it = m_offsets.constFind(p);
        if (it != m_offsets.constEnd()) {
            std::tie(d.line, d.column) = lineColumnAt(it.value());
            break;
        }
        if (p.isEmpty()) {
            break;
        }
    }
    out.push_back(std::move(d));
}

QString JsonReader::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a true/false value");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString JsonReader::string(const QJsonObject& object, const QString& key, const QString& path, bool required) const
{
    const QJsonValue value = object.value(key);
    const QString at = join(path, key);
    if (value.isUndefined()) {
        if (required) {
            error(path, QStringLiteral("missing \"%1\"").arg(key));
        }
        return {};
    }
    if (!value.isString()) {
        error(at, QStringLiteral("expected a string, found %1").arg(typeName(value)));
        return {};
    }
    if (required && value.toString().trimmed().isEmpty()) {
        error(at, QStringLiteral("must not be empty"));
    }
    return value.toString();
}

QJsonObject JsonReader::object(const QJsonObject& object, const QString& key, const QString& path, bool required) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required) {
            error(path, QStringLiteral("missing \"%1\"").arg(key));
        }
        return {};
    }
    if (!value.isObject()) {
        error(join(path, key), QStringLiteral("expected an object, found %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonObject& object, const QString& key, const QString& path, bool required) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required) {
            error(path, QStringLiteral("missing \"%1\"").arg(key));
        }
        return {};
    }
    if (!value.isArray()) {
        error(join(path, key), QStringLiteral("expected an array, found %1").arg(typeName(value)));
        return {};
    }
    return value.toArray();
}

LocalizedText JsonReader::localized(const QJsonObject& object, const QString& key, const QString& path,
                                    bool required) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required) {
            error(path, QStringLiteral("missing \"%1\" (with a Dutch \"nl\" and an English \"en\" text)").arg(key));
        }
        return {};
    }
    const QString at = join(path, key);
    if (!value.isObject()) {
        error(at, QStringLiteral("expected an object with \"nl\" and \"en\" texts, found %1").arg(typeName(value)));
        return {};
    }
    const QJsonObject texts = value.toObject();
    rejectUnknownKeys(texts, at, {u"nl", u"en"});
    return {string(texts, QStringLiteral("nl"), at), string(texts, QStringLiteral("en"), at)};
}

void JsonReader::rejectUnknownKeys(const QJsonObject& object, const QString& path,
                                   std::initializer_list<QStringView> allowed) const
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), QStringView(it.key())) == allowed.end()) {
            error(join(path, it.key()), QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }
    }
}

} // namespace codewijzer
