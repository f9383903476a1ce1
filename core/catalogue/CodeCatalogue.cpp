#include "catalogue/CodeCatalogue.h"

#include "io/DataFile.h"
#include "io/JsonSource.h"
#include "io/Printable.h"
#include "model/Questionnaire.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CodeCatalogue)
};

// The most code files looked at in one folder for an earlier version.
constexpr qsizetype kMaxVersionCandidates = 200;

} // namespace

CodeCatalogue::CodeCatalogue(const Questionnaire& questionnaire)
    : m_questionnaire(questionnaire)
{}

CodeCatalogue& CodeCatalogue::shared()
{
    static CodeCatalogue catalogue(Questionnaire::builtin());
    return catalogue;
}

std::vector<CodeSource> CodeCatalogue::builtins()
{
    std::vector<CodeSource> sources;
    for (const QString& id : CodeSource::builtinIds()) {
        sources.push_back(CodeSource::builtin(id));
    }
    return sources;
}

std::shared_ptr<const LoadedCode> CodeCatalogue::parse(const QByteArray& json, const CodeSource& source,
                                                       const Questionnaire& questionnaire, Diagnostics& out,
                                                       bool asVersion)
{
    const JsonSource text(json, source.codeFile());
    const std::optional<QJsonDocument> doc = text.parse(out);
    if (!doc) {
        return nullptr;
    }
    const QJsonObject root = doc->object();
    JsonReader reader(text, out);
    std::optional<CodeOfConduct> code = CodeOfConduct::fromJson(root, json, reader, questionnaire);
    if (!code) {
        return nullptr;
    }
    code->file = source.codeFile();
    if (source.isFile() && !asVersion && CodeSource::isBuiltinId(code->id)) {
        // Else an assessment made under the school's rules would reopen under the built-in ones.
        reader.error(
            QStringLiteral("id"),
            Text::tr("\"%1\" is the id of a built-in code; a school's own code needs an id of its own").arg(code->id));
        return nullptr;
    }
    auto loaded = std::make_shared<LoadedCode>(LoadedCode{source, std::move(*code), std::nullopt, {}});
    JsonReader caseReader(text, loaded->caseProblems);
    caseReader.allowMissingEnglish();
    loaded->cases = CaseLibrary::fromJson(root, source.codeFile(), loaded->code, questionnaire, caseReader);
    noteMissingEnglish(loaded->code, caseReader);
    return loaded;
}

std::shared_ptr<const LoadedCode> CodeCatalogue::load(const CodeSource& source, Diagnostics& out)
{
    if (source.isBuiltin() && !CodeSource::isBuiltinId(source.name())) {
        out.push_back({{},
                       0,
                       0,
                       {},
                       {},
                       Text::tr("unknown code \"%1\" (built-in codes: %2)")
                           .arg(shown(source.name()), CodeSource::builtinIds().join(QStringLiteral(", ")))});
        return nullptr;
    }
    if (source.isNull()) {
        out.push_back({{}, 0, 0, {}, {}, Text::tr("no code chosen")});
        return nullptr;
    }
    if (const Entry* cached = fresh(source)) {
        return cached->code;
    }

    const std::optional<QByteArray> bytes = readDataFile(source.codeFile(), out);
    if (!bytes) {
        return nullptr;
    }
    std::shared_ptr<const LoadedCode> loaded;
    if (source.isFile()) {
        loaded = parse(*bytes, source, m_questionnaire, out);
    } else if (std::optional<CodeOfConduct> code =
                   CodeOfConduct::load(*bytes, source.codeFile(), m_questionnaire, out)) {
        auto builtin = std::make_shared<LoadedCode>(LoadedCode{source, std::move(*code), CaseLibrary{}, {}});
        const QString casesFile = source.casesFile();
        if (QFile::exists(casesFile)) {
            const std::optional<QByteArray> cases = readDataFile(casesFile, builtin->caseProblems);
            builtin->cases =
                cases ? CaseLibrary::load(*cases, casesFile, builtin->code, m_questionnaire, builtin->caseProblems)
                      : std::nullopt;
        }
        loaded = std::move(builtin);
    }
    if (loaded) {
        const QFileInfo info(source.codeFile());
        m_cache[source.toSetting()] = Entry{loaded, info.lastModified(), info.size()};
    }
    return loaded;
}

std::shared_ptr<const LoadedCode> CodeCatalogue::reload(const CodeSource& source, Diagnostics& out)
{
    if (source.isFile()) {
        m_cache.erase(source.toSetting());
    }
    return load(source, out);
}

const CodeCatalogue::Entry* CodeCatalogue::fresh(const CodeSource& source) const
{
    const auto cached = m_cache.find(source.toSetting());
    if (cached == m_cache.end()) {
        return nullptr;
    }
    if (source.isBuiltin()) {
        return &cached->second;
    }
    const QFileInfo info(source.codeFile());
    return info.lastModified() == cached->second.modified && info.size() == cached->second.size ? &cached->second
                                                                                                : nullptr;
}

std::shared_ptr<const LoadedCode> CodeCatalogue::loadVersion(const CodeSource& source, Diagnostics& out)
{
    if (!source.isFile()) {
        return load(source, out);
    }
    const std::optional<QByteArray> bytes = readDataFile(source.codeFile(), out);
    return bytes ? parse(*bytes, source, m_questionnaire, out, true) : nullptr;
}

std::shared_ptr<const LoadedCode> CodeCatalogue::findVersion(const QString& id, const QString& fingerprint,
                                                             const QStringList& folders)
{
    QStringList looked;
    for (const QString& folder : folders) {
        const QString dir = QDir(folder).absolutePath();
        if (folder.isEmpty() || looked.contains(dir)) {
            continue;
        }
        looked << dir;
        // A folder of many files is not searched through: the files beside an assessment are few.
        const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (qsizetype i = 0; i < files.size() && i < kMaxVersionCandidates; ++i) {
            Diagnostics ignored;
            const std::optional<QByteArray> bytes = readDataFile(files[i].filePath(), ignored);
            // The fingerprint is a hash of the bytes: only the file that has it is parsed.
            if (!bytes || codeFingerprint(*bytes) != fingerprint) {
                continue;
            }
            std::shared_ptr<const LoadedCode> code =
                parse(*bytes, CodeSource::file(files[i].absoluteFilePath()), m_questionnaire, ignored, true);
            if (code && code->code.id == id) {
                return code;
            }
        }
    }
    return nullptr;
}

namespace {

// The built-in ids among `ids`, each once, in the order given.
QStringList builtinIdsAmong(const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids) {
        if (CodeSource::isBuiltinId(id) && !out.contains(id)) {
            out << id;
        }
    }
    return out;
}

} // namespace

void CodeCatalogue::setShownBuiltins(const QStringList& ids)
{
    m_shown = builtinIdsAmong(ids);
}

std::vector<CodeSource> CodeCatalogue::shownBuiltins() const
{
    std::vector<CodeSource> sources;
    for (const QString& id : m_shown) {
        sources.push_back(CodeSource::builtin(id));
    }
    return sources;
}

void CodeCatalogue::setComparedWith(const std::optional<QStringList>& ids)
{
    m_compared = ids ? std::optional(builtinIdsAmong(*ids)) : std::nullopt;
}

QStringList CodeCatalogue::comparedIds(const QString& codeId) const
{
    // A school's own code is the one its staff follow: another group's verdict would only confuse.
    QStringList ids = m_compared ? *m_compared : CodeSource::isBuiltinId(codeId) ? m_shown : QStringList();
    ids.removeAll(codeId);
    return ids;
}

std::vector<std::shared_ptr<const LoadedCode>> CodeCatalogue::comparedWith(const QString& codeId)
{
    std::vector<std::shared_ptr<const LoadedCode>> codes;
    for (const QString& id : comparedIds(codeId)) {
        Diagnostics ignored;
        if (std::shared_ptr<const LoadedCode> code = load(CodeSource::builtin(id), ignored)) {
            codes.push_back(std::move(code));
        }
    }
    return codes;
}

std::optional<CodeSummary> CodeCatalogue::summary(const CodeSource& source) const
{
    if (const Entry* cached = fresh(source)) {
        const CodeOfConduct& code = cached->code->code;
        return CodeSummary{source, code.id, code.title, code.organisation, code.adopted, code.version, code.isConcept};
    }
    Diagnostics problems;
    const std::optional<QByteArray> bytes = readDataFile(source.codeFile(), problems);
    if (!bytes) {
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(*bytes).object();
    const QJsonObject title = root.value(u"title").toObject();
    CodeSummary summary{source,
                        root.value(u"id").toString(),
                        {title.value(u"nl").toString(), title.value(u"en").toString()},
                        root.value(u"organisation").toString(),
                        QDate::fromString(root.value(u"adopted").toString(), Qt::ISODate),
                        root.value(u"version").toString(),
                        root.value(u"status").toString() == u"concept"};
    if (summary.id.isEmpty() || summary.organisation.isEmpty()) {
        return std::nullopt;
    }
    return summary;
}

VerifyReport verifyWithCases(const LoadedCode& loaded, const Questionnaire& questionnaire)
{
    VerifyReport report = verify(loaded.code, questionnaire, VerifyDetail::PerRule);
    report.caseProblems = loaded.caseProblems;
    report.cases = loaded.cases ? static_cast<int>(loaded.cases->cases.size()) : 0;
    const CodeOfConduct& code = loaded.code;
    const auto withoutReason = [&](int a) {
        const LocalizedText& reason = code.articles[static_cast<std::size_t>(a)].notCited;
        return reason.nl.isEmpty() && reason.en.isEmpty();
    };
    const bool uncitedWithoutReason =
        std::any_of(report.unreachedArticles.begin(), report.unreachedArticles.end(), withoutReason);
    if (report.unfiredRules.empty() && report.silentRules.empty() && report.idleExceptions.empty() &&
        !uncitedWithoutReason) {
        return report;
    }
    // The file is read again for the places: only when there is something to place.
    Diagnostics unread;
    const JsonSource source(readDataFile(code.file, unread).value_or(QByteArray()), code.file);
    for (int r : report.unfiredRules) {
        if (code.rules[static_cast<std::size_t>(r)].exceptionTo >= 0) {
            continue; // said below, as an exception that lowers nothing
        }
        const QString& id = code.rules[static_cast<std::size_t>(r)].id;
        source.report(report.codeProblems, QStringLiteral("rules[%1]").arg(r),
                      Text::tr("it never applies: no combination of answers meets its \"when\""), id);
    }
    for (int r : report.silentRules) {
        const Rule& rule = code.rules[static_cast<std::size_t>(r)];
        const RuleCount& counts = report.rules[static_cast<std::size_t>(r)];
        const QString why =
            counts.given == 0
                ? Text::tr("it applies in %1 of the combinations but never matters: its out-of-scope advice is only "
                           "given where no other rule applies, and another rule always does")
                      .arg(counts.applies)
                : Text::tr("it applies in %1 of the combinations but never matters: wherever it applies, another rule "
                           "gives the same advice and articles, as strict or stricter")
                      .arg(counts.applies);
        source.report(report.codeProblems, QStringLiteral("rules[%1]").arg(r), why, rule.id);
    }
    for (int r : report.idleExceptions) {
        const Rule& rule = code.rules[static_cast<std::size_t>(r)];
        source.report(report.codeProblems, QStringLiteral("rules[%1].exceptionTo").arg(r),
                      Text::tr("this exception lowers nothing: it never applies where rule \"%1\" applies")
                          .arg(code.rules[static_cast<std::size_t>(rule.exceptionTo)].id),
                      rule.id);
    }
    for (int a : report.unreachedArticles) {
        if (withoutReason(a)) {
            source.report(report.codeProblems, QStringLiteral("articles[%1]").arg(a),
                          Text::tr("article \"%1\" is cited by no rule that applies; cite it, or say why not under "
                                   "\"notCited\"")
                              .arg(code.articles[static_cast<std::size_t>(a)].id));
        }
    }
    return report;
}

} // namespace codewijzer
