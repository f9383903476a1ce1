#pragma once

#include "model/LocalizedText.h"
#include "model/Verdict.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace codewijzer {

struct CodeOfConduct;
struct QuizRecord;
struct TrainingCase;
class Questionnaire;

// The summary of a quiz for the coordinator: per case the group's guess and the code's verdict,
// right or not, and the score. About the cases only: no names, nothing about people. HTML for the
// window and for PagedDocument (the PDF).
struct QuizSummary
{
    const CodeOfConduct& code;
    const Questionnaire& questionnaire;
    const std::vector<TrainingCase>& cases; // the session's, in order: each record names one of them
    const std::vector<QuizRecord>& records;
    Language language;
    QDateTime made;

    int right() const;
    // "7 of 10 right"
    QString score() const;
    QString html() const;
    QString title() const;
    QString footer() const;
};

} // namespace codewijzer
