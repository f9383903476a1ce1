#include "render/EvaluationText.h"

#include "model/CodeOfConduct.h"
#include "render/Explanation.h"
#include "render/Phrases.h"

#include <QCoreApplication>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationText)
};

} // namespace

QString evaluationText(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                       Language language)
{
    const Explanation e = Explanation::of(code, questionnaire, evaluation, language);
    QString out;
    out += Text::tr("%1, %2 (%3)")
               .arg(code.title.in(language), code.organisation,
                    code.isConcept ? draftVersionLabel()
                                   : Text::tr("adopted %1").arg(formatDate(code.adopted, language))) +
           u'\n';
    if (code.missingEnglish && language == Language::English) {
        out += dutchOnlyNotice() + u'\n';
    }
    out += u'\n';
    out += Text::tr("Verdict: %1").arg(e.verdictLabel.toUpper()) + u'\n';
    out += e.verdictDescription + u'\n';

    out += u'\n' + Text::tr("Your answers") + u'\n';
    for (const ExplainedAnswer& answer : e.answers) {
        out += QStringLiteral("  - %1: %2\n").arg(answer.label, answer.value);
    }

    out += u'\n' + Text::tr("Advice") + u'\n';
    int number = 0;
    for (const ExplainedAdvice& item : e.advice) {
        out += QStringLiteral("  %1. [%2] %3\n").arg(++number).arg(item.verdictLabel, item.text);
        for (const QString& line : {item.markLine(), item.becauseLine(), item.articlesLine(), item.contactLine()}) {
            if (!line.isEmpty()) {
                out += QStringLiteral("     ") + line + u'\n';
            }
        }
    }

    out += u'\n' + Text::tr("Articles of the code") + u'\n';
    for (const ExplainedArticle& article : e.articles) {
        out += u'\n' + QStringLiteral("%1  %2").arg(article.id, article.title);
        out += (article.partial ? QStringLiteral(" (%1)").arg(partialArticleLabel()) : QString()) + u'\n';
        out += article.text + u'\n';
    }
    return out;
}

} // namespace codewijzer
