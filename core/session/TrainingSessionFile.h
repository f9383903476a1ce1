#pragma once

#include "io/Diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace codewijzer {

struct CaseLibrary;
struct TrainingCase;

// The cases of a training session as a small file (docs/training.md): which code, which of its cases
// and in which order. Nothing about people is in it.
//   {"format": "codewijzer-session", "code": ID, "fingerprint": F, "cases": [case id, ...]}
struct TrainingSessionFile
{
    QString code;        // the code's id
    QString fingerprint; // the code's version code when the file was saved; may be empty
    QStringList cases;   // case ids, in the session's order
    // Read back: where each case id stands in the file, for the messages of casesIn().
    QString file;
    std::vector<std::pair<int, int>> places;

    // Checks the file's form (not yet whether its cases are the code's); every problem has its place.
    static std::optional<TrainingSessionFile> parse(const QByteArray& json, const QString& file, Diagnostics& out);
    // Reads the file (as readDataFile() does, with its limits) and parses it.
    static std::optional<TrainingSessionFile> read(const QString& path, Diagnostics& out);
    QByteArray toJson() const;
    // Writes the file whole or not at all (writeFileSafely); on failure a one-line reason in `error`.
    bool write(const QString& path, QString& error) const;
    // The file's cases in the library, in the file's order; an id that is not a case there is
    // reported at its place, and then nothing is returned.
    std::optional<std::vector<const TrainingCase*>> casesIn(const CaseLibrary& library, Diagnostics& out) const;
};

} // namespace codewijzer
