#include "widgets/WhatIfList.h"

#include "model/Questionnaire.h"
#include "rules/WhatIf.h"
#include "widgets/VerdictStyle.h"

#include <QCoreApplication>

namespace codewijzer {

QString whatIfListHtml(const CodeOfConduct& code, const Questionnaire& questionnaire, const Answers& given,
                       Language language)
{
    // Computed by the core from the alternatives, never written by hand.
    const std::vector<WhatIfAlternative> alternatives = whatIf(code, questionnaire, given);
    if (alternatives.empty()) {
        return {};
    }
    QString items;
    for (const WhatIfAlternative& alternative : alternatives) {
        QStringList changes;
        for (const AnswerChange& change : alternative.changes) {
            changes << questionnaire.describeAnswer(change.question, change.value, language);
        }
        items += QStringLiteral("<li>%1</li>")
                     .arg(QStringLiteral("%1 → %2 %3")
                              .arg(changes.join(QCoreApplication::translate("WhatIfList", " and ")),
                                   VerdictStyle::symbol(alternative.verdict),
                                   questionnaire.verdictLabel(alternative.verdict).in(language))
                              .toHtmlEscaped());
    }
    return QStringLiteral("<ul>%1</ul>").arg(items);
}

} // namespace codewijzer
