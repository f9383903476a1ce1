#include "render/WhatIfText.h"

#include "model/Questionnaire.h"
#include "render/Phrases.h"

#include <QCoreApplication>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfText)
};

} // namespace

QString ExplainedAlternative::changesText() const
{
    return joinWithAnd(changes);
}

std::vector<ExplainedAlternative> explainAlternatives(const Questionnaire& questionnaire,
                                                      const std::vector<WhatIfAlternative>& alternatives,
                                                      Language language)
{
    std::vector<ExplainedAlternative> out;
    for (const WhatIfAlternative& alternative : alternatives) {
        ExplainedAlternative explained{
            {}, alternative.verdict, questionnaire.verdictLabel(alternative.verdict).in(language)};
        for (const AnswerChange& change : alternative.changes) {
            explained.changes << questionnaire.describeAnswer(change.question, change.value, language);
        }
        out.push_back(std::move(explained));
    }
    return out;
}

} // namespace codewijzer
