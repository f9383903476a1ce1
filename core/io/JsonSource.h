#pragma once

#include "io/Diagnostic.h"
#include "io/JsonIndex.h"
#include "model/LocalizedText.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace codewijzer {

// The largest data file (code, questionnaire or answers) that is read at all; larger ones are
// refused before parsing, so that a wrong file cannot make the program crawl.
inline constexpr qsizetype kMaxDataFileBytes = qsizetype{8} * 1024 * 1024;

// A JSON text being read: parses it (reporting line:column on a syntax error, and every key that
// appears twice in an object, compared after unescaping), and turns a JSON path into a line and
// column for the diagnostics of later checks. Every step takes time linear in the text's size.
class JsonSource
{
public:
    JsonSource(QByteArray text, QString file);

    // Parses the text; on failure adds one diagnostic with line and column and returns nullopt.
    // A UTF-8 byte-order mark is accepted.
    std::optional<QJsonDocument> parse(Diagnostics& out) const;

    const QString& file() const { return m_file; }

    // Adds a diagnostic at the value with this path (or the nearest enclosing one that exists). A
    // long path, rule id or message is cut (see shown()), so that a huge key costs little memory.
    void report(Diagnostics& out, const QString& path, const QString& message, const QString& ruleId = {}) const;

    // The line and column where the value at this path (or the nearest enclosing one) starts; 0, 0
    // when there is none.
    std::pair<int, int> placeOf(QStringView path) const;

private:
    void buildIndex() const;

    QByteArray m_text;
    QString m_file;
    mutable bool m_indexed = false;
    mutable QHash<quint64, JsonPlace> m_places; // PathHash of a JSON path -> where its value starts
};

// What JsonReader::references() says: when none is given where one is needed, an id that is not
// declared, and one named twice (%1: the id).
struct ReferenceMessages
{
    QString none;
    QString unknown;
    QString twice;
};

// Small helpers for reading typed values at a path, each reporting what is wrong and where.
class JsonReader
{
public:
    JsonReader(const JsonSource& source, Diagnostics& out)
        : m_source(source)
        , m_out(out)
    {}

    void error(const QString& path, const QString& message) const { m_source.report(m_out, path, message, m_ruleId); }
    void setRuleId(const QString& id) { m_ruleId = id; }
    std::size_t errorCount() const { return m_out.size(); }
    // A code file's texts may leave out "en" (Dutch is required): localized() then counts them and
    // keeps the place of the first one, for one warning per file.
    void allowMissingEnglish() { m_englishOptional = true; }
    int missingEnglish() const { return m_missingEnglish; }
    const QString& firstMissingEnglish() const { return m_firstMissingEnglish; }
    // One warning at this path, made as report() makes an error.
    Diagnostic warning(const QString& path, const QString& message) const;

    // Each returns the value, or an empty one after reporting the problem (when required).
    QString string(const QJsonObject& object, const QString& key, const QString& path, bool required = true) const;
    QJsonObject object(const QJsonObject& object, const QString& key, const QString& path, bool required = true) const;
    QJsonArray array(const QJsonObject& object, const QString& key, const QString& path, bool required = true) const;
    LocalizedText localized(const QJsonObject& object, const QString& key, const QString& path,
                            bool required = true) const;
    // An array of ids that must each be declared (`lookup` gives -1 for one that is not): their
    // indices, ascending.
    std::vector<int> references(const QJsonObject& object, const QString& key, const QString& path,
                                const ReferenceMessages& say, bool required,
                                const std::function<int(const QString&)>& lookup) const;
    // The "notes" a coordinator may leave in an object (a string, or an array of strings), which the
    // program ignores: reports a value of another type.
    void notes(const QJsonObject& object, const QString& path) const;
    // Reports every key of the object that is not in the allowed list.
    void rejectUnknownKeys(const QJsonObject& object, const QString& path,
                           std::initializer_list<QStringView> allowed) const;

    static QString join(const QString& path, const QString& key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString index(const QString& path, qsizetype i) { return path + QStringLiteral("[%1]").arg(i); }
    static QString typeName(const QJsonValue& value);

private:
    const JsonSource& m_source;
    Diagnostics& m_out;
    QString m_ruleId;
    bool m_englishOptional = false;
    mutable int m_missingEnglish = 0;
    mutable QString m_firstMissingEnglish;
};

} // namespace codewijzer
