#pragma once

#include "model/LocalizedText.h"
#include "rules/Evaluator.h"

#include <QDateTime>
#include <QString>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// The report of one assessment, for a supervisor or a file: which code (name, version, date adopted,
// fingerprint), when, every question asked with its answer in words, the verdict, the advice with
// its reasons and contacts, and every cited article in full. One content, three forms: HTML (for
// the PDF, the printer and `--format html`), and plain text (for the clipboard).
struct Report
{
    const CodeOfConduct& code;
    const Questionnaire& questionnaire;
    const Evaluation& evaluation;
    Language language;
    QDateTime made;
    QString note = {};      // what it is about, in the teacher's own words; may be empty
    QString madeUnder = {}; // a saved assessment: the fingerprint of the code it was saved under; may be empty

    // The version a saved assessment was made under, in words: this one, an earlier one the code
    // file lists ("previous"), or another; empty when not known.
    QString savedUnder() const;

    // A complete HTML document; QTextDocument renders it for PDF and print.
    QString html() const;
    QString text() const;
    // The document's title, also the PDF's title: "Codewijzer: advice under <code>".
    QString title() const;
    // The line at the foot of every page, before its number.
    QString footer() const;
};

// The start of a report's HTML document, up to <body>: its title, language and styles.
QString reportHtmlStart(const QString& title, Language language);

} // namespace codewijzer
