#pragma once

#include <QString>
#include <vector>

namespace codewijzer {

// One problem found in a data file, with the place it was found: a line and column where the text
// itself is at fault, otherwise the JSON path of the value, and the rule it belongs to if any.
struct Diagnostic
{
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
    QString jsonPath; // e.g. "rules[3].when.all[0].question"
    QString ruleId;
    QString message;
    // A warning is told but does not stop a file from being used.
    enum class Severity { Error, Warning } severity = Severity::Error;

    // "file:12:5: message", or "file: rules[3].articles[0] (rule 'x'): message" ("message" alone
    // when there is no file, as for an unknown code id): always one line,
    // control and bidi characters written out (\n, \u001b), long parts cut with their length.
    QString toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

// Whether any of them is an error (not a warning).
bool hasErrors(const Diagnostics& diagnostics);

} // namespace codewijzer
