#include "render/ChangeSummary.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/DiffJson.h"
#include "render/Phrases.h"
#include "render/Report.h"
#include "rules/CodeDiff.h"

#include <QCoreApplication>
#include <QLocale>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSummary)
};

// Examples per kind in the summary: enough to see what is meant, few enough for two pages.
constexpr int kExamples = 2;
// Words of unchanged text kept around a change of an article.
constexpr qsizetype kContext = 8;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString articleRef(const CodeOfConduct& code, const std::vector<int>& articles)
{
    return Text::tr("article %1").arg(joinWithAnd(code.articleIds(articles)));
}

// Unchanged words far from a change, cut down to a few on either side.
QString shortened(const QString& text, bool keepStart, bool keepEnd)
{
    const QStringList words = text.split(u' ');
    if (words.size() <= 2 * kContext) {
        return text;
    }
    QString out;
    if (keepStart) {
        out += words.mid(0, kContext).join(u' ');
    }
    out += QStringLiteral(" … ");
    if (keepEnd) {
        out += words.mid(words.size() - kContext).join(u' ');
    }
    return out.trimmed();
}

QString markedWords(const std::vector<WordRun>& runs)
{
    QString h;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const WordRun& run = runs[i];
        const QString text = escaped(run.text).replace(QStringLiteral("\n\n"), QStringLiteral("<br/>"));
        switch (run.kind) {
        case WordRun::Kind::Same:
            h += escaped(shortened(run.text, i > 0, i + 1 < runs.size())) + u' ';
            break;
        case WordRun::Kind::Added:
            h += QStringLiteral("<b><u>%1</u></b> ").arg(text);
            break;
        case WordRun::Kind::Removed:
            h += QStringLiteral("<s>%1</s> ").arg(text);
            break;
        }
    }
    return h.trimmed();
}

} // namespace

QString ChangeSummary::title()
{
    return Text::tr("What changes for you");
}

QString ChangeSummary::footer() const
{
    return documentFooter(diff.after->organisation, made, language);
}

QString ChangeSummary::html() const
{
    const Language lang = language;
    const CodeOfConduct& a = *diff.before;
    const CodeOfConduct& b = *diff.after;
    const QLocale locale(lang == Language::Dutch ? QLocale::Dutch : QLocale::English);
    const auto label = [&](int verdict) {
        return diffwords::verdictLabel(questionnaire, verdict, lang);
    };
    const auto section = [](const QString& heading) {
        return QStringLiteral("<h2>%1</h2>\n").arg(escaped(heading));
    };
    const auto item = [](const QString& html) {
        return QStringLiteral("<li>%1</li>\n").arg(html);
    };

    QString h = reportHtmlStart(title(), lang);
    h += QStringLiteral("<h1>%1</h1>\n").arg(escaped(title()));
    h += QStringLiteral("<p><b>%1</b><br/>%2</p>\n")
             .arg(escaped(QStringLiteral("%1, %2").arg(b.title.in(lang), b.organisation)),
                  escaped(Text::tr("New version: %1 (fingerprint %2). Until now: version %3 (fingerprint %4).")
                              .arg(b.version, b.fingerprint, a.version, a.fingerprint)));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(escaped(Text::tr("The code of conduct has changed. Here you read what that means for what you do "
                                   "on social media. The articles are in the code of conduct itself.")));
    if (!b.changeNote.in(lang).isEmpty()) {
        h += QStringLiteral("<p><i>%1</i></p>\n").arg(escaped(b.changeNote.in(lang)));
    }

    // What is new: rules and articles the old version did not have.
    QString news;
    for (const CodeDiff::Rule& r : diff.rules) {
        if (r.change == CodeDiff::Change::Added) {
            const Rule& rule = b.rules[static_cast<std::size_t>(r.after)];
            news += item(QStringLiteral("%1 <i>(%2: %3)</i>")
                             .arg(escaped(rule.advice.in(lang)), escaped(articleRef(b, rule.articles)),
                                  escaped(label(severity(rule.verdict)))));
        }
    }
    for (const CodeDiff::Article& art : diff.articles) {
        if (art.kind == CodeDiff::Article::Kind::Added) {
            const Article& article = b.articles[static_cast<std::size_t>(art.after)];
            news += item(escaped(Text::tr("New article %1: %2").arg(article.id, article.title.in(lang))));
        }
    }
    h += section(Text::tr("What is new"));
    h += news.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(escaped(Text::tr("Nothing is new.")))
                        : QStringLiteral("<ul>\n%1</ul>\n").arg(news);

    // Stricter, allowed now: rules whose verdict moved, and the smallest situations that show it.
    const auto moved = [&](DiffEffect::Kind kind, const QString& heading, const QString& count, const QString& none) {
        QString list;
        for (const CodeDiff::Rule& r : diff.rules) {
            if (r.change != CodeDiff::Change::Changed || !r.verdict) {
                continue;
            }
            const Rule& old = a.rules[static_cast<std::size_t>(r.before)];
            const Rule& now = b.rules[static_cast<std::size_t>(r.after)];
            if ((now.verdict > old.verdict) != (kind == DiffEffect::Kind::Stricter)) {
                continue;
            }
            list += item(QStringLiteral("%1 <i>(%2)</i><br/>%3")
                             .arg(escaped(now.advice.in(lang)), escaped(articleRef(b, now.articles)),
                                  escaped(Text::tr("Until now: %1. Now: %2.")
                                              .arg(label(severity(old.verdict)), label(severity(now.verdict))))));
        }
        h += section(heading);
        const std::uint64_t n = diff.effect.count(kind);
        if (n == 0 && list.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n").arg(escaped(none));
            return;
        }
        if (!list.isEmpty()) {
            h += QStringLiteral("<ul>\n%1</ul>\n").arg(list);
        }
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(escaped(count.arg(locale.toString(static_cast<qulonglong>(n)),
                                        locale.toString(static_cast<qulonglong>(diff.effect.situations)))));
        QString examples;
        int shown = 0;
        for (const DiffEffect::Example& e : diff.effect.examples) {
            if (e.kind == kind && shown++ < kExamples) {
                examples +=
                    item(QStringLiteral("%1<br/><i>%2</i>")
                             .arg(escaped(diffwords::situation(questionnaire, e.answers, lang)),
                                  escaped(Text::tr("Until now: %1. Now: %2.").arg(label(e.before), label(e.after)))));
            }
        }
        if (!examples.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n<ul>\n%2</ul>\n").arg(escaped(Text::tr("For example:")), examples);
        }
    };
    moved(DiffEffect::Kind::Stricter, Text::tr("What is now stricter"),
          Text::tr("Of all %2 combinations of answers, %1 now get a stricter verdict."),
          Text::tr("Nothing is stricter now."));
    moved(DiffEffect::Kind::LessStrict, Text::tr("What is now allowed"),
          Text::tr("Of all %2 combinations of answers, %1 now get a less strict verdict."),
          Text::tr("Nothing that was not allowed is allowed now."));

    // Other advice with the same verdict.
    QString advice;
    for (const CodeDiff::Rule& r : diff.rules) {
        if (r.change == CodeDiff::Change::Changed && r.advice && !r.verdict) {
            const Rule& now = b.rules[static_cast<std::size_t>(r.after)];
            advice += item(QStringLiteral("%1 <i>(%2)</i>")
                               .arg(escaped(now.advice.in(lang)), escaped(articleRef(b, now.articles))));
        }
    }
    if (!advice.isEmpty() || diff.effect.otherAdvice > 0) {
        h += section(Text::tr("Other advice"));
    }
    if (!advice.isEmpty()) {
        h += QStringLiteral("<ul>\n%1</ul>\n").arg(advice);
    }
    if (diff.effect.otherAdvice > 0) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(escaped(Text::tr("Of all %2 combinations of answers, %1 keep their verdict but get other advice.")
                                  .arg(locale.toString(static_cast<qulonglong>(diff.effect.otherAdvice)),
                                       locale.toString(static_cast<qulonglong>(diff.effect.situations)))));
    }

    // What the text says differently.
    QString text;
    for (const CodeDiff::Article& art : diff.articles) {
        if (art.kind == CodeDiff::Article::Kind::Removed) {
            const Article& old = a.articles[static_cast<std::size_t>(art.before)];
            text += item(escaped(
                Text::tr("Article %1 (%2) is no longer in the code of conduct.").arg(old.id, old.title.in(lang))));
            continue;
        }
        if (art.kind == CodeDiff::Article::Kind::Added) {
            continue;
        }
        const Article& now = b.articles[static_cast<std::size_t>(art.after)];
        QString line =
            QStringLiteral("<b>%1</b>").arg(escaped(Text::tr("Article %1: %2").arg(now.id, now.title.in(lang))));
        if (art.kind == CodeDiff::Article::Kind::Renumbered) {
            line += QStringLiteral(" <i>(%1)</i>")
                        .arg(escaped(
                            Text::tr("until now article %1").arg(a.articles[static_cast<std::size_t>(art.before)].id)));
        }
        if (!art.words.empty()) {
            line += QStringLiteral("<br/>%1").arg(markedWords(art.words));
        }
        text += item(line);
    }
    if (!text.isEmpty()) {
        h += section(Text::tr("What the text says differently"));
        h += QStringLiteral("<p><i>%1</i></p>\n<ul>\n%2</ul>\n")
                 .arg(escaped(Text::tr("New words are underlined. Words that are gone are struck through.")), text);
    }
    h += QStringLiteral("<p>%1</p>\n").arg(escaped(Text::tr("Not sure what this means for you? Ask your supervisor.")));
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace codewijzer
