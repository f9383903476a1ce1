#pragma once

#include "model/LocalizedText.h"
#include "model/Verdict.h"
#include "rules/Evaluator.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// One piece of advice as a person reads it.
struct ExplainedAdvice
{
    int rule = -1;
    QString ruleId;
    Verdict verdict = Verdict::Go;
    QString verdictLabel;
    QString text;
    std::vector<int> because; // the questions whose answers made it apply
    QStringList reasons;      // those answers in words, "Account: my own private account"
    QString reasonSentence;   // the same as a sentence: "Because the pupils are under 16 and …"; may be empty
    QString headline;         // the rule's instruction for the top of the result ("Report it"); may be empty
    QStringList articleIds;
    QStringList contacts;       // the names of whom to contact
    bool decisive = false;      // as strict as the verdict
    bool schoolReading = false; // the school's reading where the code is silent (Rule::schoolReading)
    QString loweredVerdict;     // for an exception (Rule::exceptionTo): the verdict of the rule it lowers; else empty

    // What kind of advice this is: "This is the school's reading …" and "This is an exception …";
    // then "Because …" (the sentence, else the answers in words), "Articles: …" and "Contact: …".
    // Each is empty when there is nothing to say.
    QString markLine() const;
    QString becauseLine() const;
    QString articlesLine() const;
    QString contactLine() const;
};

struct ExplainedArticle
{
    QString id;
    QString title;
    QString text;         // verbatim, in Dutch
    bool partial = false; // the code file holds only part of its text
};

// A question that was asked, and its answer in words.
struct ExplainedAnswer
{
    int question = -1;
    QString text;  // the question
    QString label; // its short label
    QString value; // the answer
};

// What a person reads about one evaluation: the verdict in words, each piece of advice with its
// reasons, articles and contacts, the articles in full and the answers it rests on. Built once here
// and shown by every renderer: the CLI's text and JSON, the report, the handout, the result page,
// training mode and the comparison of codes.
struct Explanation
{
    Verdict verdict = Verdict::OutOfScope;
    QString verdictLabel;
    QString verdictDescription;
    // What heads the result: the verdict's label, or, where the deciding advice gives one, its
    // instruction ("Meld het bericht" for a hurtful post: never a "Mag" for something to report).
    QString headline;
    bool headlineIsInstruction = false;
    std::vector<ExplainedAdvice> advice; // strictest first, then in the code's order
    std::vector<ExplainedArticle> articles;
    std::vector<ExplainedAnswer> answers; // every question asked, in the questionnaire's order

    static Explanation of(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                          Language language);
    // The deciding advice (as strict as the verdict), in the order given.
    std::vector<const ExplainedAdvice*> decisiveAdvice() const;
};

} // namespace codewijzer
