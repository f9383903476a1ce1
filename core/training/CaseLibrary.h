#pragma once

#include "io/Diagnostic.h"
#include "model/Answers.h"
#include "model/LocalizedText.h"
#include "model/Verdict.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace codewijzer {

struct CodeOfConduct;
class JsonReader;
class Questionnaire;

// A situation from school life for a training session: what a colleague wants to do, the answers
// that implies, and what the code makes of it. The expectation is written down so that a change
// of the rules that changes a case's outcome is caught; the loader checks it against the rules.
struct TrainingCase
{
    QString id;
    LocalizedText title;
    LocalizedText situation;
    Answers given;
    Verdict verdict = Verdict::Go;
    std::vector<int> articles; // indices into the code's articles, in the code's order
};

// The cases of one code (docs/code-format.md, "Training cases"). A built-in code's cases are a file
// beside it (":/cases/ID.json"); a school's own code file may carry its own under "cases".
struct CaseLibrary
{
    QString file; // where the cases were read from; empty when the code has none
    std::vector<TrainingCase> cases;

    const TrainingCase* find(QStringView id) const;

    // The "cases" of a school's own code file, already parsed (an empty library when it has none).
    // Every problem, a case whose expectation the rules do not give included, is reported with its
    // place through `reader`.
    static std::optional<CaseLibrary> fromJson(const QJsonObject& root, const QString& file, const CodeOfConduct& code,
                                               const Questionnaire& questionnaire, JsonReader& reader);
    // A cases file: {"format": "codewijzer-cases", "code": ID, "cases": [...]}.
    static std::optional<CaseLibrary> load(const QByteArray& json, const QString& file, const CodeOfConduct& code,
                                           const Questionnaire& questionnaire, Diagnostics& out);
};

} // namespace codewijzer
