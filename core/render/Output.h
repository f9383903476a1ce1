#pragma once

#include "model/Condition.h"
#include "model/LocalizedText.h"
#include "rules/Comparison.h"
#include "rules/Evaluator.h"
#include "rules/Verifier.h"
#include "rules/WhatIf.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace codewijzer {

struct CaseLibrary;
struct CodeOfConduct;
class Questionnaire;

// The JSON and plain-text forms of what the core produces, as cli.md specifies them. The text forms
// are for people, in the language asked for.
namespace output {

QJsonObject evaluationJson(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                           Language language);
QString evaluationText(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                       Language language);

QJsonArray questionsJson(const Questionnaire& questionnaire, const CodeOfConduct* code, Language language);
QString questionsText(const Questionnaire& questionnaire, const CodeOfConduct* code, Language language);

QJsonArray articlesJson(const CodeOfConduct& code, Language language);
QString articlesText(const CodeOfConduct& code, Language language);

QJsonObject codeSummaryJson(const CodeOfConduct& code, Language language);

QJsonObject verifyJson(const CodeOfConduct& code, const Questionnaire& questionnaire, const VerifyReport& report);
QString verifyText(const CodeOfConduct& code, const Questionnaire& questionnaire, const VerifyReport& report,
                   Language language);

// `whatif`: the current verdict, and each alternative with its "changes" (question id: new answer)
// and the "verdict" it leads to.
QJsonObject whatIfJson(const CodeOfConduct& code, const Questionnaire& questionnaire, Verdict current,
                       const std::vector<WhatIfAlternative>& alternatives, Language language);
QString whatIfText(const CodeOfConduct& code, const Questionnaire& questionnaire, Verdict current,
                   const std::vector<WhatIfAlternative>& alternatives, Language language);

// `compare`: one object per code (as evaluate gives it, plus its "decisive" rules) under "codes",
// and under "differences" whether the verdicts differ, which code is "stricter", and each "verdicts".
QJsonObject comparisonJson(const Comparison& comparison, const Questionnaire& questionnaire, Language language);
QString comparisonText(const Comparison& comparison, const Questionnaire& questionnaire, Language language);

// `cases`: each training case with its "id", "title", "situation", "answers", and the "verdict" and
// "articles" (ids) the code gives it.
QJsonArray casesJson(const CodeOfConduct& code, const Questionnaire& questionnaire, const CaseLibrary& cases,
                     Language language);
QString casesText(const CodeOfConduct& code, const Questionnaire& questionnaire, const CaseLibrary& cases,
                  Language language);

// The condition in words, for "asked when" and for rule listings: "activity is publish or react".
QString describeCondition(const Condition& condition, const Questionnaire& questionnaire);

QString formatDate(const QDate& date, Language language);

// The names of a rule's contacts, "; "-separated, in the language asked for.
QString contactNames(const CodeOfConduct& code, const std::vector<int>& contacts, Language language);

} // namespace output
} // namespace codewijzer
