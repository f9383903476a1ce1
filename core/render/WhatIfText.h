#pragma once

#include "model/LocalizedText.h"
#include "rules/WhatIf.h"

#include <QStringList>
#include <vector>

namespace codewijzer {

class Questionnaire;

// One way to a less strict verdict, as a person reads it.
struct ExplainedAlternative
{
    QStringList changes; // each change in words: "Consent: prior, explicit consent that I can show"
    Verdict verdict = Verdict::Go;
    QString verdictLabel;

    // The changes as one phrase: "A and B".
    QString changesText() const;
};

// "What would change this verdict", in words, in the order whatIf() gives.
std::vector<ExplainedAlternative> explainAlternatives(const Questionnaire& questionnaire,
                                                      const std::vector<WhatIfAlternative>& alternatives,
                                                      Language language);

} // namespace codewijzer
