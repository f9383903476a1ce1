#pragma once

#include "io/Diagnostic.h"
#include "model/Condition.h"
#include "model/Draft.h"
#include "model/LocalizedText.h"
#include "model/Verdict.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace codewijzer {

class JsonReader;
class Questionnaire;

struct Article
{
    QString id;
    LocalizedText title;
    QString text;           // verbatim, in Dutch
    LocalizedText notCited; // why no rule cites it (adoption dates, say); empty when rules should reach it
    bool partial = false;   // the file holds only part of the article's text ("tekst onvolledig")
};

struct Contact
{
    QString id;
    LocalizedText name;
};

struct Rule
{
    QString id;
    Condition when;
    Verdict verdict = Verdict::Go;
    LocalizedText advice;
    LocalizedText headline;    // an instruction that heads the result instead of the verdict ("Meld het bericht")
    std::vector<int> articles; // indices into CodeOfConduct::articles, in the code's order
    std::vector<int> contacts;
    // The school's own reading where the code itself says nothing: shown as such, never as the code's word.
    bool schoolReading = false;
    // An exception to another rule ("exceptionTo", an index into the rules; -1 for none): where
    // both apply only this one does, with its lower verdict (RuleExceptions.h).
    int exceptionTo = -1;
    Condition ownWhen; // "when" as written; `when` adds "not" each exception to this rule
};

// One school group's code of conduct as data (docs/code-format.md): its articles, verbatim, and
// the rules that turn answers into advice.
struct CodeOfConduct
{
    QString id;
    LocalizedText title;
    QString organisation;
    QDate adopted;          // invalid for a concept that leaves it out
    bool isConcept = false; // "status": "concept": a draft version, not yet adopted
    QDate inForce;          // may be invalid when the code does not say
    QString version;
    QString source;
    QString file;        // where it was loaded from
    QString fingerprint; // short hash of the file's bytes: tells which rules produced a result
    // The fingerprints of earlier versions of this code, as the file lists them ("previous"), newest
    // first, and what changed since the last of them ("changeNote"; may be empty).
    QStringList previous;
    LocalizedText changeNote;
    std::vector<Contact> contacts;
    std::vector<Article> articles;
    std::vector<Rule> rules;
    std::vector<DraftTemplate> drafts; // texts to send or add where the advice asks for one
    // The code's own help texts of the questions ("questions"), by question: empty where the code
    // has none (and no entries at all when the file has no "questions"). Read them through
    // questionWording() (model/QuestionHelp.h), which puts them in every wording.
    std::vector<LocalizedText> questionHelp;
    // The questions this code asks (by question): those its rules look at, those that decide whether
    // one of those is asked, and the required ones. A question it never looks at is not asked.
    std::vector<bool> asks;
    // Texts left without English (the screens then show the Dutch, marked), and the warnings that
    // loading gave: problems that do not stop the code from being used.
    bool missingEnglish = false;
    Diagnostics warnings;

    int articleIndex(QStringView articleId) const;
    int contactIndex(QStringView contactId) const;
    int ruleIndex(QStringView ruleId) const;
    // The ids of these articles (indices into `articles`), in the order given.
    QStringList articleIds(const std::vector<int>& indices) const;

    // Checks a code file's text against the questionnaire, reporting every problem with its place.
    // Training cases in it are not read here (CodeCatalogue reads them in the same pass).
    static std::optional<CodeOfConduct> load(const QByteArray& json, const QString& file,
                                             const Questionnaire& questionnaire, Diagnostics& out);
    // The same, for a code file already parsed: its root object, problems reported through `reader`.
    // `file` is left for the caller to set.
    static std::optional<CodeOfConduct> fromJson(const QJsonObject& root, const QByteArray& json, JsonReader& reader,
                                                 const Questionnaire& questionnaire);
};

// Adds the one warning about texts without English that `reader` counted, unless the code has it.
void noteMissingEnglish(CodeOfConduct& code, const JsonReader& reader);

// The first 12 hex digits of the SHA-256 of a code file: short enough to read out, long enough that
// two versions of a code do not share it by accident.
QString codeFingerprint(const QByteArray& bytes);

// Limits that keep a school's own file within what the verifier can walk in a reasonable time.
inline constexpr int kMaxRules = 1000;
inline constexpr int kMaxArticles = 1000;

} // namespace codewijzer
