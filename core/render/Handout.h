#pragma once

#include "model/LocalizedText.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace codewijzer {

struct CaseLibrary;
struct CodeOfConduct;
struct TrainingCase;
class Questionnaire;

// The handouts of a training session, for the cases chosen for it, each one HTML document for
// PagedDocument:
// - the exercise sheet, for the group: each case's situation and the questions it asks, with room to
//   write a verdict and why; no answer and no verdict;
// - the answer key, for the coordinator: each case's situation, its answers in words as a short list,
//   the verdict with its symbol in a box of its colour, the deciding advice with its reason and
//   articles, and what the other codes make of it; then every article the cases cite, in full.
struct Handout
{
    enum class Kind { Exercise, Key };

    const CodeOfConduct& code;
    const Questionnaire& questionnaire;
    std::vector<const TrainingCase*> cases;       // in the session's order
    std::vector<const CodeOfConduct*> otherCodes; // compared case by case in the key; may be empty
    Language language;
    QDateTime made;
    Kind kind = Kind::Key;

    // Every case of a library, in its order.
    static std::vector<const TrainingCase*> allOf(const CaseLibrary& library);

    QString html() const;
    // "Codewijzer: exercise sheet, cases under <code>" or "…: answer key, …", also the PDF's title.
    QString title() const;
    // The line at the foot of every page, before its number.
    QString footer() const;

private:
    QString exerciseHtml() const;
    QString keyHtml() const;
};

} // namespace codewijzer
