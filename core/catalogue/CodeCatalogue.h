#pragma once

#include "io/Diagnostic.h"
#include "model/CodeOfConduct.h"
#include "model/CodeSource.h"
#include "rules/Verifier.h"
#include "training/CaseLibrary.h"

#include <QDateTime>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace codewijzer {

class Questionnaire;

// A code as the program uses it: where it came from, the code itself and its training cases, read in
// the same pass (a school's file carries its cases under "cases"; a built-in code has them beside it).
// A wrong case does not stop the code from being used: the cases are then absent, with their problems.
struct LoadedCode
{
    CodeSource source;
    CodeOfConduct code;
    std::optional<CaseLibrary> cases; // empty library when the code has none; nullopt when they are wrong
    Diagnostics caseProblems;
};

// What a list of codes shows of each, read without checking the whole file (which loading does).
struct CodeSummary
{
    CodeSource source;
    QString id;
    LocalizedText title;
    QString organisation;
    QDate adopted;
    QString version;
    bool isConcept = false;
};

// Lists, loads and caches the codes: the built-in ones and schools' own files. Every front end asks
// it, so that a file is read once, and read again only when it has changed on disk.
class CodeCatalogue
{
public:
    explicit CodeCatalogue(const Questionnaire& questionnaire);
    // The program's catalogue, over the built-in questionnaire.
    static CodeCatalogue& shared();

    const Questionnaire& questionnaire() const { return m_questionnaire; }

    // The built-in codes, in display order.
    static std::vector<CodeSource> builtins();

    // The code in full, with its cases; nullopt with every problem found (file, line, column) when
    // it cannot be used: an unknown built-in id, a file that does not load, a school's file that
    // takes the id of a built-in code.
    std::shared_ptr<const LoadedCode> load(const CodeSource& source, Diagnostics& out);
    // As load(), but a school's file is read afresh even when its time and size look the same (an
    // edit within the same moment); the cache then holds what was read.
    std::shared_ptr<const LoadedCode> reload(const CodeSource& source, Diagnostics& out);
    // A version of a code to compare with another (CodeDiff): a built-in code as load() gives it, or
    // a file, read afresh, which may take a built-in code's id (the next version of that code). Such
    // a file is never used for an assessment.
    std::shared_ptr<const LoadedCode> loadVersion(const CodeSource& source, Diagnostics& out);
    // The version of the code `id` whose file has this fingerprint, looked for among the code files
    // (*.json) in `folders`, read as loadVersion() reads them; nullptr when none of them is it.
    std::shared_ptr<const LoadedCode> findVersion(const QString& id, const QString& fingerprint,
                                                  const QStringList& folders);
    // Which built-in codes staff see (the roll-out's "codes"; every one when not set), in display
    // order. Ids that are not built-in codes are left out.
    void setShownBuiltins(const QStringList& ids);
    std::vector<CodeSource> shownBuiltins() const;
    // Which built-in codes a code is compared with (the roll-out's "compareWith"). When not set: a
    // built-in code with the other built-in codes staff see, a school's own code with none.
    void setComparedWith(const std::optional<QStringList>& ids);
    QStringList comparedIds(const QString& codeId) const;
    // Those codes loaded, for comparisons; one that does not load is left out.
    std::vector<std::shared_ptr<const LoadedCode>> comparedWith(const QString& codeId);

    // A short summary (a cheap read, not a full check); nullopt when the file cannot be read.
    std::optional<CodeSummary> summary(const CodeSource& source) const;

    // Parses a code file's text with its cases (a school's file), as load() does for a file.
    // `asVersion`: the file may take a built-in code's id (loadVersion).
    static std::shared_ptr<const LoadedCode> parse(const QByteArray& json, const CodeSource& source,
                                                   const Questionnaire& questionnaire, Diagnostics& out,
                                                   bool asVersion = false);

private:
    struct Entry
    {
        std::shared_ptr<const LoadedCode> code;
        QDateTime modified; // of a school's file when it was read; a change makes it read again
        qint64 size = -1;
    };
    // The cached entry, unless the file has changed since it was read.
    const Entry* fresh(const CodeSource& source) const;

    const Questionnaire& m_questionnaire;
    std::map<QString, Entry> m_cache; // by CodeSource::toSetting()
    QStringList m_shown = CodeSource::builtinIds();
    std::optional<QStringList> m_compared;
};

// verify() over the code, and its training cases: each must get the verdict and articles it expects.
VerifyReport verifyWithCases(const LoadedCode& loaded, const Questionnaire& questionnaire);

} // namespace codewijzer
