#pragma once

#include "model/LocalizedText.h"
#include "model/Verdict.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Small texts that every renderer shares.
namespace codewijzer {

// The sign beside a verdict's words (never colour alone): ✔ go, ✔… conditions, ? check first, ✖ stop.
QString verdictSymbol(Verdict verdict);
// The sign beside an instruction that heads a result instead of a verdict ("Meld het bericht"): ➜.
QString instructionSymbol();

// How a verdict looks, for the screen and the report alike: a light background with dark text of
// the same hue (contrast above 7:1, readable on a projector too), as "#rrggbb".
struct VerdictColours
{
    const char* background;
    const char* foreground;
};
VerdictColours verdictColours(Verdict verdict);
// An instruction's colours: neither the green of "go" nor the red of "stop".
VerdictColours instructionColours();
// "15 April 2019" in the language asked for.
QString formatDate(const QDate& date, Language language);
// "15 April 2019 at 14:05" in the language asked for, for reports and handouts.
QString formatDateTime(const QDateTime& when, Language language);
// What a report or handout names at the foot of every page, before the page number:
// "Codewijzer · <organisation> · <date and time>".
QString documentFooter(const QString& organisation, const QDateTime& made, Language language);
// What stands for the adoption date of a code whose status is "concept".
QString draftVersionLabel();
// Said once on a screen or in a report, in English, of a code with texts only in Dutch: those are
// shown in Dutch, as the code's own wording.
QString dutchOnlyNotice();
// Beside an article whose text the code file holds only in part.
QString partialArticleLabel();

// "A", "A and B", "A, B and C", in the program's language.
QString joinWithAnd(const QStringList& parts);

} // namespace codewijzer
