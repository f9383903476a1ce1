#include "render/DiffJson.h"

#include "model/AnswersFile.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/ConditionText.h"
#include "rules/CodeDiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <array>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DiffText)
};

QString changeId(CodeDiff::Change change)
{
    switch (change) {
    case CodeDiff::Change::Added:
        return QStringLiteral("added");
    case CodeDiff::Change::Removed:
        return QStringLiteral("removed");
    case CodeDiff::Change::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString articleKindId(CodeDiff::Article::Kind kind)
{
    switch (kind) {
    case CodeDiff::Article::Kind::Added:
        return QStringLiteral("added");
    case CodeDiff::Article::Kind::Removed:
        return QStringLiteral("removed");
    case CodeDiff::Article::Kind::Renumbered:
        return QStringLiteral("renumbered");
    case CodeDiff::Article::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString verdictIdOrNone(int verdict)
{
    return verdict == DiffEffect::kNoVerdict ? QStringLiteral("none") : verdictId(kAllVerdicts[verdict]);
}

QJsonObject versionJson(const CodeOfConduct& code, Language language)
{
    return {{QStringLiteral("code"), code.id},
            {QStringLiteral("version"), code.version},
            {QStringLiteral("fingerprint"), code.fingerprint},
            {QStringLiteral("file"), code.file},
            {QStringLiteral("previous"), QJsonArray::fromStringList(code.previous)},
            {QStringLiteral("change_note"), code.changeNote.in(language)}};
}

// The id an article goes by: its new id, or its old one when it was removed.
const Article& articleOf(const CodeDiff& diff, const CodeDiff::Article& a)
{
    return a.after >= 0 ? diff.after->articles[static_cast<std::size_t>(a.after)]
                        : diff.before->articles[static_cast<std::size_t>(a.before)];
}

const Rule& ruleOf(const CodeDiff& diff, const CodeDiff::Rule& r)
{
    return r.after >= 0 ? diff.after->rules[static_cast<std::size_t>(r.after)]
                        : diff.before->rules[static_cast<std::size_t>(r.before)];
}

QStringList ruleParts(const CodeDiff::Rule& r)
{
    QStringList parts;
    const std::array<std::pair<bool, const char*>, 5> all = {{{r.condition, "condition"},
                                                              {r.verdict, "verdict"},
                                                              {r.advice, "advice"},
                                                              {r.articles, "articles"},
                                                              {r.contacts, "contacts"}}};
    for (const auto& [changed, name] : all) {
        if (changed) {
            parts << QString::fromLatin1(name);
        }
    }
    return parts;
}

QString wordsMarked(const std::vector<WordRun>& runs)
{
    QStringList parts;
    for (const WordRun& run : runs) {
        switch (run.kind) {
        case WordRun::Kind::Same:
            parts << run.text;
            break;
        case WordRun::Kind::Added:
            parts << QStringLiteral("{+%1+}").arg(run.text);
            break;
        case WordRun::Kind::Removed:
            parts << QStringLiteral("[-%1-]").arg(run.text);
            break;
        }
    }
    return parts.join(u' ');
}

} // namespace

namespace diffwords {

QString kindId(DiffEffect::Kind kind)
{
    switch (kind) {
    case DiffEffect::Kind::Stricter:
        return QStringLiteral("stricter");
    case DiffEffect::Kind::LessStrict:
        return QStringLiteral("less_strict");
    case DiffEffect::Kind::OtherAdvice:
        break;
    }
    return QStringLiteral("other_advice");
}

QString verdictLabel(const Questionnaire& questionnaire, int verdict, Language language)
{
    return verdict == DiffEffect::kNoVerdict ? Text::tr("no verdict")
                                             : questionnaire.verdictLabel(kAllVerdicts[verdict]).in(language);
}

QString situation(const Questionnaire& questionnaire, const Answers& answers, Language language)
{
    QStringList parts;
    for (int q = 0; q < questionnaire.size(); ++q) {
        if (answers[q] != answer::NotAsked) {
            parts << questionnaire.describeAnswer(q, answers[q], language);
        }
    }
    return parts.join(QStringLiteral("; "));
}

QStringList activities(const Questionnaire& questionnaire, AnswerValue options, Language language)
{
    QStringList names;
    const int activity = questionnaire.indexOf(u"activity");
    if (activity >= 0) {
        const Question& q = questionnaire.question(activity);
        for (std::size_t o = 0; o < q.options.size(); ++o) {
            if (options & answer::option(static_cast<int>(o))) {
                names << q.options[o].label.in(language);
            }
        }
    }
    return names;
}

} // namespace diffwords

QJsonObject diffJson(const CodeDiff& diff, const Questionnaire& questionnaire, Language language)
{
    QJsonArray fields;
    for (const CodeDiff::Field& f : diff.fields) {
        fields.append(QJsonObject{{QStringLiteral("field"), f.name},
                                  {QStringLiteral("before"), f.before},
                                  {QStringLiteral("after"), f.after}});
    }
    QJsonArray contacts;
    for (const CodeDiff::Contact& c : diff.contacts) {
        contacts.append(QJsonObject{{QStringLiteral("change"), changeId(c.change)},
                                    {QStringLiteral("id"), c.id},
                                    {QStringLiteral("before"), c.before.in(language)},
                                    {QStringLiteral("after"), c.after.in(language)}});
    }
    QJsonArray articles;
    for (const CodeDiff::Article& a : diff.articles) {
        QJsonObject o{{QStringLiteral("change"), articleKindId(a.kind)}, {QStringLiteral("id"), articleOf(diff, a).id}};
        if (a.before >= 0 && a.after >= 0) {
            o.insert(QStringLiteral("before_id"), diff.before->articles[static_cast<std::size_t>(a.before)].id);
            o.insert(QStringLiteral("title_changed"), a.titleChanged);
            o.insert(QStringLiteral("text_changed"), a.textChanged);
        }
        QJsonArray words;
        for (const WordRun& run : a.words) {
            const QString kind = run.kind == WordRun::Kind::Same    ? QStringLiteral("same")
                                 : run.kind == WordRun::Kind::Added ? QStringLiteral("added")
                                                                    : QStringLiteral("removed");
            words.append(QJsonObject{{kind, run.text}});
        }
        if (!words.isEmpty()) {
            o.insert(QStringLiteral("words"), words);
        }
        articles.append(o);
    }
    QJsonArray rules;
    for (const CodeDiff::Rule& r : diff.rules) {
        QJsonObject o{{QStringLiteral("change"), changeId(r.change)}, {QStringLiteral("id"), ruleOf(diff, r).id}};
        if (r.change == CodeDiff::Change::Changed) {
            const Rule& old = diff.before->rules[static_cast<std::size_t>(r.before)];
            const Rule& now = diff.after->rules[static_cast<std::size_t>(r.after)];
            o.insert(QStringLiteral("changed"), QJsonArray::fromStringList(ruleParts(r)));
            o.insert(QStringLiteral("verdict"), QJsonObject{{QStringLiteral("before"), verdictId(old.verdict)},
                                                            {QStringLiteral("after"), verdictId(now.verdict)}});
            if (r.condition) {
                o.insert(QStringLiteral("when"),
                         QJsonObject{{QStringLiteral("before"), describeCondition(old.when, questionnaire)},
                                     {QStringLiteral("after"), describeCondition(now.when, questionnaire)}});
            }
        } else {
            o.insert(QStringLiteral("verdict"), verdictId(ruleOf(diff, r).verdict));
        }
        rules.append(o);
    }
    const DiffEffect& effect = diff.effect;
    QJsonArray transitions;
    for (int b = DiffEffect::kNoVerdict; b < static_cast<int>(kAllVerdicts.size()); ++b) {
        for (int a = DiffEffect::kNoVerdict; a < static_cast<int>(kAllVerdicts.size()); ++a) {
            const std::uint64_t n = effect.verdicts[static_cast<std::size_t>(b) + 1][static_cast<std::size_t>(a) + 1];
            if (a != b && n > 0) {
                transitions.append(QJsonObject{{QStringLiteral("before"), verdictIdOrNone(b)},
                                               {QStringLiteral("after"), verdictIdOrNone(a)},
                                               {QStringLiteral("situations"), static_cast<qint64>(n)}});
            }
        }
    }
    QJsonArray examples;
    for (const DiffEffect::Example& e : effect.examples) {
        examples.append(
            QJsonObject{{QStringLiteral("kind"), diffwords::kindId(e.kind)},
                        {QStringLiteral("before"), verdictIdOrNone(e.before)},
                        {QStringLiteral("after"), verdictIdOrNone(e.after)},
                        {QStringLiteral("answers"), givenAnswersJson(questionnaire, e.answers)},
                        {QStringLiteral("text"), diffwords::situation(questionnaire, e.answers, language)}});
    }
    QJsonObject activities;
    for (DiffEffect::Kind kind : DiffEffect::kAllKinds) {
        QStringList ids;
        const int activity = questionnaire.indexOf(u"activity");
        for (int o = 0; activity >= 0 && o < static_cast<int>(questionnaire.question(activity).options.size()); ++o) {
            if (effect.activities[static_cast<std::size_t>(kind)] & answer::option(o)) {
                ids << questionnaire.question(activity).options[static_cast<std::size_t>(o)].id;
            }
        }
        activities.insert(diffwords::kindId(kind), QJsonArray::fromStringList(ids));
    }
    QJsonArray cases;
    for (const CodeDiff::Case& c : diff.cases) {
        cases.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("title"), c.title.in(language)},
                        {QStringLiteral("verdict"), QJsonObject{{QStringLiteral("before"), verdictId(c.verdictBefore)},
                                                                {QStringLiteral("after"), verdictId(c.verdictAfter)}}},
                        {QStringLiteral("articles"),
                         QJsonObject{{QStringLiteral("before"), QJsonArray::fromStringList(c.articlesBefore)},
                                     {QStringLiteral("after"), QJsonArray::fromStringList(c.articlesAfter)}}}});
    }
    return {
        {QStringLiteral("before"), versionJson(*diff.before, language)},
        {QStringLiteral("after"), versionJson(*diff.after, language)},
        {QStringLiteral("after_lists_before"), diff.after->previous.contains(diff.before->fingerprint)},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("fields"), fields},
                                             {QStringLiteral("contacts"), contacts},
                                             {QStringLiteral("articles"), articles}}},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("effect"),
         QJsonObject{{QStringLiteral("situations"), static_cast<qint64>(effect.situations)},
                     {QStringLiteral("stricter"), static_cast<qint64>(effect.stricter)},
                     {QStringLiteral("less_strict"), static_cast<qint64>(effect.lessStrict)},
                     {QStringLiteral("other_advice"), static_cast<qint64>(effect.otherAdvice)},
                     {QStringLiteral("same"), static_cast<qint64>(effect.same)},
                     {QStringLiteral("verdicts"), transitions},
                     {QStringLiteral("examples"), examples},
                     {QStringLiteral("activities"), activities}}},
        {QStringLiteral("cases"),
         QJsonObject{{QStringLiteral("compared"), diff.casesCompared}, {QStringLiteral("changed"), cases}}},
    };
}

QString diffText(const CodeDiff& diff, const Questionnaire& questionnaire, Language language)
{
    const CodeOfConduct& a = *diff.before;
    const CodeOfConduct& b = *diff.after;
    QString out = Text::tr("%1: version %2 (%3) compared with version %4 (%5)\n")
                      .arg(b.title.in(language), a.version, a.fingerprint, b.version, b.fingerprint);
    out += u'\n' + Text::tr("Text") + u'\n';
    for (const CodeDiff::Field& f : diff.fields) {
        out += QStringLiteral("  %1: %2 -> %3\n").arg(f.name, f.before, f.after);
    }
    for (const CodeDiff::Contact& c : diff.contacts) {
        out += QStringLiteral("  %1 %2: %3 -> %4\n")
                   .arg(Text::tr("contact"), c.id, c.before.in(language), c.after.in(language));
    }
    for (const CodeDiff::Article& art : diff.articles) {
        const Article& article = articleOf(diff, art);
        out += QStringLiteral("  %1 %2").arg(articleKindId(art.kind), article.id);
        if (art.kind == CodeDiff::Article::Kind::Renumbered) {
            out += QStringLiteral(" (%1 %2)").arg(Text::tr("was"), a.articles[static_cast<std::size_t>(art.before)].id);
        }
        out += QStringLiteral(": %1\n").arg(article.title.in(language));
        if (!art.words.empty()) {
            out += QStringLiteral("    %1\n").arg(wordsMarked(art.words));
        }
    }
    if (!diff.textChanged()) {
        out += QStringLiteral("  %1\n").arg(Text::tr("no change"));
    }
    out += u'\n' + Text::tr("Rules") + u'\n';
    for (const CodeDiff::Rule& r : diff.rules) {
        out += QStringLiteral("  %1 %2").arg(changeId(r.change), ruleOf(diff, r).id);
        if (r.change == CodeDiff::Change::Changed) {
            out += QStringLiteral(" (%1)").arg(ruleParts(r).join(QStringLiteral(", ")));
            if (r.verdict) {
                out += QStringLiteral(": %1 -> %2")
                           .arg(verdictId(a.rules[static_cast<std::size_t>(r.before)].verdict),
                                verdictId(b.rules[static_cast<std::size_t>(r.after)].verdict));
            }
        } else {
            out += QStringLiteral(": %1").arg(verdictId(ruleOf(diff, r).verdict));
        }
        out += u'\n';
    }
    if (diff.rules.empty()) {
        out += QStringLiteral("  %1\n").arg(Text::tr("no change"));
    }
    const DiffEffect& e = diff.effect;
    out += u'\n' + Text::tr("Effect over %1 situations").arg(e.situations) + u'\n';
    out += QStringLiteral("  %1: %2\n  %3: %4\n  %5: %6\n  %7: %8\n")
               .arg(Text::tr("stricter verdict"), QString::number(e.stricter), Text::tr("less strict verdict"),
                    QString::number(e.lessStrict), Text::tr("same verdict, other advice"),
                    QString::number(e.otherAdvice), Text::tr("unchanged"), QString::number(e.same));
    for (const DiffEffect::Example& ex : e.examples) {
        out += QStringLiteral("  %1: %2 -> %3\n    %4\n")
                   .arg(diffwords::kindId(ex.kind), diffwords::verdictLabel(questionnaire, ex.before, language),
                        diffwords::verdictLabel(questionnaire, ex.after, language),
                        diffwords::situation(questionnaire, ex.answers, language));
    }
    AnswerValue touched = 0;
    for (AnswerValue bits : e.activities) {
        touched |= bits;
    }
    if (touched != 0) {
        out += QStringLiteral("  %1: %2\n")
                   .arg(Text::tr("activities touched"),
                        diffwords::activities(questionnaire, touched, language).join(QStringLiteral(", ")));
    }
    out += u'\n' + Text::tr("Training cases: %1 compared, %2 changed").arg(diff.casesCompared).arg(diff.cases.size()) +
           u'\n';
    for (const CodeDiff::Case& c : diff.cases) {
        out += QStringLiteral("  %1 %2: %3 (%4) -> %5 (%6)\n")
                   .arg(c.id, c.title.in(language), verdictId(c.verdictBefore), c.articlesBefore.join(u','),
                        verdictId(c.verdictAfter), c.articlesAfter.join(u','));
    }
    return out;
}

} // namespace codewijzer
