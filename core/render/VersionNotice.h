#pragma once

#include "model/LocalizedText.h"

#include <QString>
#include <QStringList>

namespace codewijzer {

struct CodeOfConduct;
struct VersionEffect;
class Questionnaire;

// A saved assessment opened under another version of its code, in words for the result page: the
// verdict under the version it was saved with and under the one in use, and what in the code made
// the difference. Without the saved version's file: that the result follows the version in use.
struct VersionNotice
{
    QString heading;         // "Saved under an earlier version of the code"
    QString then;            // "When saved (version 2019, fingerprint …): ✔ Go"; empty without that version
    QString now;             // "Now (version 2020, fingerprint …): ? Check first"
    QStringList differences; // one sentence for each rule that made a difference
    QString conclusion;      // what to do with it

    // Both versions at hand.
    static VersionNotice of(const VersionEffect& effect, const CodeOfConduct& saved, const CodeOfConduct& current,
                            const Questionnaire& questionnaire, Language language);
    // Only the fingerprint of the version it was saved with.
    static VersionNotice withoutSaved(const QString& savedFingerprint, const CodeOfConduct& current);
};

} // namespace codewijzer
