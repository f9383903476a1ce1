#pragma once

#include "io/Diagnostic.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace codewijzer {

// One article found in a code's plain text: a proposed id and Dutch title, and the text verbatim.
struct ImportedArticle
{
    QString id;
    QString title; // the heading it stands under, or the text's first words
    QString text;  // paragraphs separated by "\n\n"
    int line = 0;  // where it starts in the text file, 1-based
};

// What a code's plain text (copied or extracted from a PDF) holds: its articles in order, and the
// dates the text itself gives ("vastgesteld op 15 april 2019", "treedt in werking op ...").
struct ImportedCode
{
    std::vector<ImportedArticle> articles;
    QDate adopted;
    QDate inForce;
};

// Reads a code of conduct from plain text (docs/code-format.md, step 1): numbered articles
// ("1.", "Artikel 3"), Roman sections with lettered subsections ("III." "B." "9." → III.B.9), and
// unnumbered bullets and paragraphs under headings ("De scholen op sociale media" → scholen.1).
// Only the noise of PDF extraction is removed: page numbers, running headers and footers, broken
// lines, lost bullet characters. Reports a file that is not text (empty, binary, not UTF-8) with its
// place and returns nullopt.
std::optional<ImportedCode> importCodeText(const QByteArray& bytes, const QString& file, Diagnostics& out);

// Lines of one paragraph as extracted from a PDF, joined into one line: bullet characters dropped,
// a word broken after a hyphen at a line end joined again (the hyphen kept: "e-" "mailaccount"),
// spaces collapsed.
QString joinExtractedLines(const QStringList& lines);

// A whole extracted text as one line, without page numbers: what every article's text must be a
// part of, once its paragraphs are joined with a space.
QString flattenExtractedText(const QString& raw);

} // namespace codewijzer
