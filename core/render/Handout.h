#pragma once

#include "model/LocalizedText.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace codewijzer {

struct CaseLibrary;
struct CodeOfConduct;
class Questionnaire;

// The handout of a training session: a code's cases, each with its situation, the answers it
// implies, the verdict and advice the code gives, and what the other codes make of the same
// answers; then every article the cases cite, in full. One HTML document for PagedDocument.
struct Handout
{
    const CodeOfConduct& code;
    const Questionnaire& questionnaire;
    const CaseLibrary& cases;
    std::vector<const CodeOfConduct*> otherCodes; // compared case by case; may be empty
    Language language;
    QDateTime made;

    QString html() const;
    // "Codewijzer: training cases under <code>", also the PDF's title.
    QString title() const;
    // The line at the foot of every page, before its number.
    QString footer() const;
};

} // namespace codewijzer
