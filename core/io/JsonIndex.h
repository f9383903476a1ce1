#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringView>
#include <vector>

namespace codewijzer {

// A hash of a JSON path as JsonReader::join and JsonReader::index spell it ("rules[3].when.all[0]"),
// built up piece by piece: the index keeps this for every value instead of the path itself, which
// for deep or long keys would add up to far more than the file. Two 31-bit polynomial hashes, so
// that the arithmetic is plain 64-bit everywhere.
class PathHash
{
public:
    void append(QStringView text);
    PathHash key(QStringView key) const;
    PathHash index(qsizetype i) const;
    quint64 value() const { return (quint64{m_a} << 32) | m_b; }
    qsizetype length() const { return m_length; }

private:
    quint32 m_a = 0;
    quint32 m_b = 0;
    qsizetype m_length = 0;
};

struct JsonPlace
{
    int line = 0;
    int column = 0;
};

struct JsonDuplicate
{
    QString path; // cut after about 80 characters
    JsonPlace place;
};

struct JsonScan
{
    std::vector<JsonDuplicate> duplicates;
    QHash<quint64, JsonPlace> places; // PathHash of a value's path -> where it starts; with places only
};

// Walks a JSON text that QJsonDocument has accepted, in one pass and in time linear in its size:
// finds every key that appears twice in one object, compared after unescaping ("\u0076erdict" is
// "verdict"), and, with `withPlaces`, where every value starts.
JsonScan scanJson(QByteArrayView text, bool withPlaces);

// A key's text with its escapes decoded the way QJsonDocument decodes them.
QString decodeJsonString(QByteArrayView raw);

} // namespace codewijzer
