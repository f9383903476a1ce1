#pragma once

#include "model/LocalizedText.h"

#include <QDateTime>
#include <QString>

namespace codewijzer {

struct CodeDiff;
class Questionnaire;

// "Wat verandert er voor jou": two versions of a code compared for the staff who follow it, in plain
// words, to hand out or mail with the new code. What is new, what is now stricter, what is now
// allowed, other advice, and what the text says differently, each with its articles; one or two A4
// pages (PagedDocument). Examples are the smallest situations the effect found of each kind.
struct ChangeSummary
{
    const CodeDiff& diff;
    const Questionnaire& questionnaire;
    Language language;
    QDateTime made;

    QString html() const;
    static QString title();
    QString footer() const;
};

} // namespace codewijzer
