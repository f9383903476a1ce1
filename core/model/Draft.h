#pragma once

#include "model/LocalizedText.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace codewijzer {

class JsonReader;
struct CodeOfConduct;

// A text the teacher sends or adds, ready to fill in: a consent request, a question to the
// supervisor, a request to the school leadership, a report of a post (a message), or a line to put
// in the post itself (a line). It is data of the code (docs/code-format.md, "Drafts").
struct DraftTemplate
{
    enum class Kind { Message, Line };

    QString id;
    Kind kind = Kind::Message;
    std::vector<int> rules;    // the rules whose advice it serves (indices into CodeOfConduct::rules)
    std::vector<int> articles; // what it rests on (indices into CodeOfConduct::articles)
    LocalizedText title;       // what it is, as a short heading: "Toestemming vragen aan de ouders"
    LocalizedText to;          // whom it is for, in words: "de ouders"; empty for a line
    LocalizedText subject;     // the e-mail's subject; empty for a line
    LocalizedText text;        // with placeholders such as {note} (draftPlaceholders())
};

// The placeholders a draft's subject and text may hold, without their braces, in the order
// docs/code-format.md lists them.
const QStringList& draftPlaceholders();

// What is wrong with the placeholders of `text` (an unknown name, a brace without its partner), or
// empty when they are all right.
QString draftPlaceholderProblem(const QString& text);

// Reads the code file's "drafts" (after its articles and rules), reporting every problem with its
// place.
std::vector<DraftTemplate> parseDrafts(const QJsonObject& root, const CodeOfConduct& code, const JsonReader& reader);

} // namespace codewijzer
