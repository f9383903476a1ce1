#include "render/Explanation.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Phrases.h"

#include <QCoreApplication>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Explanation)
};

// The part of an answer that made a rule apply, as a phrase to follow "because": the options' own
// phrases, or the question and answer in words where the data gives none.
QStringList reasonPhrases(const Questionnaire& questionnaire, int q, AnswerValue value, AnswerValue part,
                          Language language)
{
    const Question& question = questionnaire.question(q);
    if (value & question.unknownMask()) {
        return {question.unknownReason.in(language).isEmpty() ? questionnaire.describeAnswer(q, value, language)
                                                              : question.unknownReason.in(language)};
    }
    const AnswerValue options = (part & question.allOptions()) ? part : value;
    if ((options & question.allOptions()) == 0) {
        return {question.noneReason.in(language).isEmpty() ? questionnaire.describeAnswer(q, value, language)
                                                           : question.noneReason.in(language)};
    }
    QStringList phrases;
    for (std::size_t o = 0; o < question.options.size(); ++o) {
        if (options & answer::option(static_cast<int>(o))) {
            const QString& reason = question.options[o].reason.in(language);
            phrases << (reason.isEmpty()
                            ? questionnaire.describeAnswer(q, answer::option(static_cast<int>(o)), language)
                            : reason);
        }
    }
    return phrases;
}

} // namespace

QString ExplainedAdvice::becauseLine() const
{
    if (!reasonSentence.isEmpty()) {
        return reasonSentence;
    }
    return reasons.isEmpty() ? QString() : Text::tr("Because: %1").arg(reasons.join(QStringLiteral("; ")));
}

QString ExplainedAdvice::markLine() const
{
    QStringList marks;
    if (schoolReading) {
        marks << Text::tr("This is the school's reading: the code itself says nothing about this.");
    }
    if (!loweredVerdict.isEmpty()) {
        marks << Text::tr("This is an exception: without it, a stricter rule of the code would give \"%1\".")
                     .arg(loweredVerdict);
    }
    return marks.join(u' ');
}

QString ExplainedAdvice::articlesLine() const
{
    return Text::tr("Articles: %1").arg(articleIds.join(QStringLiteral(", ")));
}

QString ExplainedAdvice::contactLine() const
{
    return contacts.isEmpty() ? QString() : Text::tr("Contact: %1").arg(contacts.join(QStringLiteral("; ")));
}

std::vector<const ExplainedAdvice*> Explanation::decisiveAdvice() const
{
    std::vector<const ExplainedAdvice*> out;
    for (const ExplainedAdvice& item : advice) {
        if (item.decisive) {
            out.push_back(&item);
        }
    }
    return out;
}

Explanation Explanation::of(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                            Language language)
{
    Explanation e;
    e.verdict = evaluation.verdict;
    e.verdictLabel = questionnaire.verdictLabel(evaluation.verdict).in(language);
    e.verdictDescription = questionnaire.verdictDescription(evaluation.verdict).in(language);
    for (const AdviceItem& item : evaluation.advice) {
        const Rule& rule = code.rules[static_cast<std::size_t>(item.rule)];
        ExplainedAdvice advice;
        advice.rule = item.rule;
        advice.ruleId = rule.id;
        advice.verdict = rule.verdict;
        advice.verdictLabel = questionnaire.verdictLabel(rule.verdict).in(language);
        advice.text = rule.advice.in(language);
        advice.because = item.because;
        QStringList phrases;
        for (std::size_t i = 0; i < item.because.size(); ++i) {
            const int q = item.because[i];
            advice.reasons << questionnaire.describeAnswer(q, evaluation.answers[q], language);
            phrases << reasonPhrases(questionnaire, q, evaluation.answers[q], item.becauseParts[i], language);
        }
        if (!phrases.isEmpty()) {
            advice.reasonSentence = Text::tr("Because %1.").arg(joinWithAnd(phrases));
        }
        advice.headline = rule.headline.in(language);
        advice.articleIds = code.articleIds(rule.articles);
        for (int c : rule.contacts) {
            advice.contacts << code.contacts[static_cast<std::size_t>(c)].name.in(language);
        }
        advice.decisive = rule.verdict == evaluation.verdict;
        advice.schoolReading = rule.schoolReading;
        if (rule.exceptionTo >= 0) {
            advice.loweredVerdict =
                questionnaire.verdictLabel(code.rules[static_cast<std::size_t>(rule.exceptionTo)].verdict).in(language);
        }
        e.advice.push_back(std::move(advice));
    }
    e.headline = e.verdictLabel;
    for (const ExplainedAdvice& advice : e.advice) {
        if (advice.decisive && !advice.headline.isEmpty()) {
            e.headline = advice.headline;
            e.headlineIsInstruction = true;
            break;
        }
    }
    for (int a : evaluation.articles) {
        const Article& article = code.articles[static_cast<std::size_t>(a)];
        e.articles.push_back({article.id, article.title.in(language), article.text, article.partial});
    }
    for (int q = 0; q < questionnaire.size(); ++q) {
        if (evaluation.answers[q] != answer::NotAsked) {
            const Question& question = questionnaire.question(q);
            e.answers.push_back({q, question.text.in(language), question.shortLabel.in(language),
                                 questionnaire.describeValue(q, evaluation.answers[q], language)});
        }
    }
    return e;
}

} // namespace codewijzer
