#include "io/JsonSource.h"

#include "io/JsonSlips.h"
#include "io/LineCounter.h"
#include "io/Printable.h"
#include "model/LocalizedText.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QVarLengthArray>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonSource)
};

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

// A message longer than this is cut: a value in it that its maker did not cut with shown().
constexpr qsizetype kMaxMessageLength = 400;

QString parseErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::DeepNesting:
        return Text::tr("the JSON is too deeply nested: a data file needs only a few levels");
    case QJsonParseError::IllegalUTF8String:
        return Text::tr("this text is not UTF-8: save the file as UTF-8");
    default:
        return Text::tr("this is not valid JSON");
    }
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

std::optional<QJsonDocument> JsonSource::parse(Diagnostics& out) const
{
    const auto fail = [&](qsizetype offset, const QString& message) {
        const auto [line, column] = offset < 0 ? std::pair(0, 0) : LineCounter(m_text).at(offset);
        out.push_back({m_file, line, column, {}, {}, message});
        return std::nullopt;
    };
    if (m_text.size() > kMaxDataFileBytes) {
        return fail(-1, Text::tr("the file is %1 bytes; files larger than %2 bytes are not read")
                            .arg(QString::number(m_text.size()), QString::number(kMaxDataFileBytes)));
    }
    if (m_text.trimmed().isEmpty()) {
        return fail(-1, Text::tr("the file is empty"));
    }
    if (m_text.startsWith("\xFF\xFE") || m_text.startsWith("\xFE\xFF") || m_text.left(4).contains('\0')) {
        return fail(0, Text::tr("the file is not UTF-8 text (it looks like UTF-16): save it as UTF-8"));
    }
    if (const qsizetype nul = m_text.indexOf('\0'); nul >= 0) {
        return fail(nul, Text::tr("the file holds binary data, not JSON text"));
    }
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(m_text, &error);
    if (error.error != QJsonParseError::NoError) {
        // Our own walk says what the slip is and how to fix it; Qt's message would be English only.
        const bool qtKnowsBetter =
            error.error == QJsonParseError::DeepNesting || error.error == QJsonParseError::IllegalUTF8String;
        if (const std::optional<JsonSlip> slip = findJsonSlip(m_text);
            slip && !(qtKnowsBetter && slip->offset > error.offset)) {
            return fail(slip->offset, slip->message);
        }
        return fail(error.offset, parseErrorText(error.error));
    }
    if (!doc.isObject()) {
        return fail(0, Text::tr("expected a JSON object at the top level"));
    }
    // QJsonDocument keeps the last value of a key that appears twice and drops the others without a
    // word; the walk finds them, escaped or not.
    const JsonScan scan = scanJson(m_text, false);
    if (scan.duplicates.empty()) {
        return doc;
    }
    for (const JsonDuplicate& d : scan.duplicates) {
        out.push_back({m_file,
                       d.place.line,
                       d.place.column,
                       d.path,
                       {},
                       Text::tr("the key appears twice in the same object; keep one")});
    }
    return std::nullopt;
}

void JsonSource::buildIndex() const
{
    if (!m_indexed) {
        m_places = scanJson(m_text, true).places;
        m_indexed = true;
    }
}

std::pair<int, int> JsonSource::placeOf(QStringView path) const
{
    buildIndex();
    // The path, then each enclosing one (cut before a '.' or a '['), then the top: their hashes are
    // taken in one pass over the path.
    QVarLengthArray<quint64, 16> candidates;
    PathHash hash;
    candidates.push_back(0); // the top
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (i > 0 && (path.at(i) == u'.' || path.at(i) == u'[')) {
            candidates.push_back(hash.value());
        }
        hash.append(path.sliced(i, 1));
    }
    candidates.push_back(hash.value());
    std::reverse(candidates.begin(), candidates.end()); // the innermost first
    for (const quint64 candidate : candidates) {
        const auto found = m_places.constFind(candidate);
        if (found != m_places.constEnd()) {
            return {found->line, found->column};
        }
    }
    return {0, 0};
}

void JsonSource::report(Diagnostics& out, const QString& path, const QString& message, const QString& ruleId) const
{
    const auto [line, column] = placeOf(path);
    out.push_back({m_file, line, column, shortened(path), shortened(ruleId),
                   message.size() > kMaxMessageLength ? shortened(message, kMaxMessageLength) : message});
}

QString JsonReader::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a true/false value");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

QString JsonReader::string(const QJsonObject& object, const QString& key, const QString& path, bool required) const
{
    const QJsonValue value = object.value(key);
    const QString at = join(path, key);
    if (value.isUndefined()) {
        if (required) {
            error(path, Text::tr("missing \"%1\"").arg(shown(key)));
        }
        return {};
    }
    if (!value.isString()) {
        error(at, Text::tr("expected a string, found %1").arg(typeName(value)));
        return {};
    }
    if (required && value.toString().trimmed().isEmpty()) {
        error(at, Text::tr("must not be empty"));
    }
    return value.toString();
}

QJsonObject JsonReader::object(const QJsonObject& object, const QString& key, const QString& path, bool required) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required) {
            error(path, Text::tr("missing \"%1\"").arg(shown(key)));
        }
        return {};
    }
    if (!value.isObject()) {
        error(join(path, key), Text::tr("expected an object, found %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonObject& object, const QString& key, const QString& path, bool required) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required) {
            error(path, Text::tr("missing \"%1\"").arg(shown(key)));
        }
        return {};
    }
    if (!value.isArray()) {
        error(join(path, key), Text::tr("expected an array, found %1").arg(typeName(value)));
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
            error(path, Text::tr(R"(missing "%1" (with a Dutch "nl" and an English "en" text))").arg(shown(key)));
        }
        return {};
    }
    const QString at = join(path, key);
    if (!value.isObject()) {
        error(at, Text::tr(R"(expected an object with "nl" and "en" texts, found %1)").arg(typeName(value)));
        return {};
    }
    const QJsonObject texts = value.toObject();
    rejectUnknownKeys(texts, at, {u"nl", u"en"});
    if (m_englishOptional && !texts.contains(u"en")) {
        if (m_missingEnglish++ == 0) {
            m_firstMissingEnglish = at;
        }
        return {string(texts, QStringLiteral("nl"), at), {}};
    }
    return {string(texts, QStringLiteral("nl"), at), string(texts, QStringLiteral("en"), at)};
}

Diagnostic JsonReader::warning(const QString& path, const QString& message) const
{
    Diagnostics one;
    m_source.report(one, path, message, m_ruleId);
    one.front().severity = Diagnostic::Severity::Warning;
    return one.front();
}

std::vector<int> JsonReader::references(const QJsonObject& object, const QString& key, const QString& path,
                                        const ReferenceMessages& say, bool required,
                                        const std::function<int(const QString&)>& lookup) const
{
    std::vector<int> out;
    const QJsonArray ids = array(object, key, path, required);
    const QString at = join(path, key);
    if (required && object.contains(key) && ids.isEmpty()) {
        error(at, say.none);
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString itemPath = index(at, i);
        if (!ids.at(i).isString()) {
            error(itemPath, Text::tr("expected an id, found %1").arg(typeName(ids.at(i))));
            continue;
        }
        const int found = lookup(ids.at(i).toString());
        if (found < 0) {
            error(itemPath, say.unknown.arg(shown(ids.at(i).toString())));
            continue;
        }
        if (std::find(out.begin(), out.end(), found) != out.end()) {
            error(itemPath, say.twice.arg(shown(ids.at(i).toString())));
            continue;
        }
        out.push_back(found);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void JsonReader::notes(const QJsonObject& object, const QString& path) const
{
    const QJsonValue value = object.value(u"notes");
    if (value.isUndefined() || value.isString()) {
        return;
    }
    const QString at = join(path, QStringLiteral("notes"));
    if (!value.isArray()) {
        error(at, Text::tr("\"notes\" is a string or an array of strings, found %1").arg(typeName(value)));
        return;
    }
    const QJsonArray lines = value.toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).isString()) {
            error(index(at, i), Text::tr("expected a string, found %1").arg(typeName(lines.at(i))));
        }
    }
}

void JsonReader::rejectUnknownKeys(const QJsonObject& object, const QString& path,
                                   std::initializer_list<QStringView> allowed) const
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), QStringView(it.key())) == allowed.end()) {
            error(join(path, it.key()), Text::tr("unknown key \"%1\"").arg(shown(it.key())));
        }
    }
}

} // namespace codewijzer
