#include "session/TrainingSessionFile.h"

#include "io/DataFile.h"
#include "io/JsonSource.h"
#include "io/Printable.h"
#include "io/SafeWrite.h"
#include "training/CaseLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSessionFile)
};

const QString kSessionFormat = QStringLiteral("codewijzer-session");

} // namespace

std::optional<TrainingSessionFile> TrainingSessionFile::parse(const QByteArray& json, const QString& file,
                                                              Diagnostics& out)
{
    const JsonSource source(json, file);
    const std::optional<QJsonDocument> doc = source.parse(out);
    if (!doc) {
        return std::nullopt;
    }
    const JsonReader reader(source, out);
    const std::size_t before = out.size();
    if (!doc->isObject()) {
        reader.error({}, Text::tr(R"(expected a training session: an object with "code" and "cases")"));
        return std::nullopt;
    }
    const QJsonObject root = doc->object();
    reader.rejectUnknownKeys(root, {}, {u"format", u"code", u"fingerprint", u"cases"});
    if (root.value(u"format").toString() != kSessionFormat) {
        reader.error(root.contains(u"format") ? QStringLiteral("format") : QString(),
                     Text::tr(R"(not a training session: "format" must be "%1")").arg(kSessionFormat));
    }
    TrainingSessionFile result;
    result.file = file;
    result.code = reader.string(root, QStringLiteral("code"), {});
    result.fingerprint = reader.string(root, QStringLiteral("fingerprint"), {}, false);
    const QJsonArray cases = reader.array(root, QStringLiteral("cases"), {});
    if (root.value(u"cases").isArray() && cases.isEmpty()) {
        reader.error(QStringLiteral("cases"), Text::tr("a session needs at least one case"));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString at = JsonReader::index(QStringLiteral("cases"), i);
        if (!cases.at(i).isString()) {
            reader.error(at,
                         Text::tr("expected a case id as a string, found %1").arg(JsonReader::typeName(cases.at(i))));
            continue;
        }
        const QString id = cases.at(i).toString();
        if (seen.contains(id)) {
            reader.error(at, Text::tr(R"(the case "%1" is listed twice)").arg(shown(id)));
            continue;
        }
        seen.insert(id);
        result.cases << id;
        result.places.push_back(source.placeOf(at));
    }
    // The reader reports into `out`, which cppcheck does not see.
    // cppcheck-suppress knownConditionTrueFalse
    if (out.size() != before) {
        return std::nullopt;
    }
    return result;
}

std::optional<TrainingSessionFile> TrainingSessionFile::read(const QString& path, Diagnostics& out)
{
    const std::optional<QByteArray> bytes = readDataFile(path, out);
    if (!bytes) {
        return std::nullopt;
    }
    return parse(*bytes, path, out);
}

QByteArray TrainingSessionFile::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), kSessionFormat},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("cases"), QJsonArray::fromStringList(cases)}};
    if (!fingerprint.isEmpty()) {
        root.insert(QStringLiteral("fingerprint"), fingerprint);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool TrainingSessionFile::write(const QString& path, QString& error) const
{
    return writeFileSafely(path, toJson(), error);
}

std::optional<std::vector<const TrainingCase*>> TrainingSessionFile::casesIn(const CaseLibrary& library,
                                                                             Diagnostics& out) const
{
    std::vector<const TrainingCase*> found;
    bool ok = true;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (const TrainingCase* item = library.find(cases.at(i))) {
            found.push_back(item);
            continue;
        }
        const auto place = static_cast<std::size_t>(i) < places.size() ? places[static_cast<std::size_t>(i)]
                                                                       : std::pair<int, int>{0, 0};
        out.push_back({file,
                       place.first,
                       place.second,
                       QStringLiteral("cases[%1]").arg(i),
                       {},
                       Text::tr(R"("%1" is not a case of the code "%2")").arg(shown(cases.at(i)), code)});
        ok = false;
    }
    if (!ok) {
        return std::nullopt;
    }
    return found;
}

} // namespace codewijzer
