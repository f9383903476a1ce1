#include "widgets/WhatIfList.h"

#include "render/Phrases.h"
#include "render/WhatIfText.h"
#include "rules/WhatIf.h"

namespace codewijzer {

QString whatIfListHtml(const CodeOfConduct& code, const Questionnaire& questionnaire, const Answers& given,
                       Language language)
{
    // Computed by the core from the alternatives, never written by hand.
    const std::vector<ExplainedAlternative> alternatives =
        explainAlternatives(questionnaire, whatIf(code, questionnaire, given), language);
    if (alternatives.empty()) {
        return {};
    }
    QString items;
    for (const ExplainedAlternative& alternative : alternatives) {
        items +=
            QStringLiteral("<li>%1</li>")
                .arg(QStringLiteral("%1 → %2 %3")
                         .arg(alternative.changesText(), verdictSymbol(alternative.verdict), alternative.verdictLabel)
                         .toHtmlEscaped());
    }
    return QStringLiteral("<ul>%1</ul>").arg(items);
}

} // namespace codewijzer
