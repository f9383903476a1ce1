#pragma once

#include "model/LocalizedText.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace codewijzer {

struct LoadedCode;

// One article of the whole code as a reader sees it: its text, word for word, and the situations it
// governs (the advice of the rules and the training cases that cite it), or why none cites it.
struct CodeTextArticle
{
    QString id;
    QString title;
    QString text;           // verbatim, in Dutch
    QStringList situations; // "Advice: …" and "Case: …", in the code's order
    QString notCited;       // the reason no rule cites it; may be empty

    // Whether every word of `query` (case-insensitive) is in the id, the title or the text.
    bool matches(const QString& query) const;
};

// The whole code to read: where it comes from, its dates and fingerprint, and every article in the
// code's order. The code view shows it (filtered by a search), and its PDF is the same HTML.
struct CodeText
{
    QString title; // "Gedragscode social media"
    QStringList facts; // "Organisation: …", "Adopted: …", "In force: …", "Version: …", "Source: …", "Fingerprint: …"
    QString fingerprint; // the code's fingerprint
    QString organisation;
    Language language = Language::Dutch;
    std::vector<CodeTextArticle> articles;

    static CodeText of(const LoadedCode& loaded, Language language);

    // The articles that match `query` (all of them when it is empty), as indices.
    std::vector<int> matching(const QString& query) const;
    // An HTML document of these articles (every one when `shown` is null) with the words of `query`
    // marked; each article under an anchor "article-<index>". All data is escaped.
    QString html(const QString& query = {}, const std::vector<int>* shown = nullptr) const;
    // The PDF's title: "Codewijzer: <title>, the whole code".
    QString documentTitle() const;
};

} // namespace codewijzer
