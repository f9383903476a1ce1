#pragma once

#include "model/LocalizedText.h"
#include "rules/Evaluator.h"

#include <QDate>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <vector>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// A draft of the code (DraftTemplate), filled in from one evaluation: ready to copy, save or send.
struct FilledDraft
{
    QString id;
    bool line = false; // a line to put in the post itself, not a message to send
    QString title;
    QString to;      // whom it is for, in words; empty for a line
    QString subject; // empty for a line
    QString text;
    QStringList ruleIds;    // the rules it serves that apply here, in the order of the advice
    QStringList articleIds; // what it rests on

    // "To: …" and "Subject: …", as every form of the draft shows them.
    QString toLine() const;
    QString subjectLine() const;
    // "To: …", "Subject: …" and the text: what a file of the draft holds.
    QString plainText() const;
    // A mailto: URL with the subject and the text, and no address (the teacher fills it in).
    QUrl mailto() const;
};

// The drafts that serve the advice of this evaluation, in the order of the advice (strictest
// first), each once. `note` is the teacher's own line about the situation (may be empty). A pupil's
// name is never filled in: the text keeps "[naam van de leerling]".
std::vector<FilledDraft> fillDrafts(const CodeOfConduct& code, const Questionnaire& questionnaire,
                                    const Evaluation& evaluation, const QString& note, Language language,
                                    const QDate& today);

// Every draft as plain text, one after the other (the CLI's text).
QString draftsText(const std::vector<FilledDraft>& drafts);
// [{"id", "kind": "message"|"line", "title", "to", "subject", "text", "rules", "articles"}]
QJsonArray draftsJson(const std::vector<FilledDraft>& drafts);
// The drafts as an HTML document for QTextDocument (ODF, PDF): a heading and the text of each.
QString draftsHtml(const std::vector<FilledDraft>& drafts, const QString& title, Language language);
// The title of a file of drafts: "Codewijzer: drafts under <code>".
QString draftsTitle(const CodeOfConduct& code, Language language);

} // namespace codewijzer
