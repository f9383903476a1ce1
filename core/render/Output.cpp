#include "render/Output.h"

#include "model/CaseLibrary.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"

#include <QCoreApplication>
#include <QLocale>
#include <functional>

namespace codewijzer::output {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Output)
};

QJsonArray idArray(const std::vector<int>& indices, const std::function<QString(int)>& idOf)
{
    QJsonArray out;
    for (int i : indices) {
        out.append(idOf(i));
    }
    return out;
}

QString optionList(const Question& q, AnswerValue mask, const QString& separator)
{
    QStringList names;
    for (std::size_t o = 0; o < q.options.size(); ++o) {
        if (mask & answer::option(static_cast<int>(o))) {
            names << q.options[o].id;
        }
    }
    return names.join(separator);
}

QJsonValue answerJson(const Question& q, AnswerValue value)
{
    if (value & answer::Unknown) {
        return QStringLiteral("unknown");
    }
    QJsonArray names;
    for (std::size_t o = 0; o < q.options.size(); ++o) {
        if (value & answer::option(static_cast<int>(o))) {
            names.append(q.options[o].id);
        }
    }
    return q.kind == Question::Kind::One ? names.at(0) : QJsonValue(names);
}

// The ids of the rules whose condition looks at question `q`.
QStringList rulesUsing(const CodeOfConduct& code, int q)
{
    QStringList ids;
    for (const Rule& rule : code.rules) {
        const std::vector<int> used = rule.when.questions();
        if (std::find(used.begin(), used.end(), q) != used.end()) {
            ids << rule.id;
        }
    }
    return ids;
}

} // namespace

QString contactNames(const CodeOfConduct& code, const std::vector<int>& contacts, Language language)
{
    QStringList names;
    for (int c : contacts) {
        names << code.contacts[static_cast<std::size_t>(c)].name.in(language);
    }
    return names.join(QStringLiteral("; "));
}

QJsonObject comparisonJson(const Comparison& comparison, const Questionnaire& questionnaire, Language language)
{
    QJsonArray codes;
    QJsonObject verdicts;
    for (const Comparison::Result& result : comparison.results) {
        QJsonObject one = evaluationJson(*result.code, questionnaire, result.evaluation, language);
        QJsonArray decisive;
        for (int i : result.decisive) {
            decisive.append(
                result.code->rules[static_cast<std::size_t>(result.evaluation.advice[static_cast<std::size_t>(i)].rule)]
                    .id);
        }
        one.insert(QStringLiteral("decisive"), decisive);
        codes.append(one);
        verdicts.insert(result.code->id, verdictId(result.evaluation.verdict));
    }
    const QJsonValue stricter =
        comparison.strictest < 0
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(comparison.results[static_cast<std::size_t>(comparison.strictest)].code->id);
    return QJsonObject{
        {QStringLiteral("codes"), codes},
        {QStringLiteral("differences"), QJsonObject{{QStringLiteral("verdict"), comparison.verdictsDiffer},
                                                    {QStringLiteral("stricter"), stricter},
                                                    {QStringLiteral("verdicts"), verdicts}}}};
}

QString comparisonText(const Comparison& comparison, const Questionnaire& questionnaire, Language language)
{
    QString out;
    for (const Comparison::Result& result : comparison.results) {
        const CodeOfConduct& code = *result.code;
        out += QStringLiteral("%1, %2: %3\n")
                   .arg(code.title.in(language), code.organisation,
                        questionnaire.verdictLabel(result.evaluation.verdict).in(language).toUpper());
        for (int i : result.decisive) {
            const AdviceItem& item = result.evaluation.advice[static_cast<std::size_t>(i)];
            const Rule& rule = code.rules[static_cast<std::size_t>(item.rule)];
            out += QStringLiteral("  - %1 (%2)\n")
                       .arg(rule.advice.in(language), code.articleIds(rule.articles).join(QStringLiteral(", ")));
        }
        out += u'\n';
    }
    if (!comparison.verdictsDiffer) {
        out += Text::tr("The verdicts are the same.") + u'\n';
    } else {
        const CodeOfConduct& stricter = *comparison.results[static_cast<std::size_t>(comparison.strictest)].code;
        out += Text::tr("The verdicts differ: %1 is the strictest.").arg(stricter.organisation) + u'\n';
    }
    return out;
}

QJsonObject whatIfJson(const CodeOfConduct& code, const Questionnaire& questionnaire, Verdict current,
                       const std::vector<WhatIfAlternative>& alternatives, Language language)
{
    QJsonArray list;
    for (const WhatIfAlternative& alternative : alternatives) {
        QJsonObject changes;
        QStringList words;
        for (const AnswerChange& change : alternative.changes) {
            changes.insert(questionnaire.question(change.question).id,
                           answerJson(questionnaire.question(change.question), change.value));
            words << questionnaire.describeAnswer(change.question, change.value, language);
        }
        list.append(QJsonObject{{QStringLiteral("changes"), changes},
                                {QStringLiteral("verdict"), verdictId(alternative.verdict)},
                                {QStringLiteral("text"), words.join(QStringLiteral("; "))}});
    }
    return QJsonObject{{QStringLiteral("code"), code.id},
                       {QStringLiteral("verdict"), verdictId(current)},
                       {QStringLiteral("alternatives"), list}};
}

QString whatIfText(const CodeOfConduct& code, const Questionnaire& questionnaire, Verdict current,
                   const std::vector<WhatIfAlternative>& alternatives, Language language)
{
    QString out = Text::tr("%1, %2").arg(code.title.in(language), code.organisation) + u'\n';
    out += Text::tr("Verdict now: %1").arg(questionnaire.verdictLabel(current).in(language)) + u'\n';
    if (alternatives.empty()) {
        out += Text::tr("No change of one or two answers makes the verdict less strict.") + u'\n';
        return out;
    }
    out += Text::tr("What would change this verdict:") + u'\n';
    for (const WhatIfAlternative& alternative : alternatives) {
        QStringList words;
        for (const AnswerChange& change : alternative.changes) {
            words << questionnaire.describeAnswer(change.question, change.value, language);
        }
        out += QStringLiteral("  - %1 → %2\n")
                   .arg(words.join(Text::tr(" and ")), questionnaire.verdictLabel(alternative.verdict).in(language));
    }
    return out;
}

QString formatDate(const QDate& date, Language language)
{
    const QLocale locale(language == Language::Dutch ? QLocale::Dutch : QLocale::English,
                         language == Language::Dutch ? QLocale::Netherlands : QLocale::UnitedKingdom);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString describeCondition(const Condition& c, const Questionnaire& questionnaire)
{
    auto joinChildren = [&](const QString& word) {
        QStringList parts;
        for (const Condition& child : c.children) {
            const bool group = child.op == Condition::Op::All || child.op == Condition::Op::Any;
            const QString text = describeCondition(child, questionnaire);
            parts << (group ? u'(' + text + u')' : text);
        }
        return parts.join(u' ' + word + u' ');
    };
    const QString id = c.question >= 0 ? questionnaire.question(c.question).id : QString();
    switch (c.op) {
    case Condition::Op::Always:
        return QStringLiteral("always");
    case Condition::Op::All:
        return joinChildren(QStringLiteral("and"));
    case Condition::Op::Any:
        return joinChildren(QStringLiteral("or"));
    case Condition::Op::Not:
        return QStringLiteral("not (%1)").arg(describeCondition(c.children.front(), questionnaire));
    case Condition::Op::Is:
        return QStringLiteral("%1 is %2")
            .arg(id, optionList(questionnaire.question(c.question), c.mask, QStringLiteral(" or ")));
    case Condition::Op::Has:
        return QStringLiteral("%1 has %2")
            .arg(id, optionList(questionnaire.question(c.question), c.mask, QStringLiteral(" or ")));
    case Condition::Op::Empty:
        return QStringLiteral("%1 is empty").arg(id);
    case Condition::Op::Unknown:
        return QStringLiteral("%1 is unknown").arg(id);
    case Condition::Op::Asked:
        return QStringLiteral("%1 is asked").arg(id);
    }
    return {};
}

QJsonObject codeSummaryJson(const CodeOfConduct& code, Language language)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), code.id);
    o.insert(QStringLiteral("name"), code.title.in(language));
    o.insert(QStringLiteral("organisation"), code.organisation);
    o.insert(QStringLiteral("adopted"), code.adopted.toString(Qt::ISODate));
    if (code.inForce.isValid()) {
        o.insert(QStringLiteral("in_force"), code.inForce.toString(Qt::ISODate));
    }
    o.insert(QStringLiteral("version"), code.version);
    return o;
}

QJsonObject evaluationJson(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                           Language language)
{
    const auto articleId = [&](int a) {
        return code.articles[static_cast<std::size_t>(a)].id;
    };
    const auto questionId = [&](int q) {
        return questionnaire.question(q).id;
    };

    QJsonObject o;
    o.insert(QStringLiteral("code"), code.id);
    o.insert(QStringLiteral("code_name"), code.title.in(language));
    o.insert(QStringLiteral("organisation"), code.organisation);
    o.insert(QStringLiteral("code_version"), code.version);
    o.insert(QStringLiteral("language"), languageCode(language));
    o.insert(QStringLiteral("verdict"), verdictId(evaluation.verdict));
    o.insert(QStringLiteral("verdict_label"), questionnaire.verdictLabel(evaluation.verdict).in(language));

    QJsonArray articles;
    for (int a : evaluation.articles) {
        const Article& article = code.articles[static_cast<std::size_t>(a)];
        articles.append(QJsonObject{{QStringLiteral("id"), article.id},
                                    {QStringLiteral("title"), article.title.in(language)},
                                    {QStringLiteral("text"), article.text}});
    }
    o.insert(QStringLiteral("articles"), articles);

    QJsonArray advice;
    for (const AdviceItem& item : evaluation.advice) {
        const Rule& rule = code.rules[static_cast<std::size_t>(item.rule)];
        QJsonArray because;
        for (int q : item.because) {
            because.append(QJsonObject{
                {QStringLiteral("question"), questionId(q)},
                {QStringLiteral("answer"), answerJson(questionnaire.question(q), evaluation.answers[q])},
                {QStringLiteral("text"), questionnaire.describeAnswer(q, evaluation.answers[q], language)}});
        }
        QJsonObject entry{{QStringLiteral("rule"), rule.id},
                          {QStringLiteral("verdict"), verdictId(rule.verdict)},
                          {QStringLiteral("text"), rule.advice.in(language)},
                          {QStringLiteral("articles"), idArray(rule.articles, articleId)},
                          {QStringLiteral("because"), because}};
        if (!rule.contacts.empty()) {
            QJsonArray contacts;
            for (int c : rule.contacts) {
                const Contact& contact = code.contacts[static_cast<std::size_t>(c)];
                contacts.append(QJsonObject{{QStringLiteral("id"), contact.id},
                                            {QStringLiteral("name"), contact.name.in(language)}});
            }
            entry.insert(QStringLiteral("contacts"), contacts);
        }
        advice.append(entry);
    }
    o.insert(QStringLiteral("advice"), advice);

    QJsonObject answers;
    for (int q = 0; q < questionnaire.size(); ++q) {
        if (evaluation.answers[q] != answer::NotAsked) {
            answers.insert(questionId(q), answerJson(questionnaire.question(q), evaluation.answers[q]));
        }
    }
    o.insert(QStringLiteral("answers"), answers);
    o.insert(QStringLiteral("unknown"), idArray(evaluation.unknown, questionId));
    return o;
}

QString evaluationText(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                       Language language)
{
    QString out;
    out += Text::tr("%1, %2 (adopted %3)")
               .arg(code.title.in(language), code.organisation, formatDate(code.adopted, language)) +
           u'\n';
    out += u'\n';
    out += Text::tr("Verdict: %1").arg(questionnaire.verdictLabel(evaluation.verdict).in(language).toUpper()) + u'\n';
    out += questionnaire.verdictDescription(evaluation.verdict).in(language) + u'\n';

    out += u'\n' + Text::tr("Your answers") + u'\n';
    for (int q = 0; q < questionnaire.size(); ++q) {
        if (evaluation.answers[q] != answer::NotAsked) {
            out += QStringLiteral("  - ") + questionnaire.describeAnswer(q, evaluation.answers[q], language) + u'\n';
        }
    }

    out += u'\n' + Text::tr("Advice") + u'\n';
    int number = 0;
    for (const AdviceItem& item : evaluation.advice) {
        const Rule& rule = code.rules[static_cast<std::size_t>(item.rule)];
        const QStringList articleIds = code.articleIds(rule.articles);
        out += QStringLiteral("  %1. [%2] %3\n")
                   .arg(++number)
                   .arg(questionnaire.verdictLabel(rule.verdict).in(language), rule.advice.in(language));
        if (!item.because.empty()) {
            QStringList reasons;
            for (int q : item.because) {
                reasons << questionnaire.describeAnswer(q, evaluation.answers[q], language);
            }
            out += QStringLiteral("     ") + Text::tr("Because: %1").arg(reasons.join(QStringLiteral("; "))) + u'\n';
        }
        out += QStringLiteral("     ") + Text::tr("Articles: %1").arg(articleIds.join(QStringLiteral(", "))) + u'\n';
        if (!rule.contacts.empty()) {
            out += QStringLiteral("     ") + Text::tr("Contact: %1").arg(contactNames(code, rule.contacts, language)) +
                   u'\n';
        }
    }

    out += u'\n' + Text::tr("Articles of the code") + u'\n';
    for (int a : evaluation.articles) {
        const Article& article = code.articles[static_cast<std::size_t>(a)];
        out += u'\n' + QStringLiteral("%1  %2").arg(article.id, article.title.in(language)) + u'\n';
        out += article.text + u'\n';
    }
    return out;
}

QJsonArray questionsJson(const Questionnaire& questionnaire, const CodeOfConduct* code, Language language)
{
    QJsonArray out;
    for (int q = 0; q < questionnaire.size(); ++q) {
        const Question& question = questionnaire.question(q);
        QJsonArray options;
        for (const Option& option : question.options) {
            options.append(
                QJsonObject{{QStringLiteral("id"), option.id}, {QStringLiteral("label"), option.label.in(language)}});
        }
        QJsonObject entry{{QStringLiteral("id"), question.id},
                          {QStringLiteral("kind"),
                           question.kind == Question::Kind::One ? QStringLiteral("one") : QStringLiteral("several")},
                          {QStringLiteral("text"), question.text.in(language)},
                          {QStringLiteral("help"), question.help.in(language)},
                          {QStringLiteral("options"), options},
                          {QStringLiteral("asked_when"), describeCondition(question.askedWhen, questionnaire)},
                          {QStringLiteral("offers_unknown"), question.unknownOption >= 0}};
        if (code) {
            entry.insert(QStringLiteral("rules"), QJsonArray::fromStringList(rulesUsing(*code, q)));
        }
        out.append(entry);
    }
    return out;
}

QString questionsText(const Questionnaire& questionnaire, const CodeOfConduct* code, Language language)
{
    QString out;
    for (int q = 0; q < questionnaire.size(); ++q) {
        const Question& question = questionnaire.question(q);
        out += QStringLiteral("%1. %2 [%3]\n").arg(q + 1).arg(question.text.in(language), question.id);
        out += QStringLiteral("   ") + question.help.in(language) + u'\n';
        out += QStringLiteral("   ") +
               (question.kind == Question::Kind::One ? Text::tr("Choose one:") : Text::tr("Choose any:")) + u'\n';
        for (const Option& option : question.options) {
            out += QStringLiteral("     - %1: %2\n").arg(option.id, option.label.in(language));
        }
        out += QStringLiteral("   ") +
               Text::tr("Asked when: %1").arg(describeCondition(question.askedWhen, questionnaire)) + u'\n';
        if (code) {
            const QStringList rules = rulesUsing(*code, q);
            out += QStringLiteral("   ") +
                   Text::tr("Rules of %1 that use it: %2")
                       .arg(code->id, rules.isEmpty() ? Text::tr("none") : rules.join(QStringLiteral(", "))) +
                   u'\n';
        }
        out += u'\n';
    }
    return out;
}

QJsonArray articlesJson(const CodeOfConduct& code, Language language)
{
    QJsonArray out;
    for (const Article& article : code.articles) {
        QJsonObject entry{{QStringLiteral("id"), article.id},
                          {QStringLiteral("title"), article.title.in(language)},
                          {QStringLiteral("text"), article.text}};
        if (!article.notCited.in(language).isEmpty()) {
            entry.insert(QStringLiteral("not_cited"), article.notCited.in(language));
        }
        out.append(entry);
    }
    return out;
}

QString articlesText(const CodeOfConduct& code, Language language)
{
    QString out = QStringLiteral("%1, %2\n").arg(code.title.in(language), code.organisation);
    for (const Article& article : code.articles) {
        out += u'\n' + QStringLiteral("%1  %2").arg(article.id, article.title.in(language)) + u'\n';
        out += article.text + u'\n';
    }
    return out;
}

QJsonObject verifyJson(const CodeOfConduct& code, const Questionnaire& questionnaire, const VerifyReport& report)
{
    QJsonObject verdicts;
    for (Verdict v : kAllVerdicts) {
        verdicts.insert(verdictId(v), static_cast<qint64>(report.verdicts[static_cast<std::size_t>(severity(v))]));
    }
    QJsonArray unreached;
    QJsonObject reasons;
    for (int a : report.unreachedArticles) {
        const Article& article = code.articles[static_cast<std::size_t>(a)];
        unreached.append(article.id);
        if (!article.notCited.en.isEmpty()) {
            reasons.insert(article.id, article.notCited.en);
        }
    }
    QJsonArray unfired;
    for (int r : report.unfiredRules) {
        unfired.append(code.rules[static_cast<std::size_t>(r)].id);
    }
    QJsonArray problems;
    if (report.withoutVerdict > 0) {
        problems.append(QStringLiteral("%1 combinations get no verdict").arg(report.withoutVerdict));
    }
    if (report.withoutArticle > 0) {
        problems.append(QStringLiteral("%1 combinations cite no article").arg(report.withoutArticle));
    }
    for (const Diagnostic& problem : report.caseProblems) {
        problems.append(problem.toString());
    }
    QJsonArray examples;
    for (const Answers& example : report.examples) {
        QJsonObject answers;
        for (int q = 0; q < questionnaire.size(); ++q) {
            if (example[q] != answer::NotAsked) {
                answers.insert(questionnaire.question(q).id, answerJson(questionnaire.question(q), example[q]));
            }
        }
        examples.append(answers);
    }
    QJsonObject o{{QStringLiteral("code"), code.id},
                  {QStringLiteral("combinations"), static_cast<qint64>(report.combinations)},
                  {QStringLiteral("verdicts"), verdicts},
                  {QStringLiteral("unreached_articles"), unreached},
                  {QStringLiteral("unreached_reasons"), reasons},
                  {QStringLiteral("unfired_rules"), unfired},
                  {QStringLiteral("cases"), report.cases},
                  {QStringLiteral("problems"), problems}};
    if (!examples.isEmpty()) {
        o.insert(QStringLiteral("problem_examples"), examples);
    }
    return o;
}

QString verifyText(const CodeOfConduct& code, const Questionnaire& questionnaire, const VerifyReport& report,
                   Language language)
{
    QString out = QStringLiteral("%1 (%2)\n").arg(code.title.in(language), code.id);
    out += QStringLiteral("  ") + Text::tr("Combinations of answers: %1").arg(report.combinations) + u'\n';
    for (Verdict v : kAllVerdicts) {
        out += QStringLiteral("    %1: %2\n")
                   .arg(questionnaire.verdictLabel(v).in(language))
                   .arg(report.verdicts[static_cast<std::size_t>(severity(v))]);
    }
    if (report.withoutVerdict == 0 && report.withoutArticle == 0) {
        out += QStringLiteral("  ") + Text::tr("Every combination gets a verdict and cites an article.") + u'\n';
    } else {
        out += QStringLiteral("  ") +
               Text::tr("PROBLEM: %1 combinations get no verdict, %2 cite no article. For example:")
                   .arg(report.withoutVerdict)
                   .arg(report.withoutArticle) +
               u'\n';
        for (const Answers& example : report.examples) {
            QStringList parts;
            for (int q = 0; q < questionnaire.size(); ++q) {
                if (example[q] != answer::NotAsked) {
                    parts << questionnaire.describeAnswer(q, example[q], language);
                }
            }
            out += QStringLiteral("    - ") + parts.join(QStringLiteral("; ")) + u'\n';
        }
    }
    if (report.unreachedArticles.empty()) {
        out += QStringLiteral("  ") + Text::tr("Every article is cited by some combination.") + u'\n';
    } else {
        out += QStringLiteral("  ") + Text::tr("Articles no combination cites:") + u'\n';
        for (int a : report.unreachedArticles) {
            const Article& article = code.articles[static_cast<std::size_t>(a)];
            const QString reason = article.notCited.in(language);
            out += QStringLiteral("    - %1  %2").arg(article.id, article.title.in(language)) +
                   (reason.isEmpty() ? QStringLiteral("  ") + Text::tr("(no reason given)")
                                     : QStringLiteral(": ") + reason) +
                   u'\n';
        }
    }
    if (report.caseProblems.empty()) {
        out +=
            QStringLiteral("  ") + Text::tr("Training cases that give what they expect: %1").arg(report.cases) + u'\n';
    } else {
        out += QStringLiteral("  ") + Text::tr("PROBLEM in the training cases:") + u'\n';
        for (const Diagnostic& problem : report.caseProblems) {
            out += QStringLiteral("    - ") + problem.toString() + u'\n';
        }
    }
    if (!report.unfiredRules.empty()) {
        out += QStringLiteral("  ") + Text::tr("Rules that never apply:") + u'\n';
        for (int r : report.unfiredRules) {
            out += QStringLiteral("    - %1\n").arg(code.rules[static_cast<std::size_t>(r)].id);
        }
    }
    return out;
}

QJsonArray casesJson(const CodeOfConduct& code, const Questionnaire& questionnaire, const CaseLibrary& cases,
                     Language language)
{
    QJsonArray list;
    for (const TrainingCase& item : cases.cases) {
        QJsonObject answers;
        for (int q = 0; q < questionnaire.size(); ++q) {
            if (answer::isGiven(item.given[q])) {
                answers.insert(questionnaire.question(q).id, answerJson(questionnaire.question(q), item.given[q]));
            }
        }
        list.append(
            QJsonObject{{QStringLiteral("id"), item.id},
                        {QStringLiteral("title"), item.title.in(language)},
                        {QStringLiteral("situation"), item.situation.in(language)},
                        {QStringLiteral("answers"), answers},
                        {QStringLiteral("verdict"), verdictId(item.verdict)},
                        {QStringLiteral("articles"), QJsonArray::fromStringList(code.articleIds(item.articles))}});
    }
    return list;
}

QString casesText(const CodeOfConduct& code, const Questionnaire& questionnaire, const CaseLibrary& cases,
                  Language language)
{
    QString out;
    for (const TrainingCase& item : cases.cases) {
        out += QStringLiteral("%1  %2\n  %3\n  %4: %5 (%6)\n\n")
                   .arg(item.id, item.title.in(language), item.situation.in(language), Text::tr("Verdict"),
                        questionnaire.verdictLabel(item.verdict).in(language),
                        code.articleIds(item.articles).join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace codewijzer::output
