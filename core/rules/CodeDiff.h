#pragma once

#include "model/LocalizedText.h"
#include "model/Verdict.h"
#include "rules/DiffEffect.h"
#include "rules/WordDiff.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace codewijzer {

struct CodeOfConduct;
struct LoadedCode;
class Questionnaire;

// Two versions of a code compared: what its text says (articles, titles, contacts, dates), what its
// rules do, what that does to every combination of answers, and to its training cases.
struct CodeDiff
{
    // A field of the code itself: "title.nl", "organisation", "adopted", "inForce", "version", "source".
    struct Field
    {
        QString name;
        QString before;
        QString after;
    };

    enum class Change { Added, Removed, Changed };

    struct Contact
    {
        Change change = Change::Changed;
        QString id;
        LocalizedText before;
        LocalizedText after;
    };

    struct Article
    {
        enum class Kind { Added, Removed, Renumbered, Changed };
        Kind kind = Kind::Changed;
        int before = -1; // index in the old version, -1 when added
        int after = -1;  // index in the new version, -1 when removed
        bool textChanged = false;
        bool titleChanged = false;
        std::vector<WordRun> words; // the text word by word, when it changed
    };

    struct Rule
    {
        Change change = Change::Changed;
        int before = -1;
        int after = -1;
        bool condition = false;
        bool verdict = false;
        bool advice = false; // the advice or its headline
        bool articles = false;
        bool contacts = false;
    };

    // A training case that the new rules give another verdict or other articles.
    struct Case
    {
        QString id;
        LocalizedText title;
        Verdict verdictBefore = Verdict::Go;
        Verdict verdictAfter = Verdict::Go;
        QStringList articlesBefore; // ids of the old version's articles
        QStringList articlesAfter;  // ids of the new version's articles
    };

    const CodeOfConduct* before = nullptr;
    const CodeOfConduct* after = nullptr;
    std::vector<Field> fields;
    std::vector<Contact> contacts;
    std::vector<Article> articles; // in the new version's order, removed articles where they stood
    std::vector<Rule> rules;       // likewise
    DiffEffect effect;
    int casesCompared = 0;
    std::vector<Case> cases;

    bool textChanged() const { return !fields.empty() || !contacts.empty() || !articles.empty(); }
    bool rulesChanged() const { return !rules.empty(); }
};

// The old version's article that each article of the new one continues (same id, else the same or a
// nearly the same text under another id), by article of `before`: the article of `after`, or -1.
std::vector<int> matchArticles(const CodeOfConduct& before, const CodeOfConduct& after);

// Compares two versions. Training cases of both are compared (by id, each once), each evaluated under
// both versions' rules; the effect walks every combination of answers.
CodeDiff diffCodes(const LoadedCode& before, const LoadedCode& after, const Questionnaire& questionnaire);

} // namespace codewijzer
