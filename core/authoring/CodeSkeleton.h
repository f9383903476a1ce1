#pragma once

#include "authoring/TextImport.h"

#include <QByteArray>
#include <QString>

namespace codewijzer {

// What `new --from-text` knows of a code besides its text.
struct SkeletonDetails
{
    QString id;
    QString title;        // Dutch; empty: left for the coordinator
    QString organisation; // empty: left for the coordinator
    QString source;       // where the text came from (the text file's name)
};

// Marks an English text that the coordinator still has to write: the loader requires English, so
// the first draft carries the Dutch behind this mark (docs/code-format.md, step 2).
inline constexpr char16_t kToTranslate[] = u"[translate] ";

// A code file's first draft (docs/code-format.md): every article of the text with its proposed id
// and title, no contacts and no rules yet. As JSON in the order and layout of the shipped codes.
// It does not load until it has rules: the loader's one message about that is the next step.
QByteArray codeSkeletonJson(const ImportedCode& code, const SkeletonDetails& details);

} // namespace codewijzer
