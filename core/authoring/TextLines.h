#pragma once

#include "io/Diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// The first step of reading a code's plain text (TextImport): the lines, cleaned of extraction
// noise, grouped into units, each a heading or one paragraph with what marks it.
namespace codewijzer {

struct Unit
{
    enum Kind {
        Heading,   // a short line on its own: "De scholen op sociale media"
        Roman,     // "III. Gebruik van social media"; label "III"
        Letter,    // "B. Specifiek voor medewerkers"; label "B"
        Numbered,  // "9. Beeldmateriaal ...", "2.1 ..." or "Artikel 9"; label "9", "2.1"
        Bullet,    // a bullet, its character kept or lost in extraction
        Paragraph, // text with no mark of its own
        Footnote,  // under the footnote rule: "1 Uitzonderingen ..."; label "1"
        Adoption,  // "Vastgesteld door het CMT op 1 oktober 2020": not an article
    };
    Kind kind = Paragraph;
    QString label;
    QStringList lines;        // as in the text, without the mark; for a heading its title
    QString title;            // "Artikel 3 Begrippen": the title the text gives the article
    bool headingLike = false; // "1. Inleiding": a numbered line that reads as a heading
    int line = 0;             // 1-based
};

// The text of a file that should be plain text, or a located diagnostic: empty, binary (a NUL
// byte, a PDF, a Word file) or not UTF-8. A byte-order mark is dropped.
std::optional<QString> decodeText(const QByteArray& bytes, const QString& file, Diagnostics& out);

std::vector<Unit> splitUnits(const QString& text);

// A heading's words as an id takes them: lower case, accents dropped, letters and digits only.
QStringList idWords(const QString& text);

} // namespace codewijzer
