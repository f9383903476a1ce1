#include "render/CodeText.h"

#include "catalogue/CodeCatalogue.h"
#include "render/Phrases.h"
#include "render/Report.h"
#include "training/CaseLibrary.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CodeText)
};

QStringList words(const QString& query)
{
    return query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

// Escaped text with every word of the query marked, and line breaks kept.
QString marked(const QString& text, const QStringList& find)
{
    if (find.isEmpty()) {
        return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
    }
    QStringList escapedWords;
    for (const QString& word : find) {
        escapedWords << QRegularExpression::escape(word);
    }
    const QRegularExpression pattern(escapedWords.join(u'|'), QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype from = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(from, match.capturedStart() - from).toHtmlEscaped();
        out += QStringLiteral("<span style=\"background-color: #fff176;\">%1</span>")
                   .arg(match.captured().toHtmlEscaped());
        from = match.capturedEnd();
    }
    out += text.mid(from).toHtmlEscaped();
    return out.replace(u'\n', QStringLiteral("<br/>"));
}

} // namespace

bool CodeTextArticle::matches(const QString& query) const
{
    const QStringList find = words(query);
    return std::all_of(find.begin(), find.end(), [this](const QString& word) {
        return id.contains(word, Qt::CaseInsensitive) || title.contains(word, Qt::CaseInsensitive) ||
               text.contains(word, Qt::CaseInsensitive);
    });
}

CodeText CodeText::of(const LoadedCode& loaded, Language language)
{
    const CodeOfConduct& code = loaded.code;
    CodeText out;
    out.title = code.title.in(language);
    out.organisation = code.organisation;
    out.fingerprint = code.fingerprint;
    out.language = language;
    out.facts << Text::tr("Organisation: %1").arg(code.organisation)
              << (code.isConcept ? draftVersionLabel()
                                 : Text::tr("Adopted: %1").arg(formatDate(code.adopted, language)));
    if (code.inForce.isValid()) {
        out.facts << Text::tr("In force: %1").arg(formatDate(code.inForce, language));
    }
    out.facts << Text::tr("Version: %1").arg(code.version);
    if (!code.source.isEmpty()) {
        out.facts << Text::tr("Source: %1").arg(code.source);
    }
    out.facts << Text::tr("Fingerprint: %1").arg(code.fingerprint);
    if (code.missingEnglish && language == Language::English) {
        out.facts << dutchOnlyNotice();
    }
    for (std::size_t a = 0; a < code.articles.size(); ++a) {
        const Article& article = code.articles[a];
        CodeTextArticle entry{article.id, article.title.in(language), article.text, {}, article.notCited.in(language)};
        if (article.partial) {
            entry.title += QStringLiteral(" (%1)").arg(partialArticleLabel());
        }
        const int index = static_cast<int>(a);
        for (const Rule& rule : code.rules) {
            if (std::find(rule.articles.begin(), rule.articles.end(), index) != rule.articles.end()) {
                entry.situations << Text::tr("Advice: %1").arg(rule.advice.in(language));
            }
        }
        if (loaded.cases) {
            for (const TrainingCase& c : loaded.cases->cases) {
                if (std::find(c.articles.begin(), c.articles.end(), index) != c.articles.end()) {
                    entry.situations << Text::tr("Case: %1").arg(c.title.in(language));
                }
            }
        }
        out.articles.push_back(std::move(entry));
    }
    return out;
}

std::vector<int> CodeText::matching(const QString& query) const
{
    std::vector<int> out;
    for (std::size_t a = 0; a < articles.size(); ++a) {
        if (articles[a].matches(query)) {
            out.push_back(static_cast<int>(a));
        }
    }
    return out;
}

QString CodeText::documentTitle() const
{
    return Text::tr("Codewijzer: %1, the whole code").arg(title);
}

QString CodeText::html(const QString& query, const std::vector<int>* shown) const
{
    const QStringList find = words(query);
    QString h = reportHtmlStart(documentTitle(), language);
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(title.toHtmlEscaped(),
                  facts.join(QStringLiteral("\n")).toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    std::vector<int> all;
    if (!shown) {
        all.resize(articles.size());
        for (std::size_t a = 0; a < articles.size(); ++a) {
            all[a] = static_cast<int>(a);
        }
        shown = &all;
    }
    for (int a : *shown) {
        const CodeTextArticle& article = articles[static_cast<std::size_t>(a)];
        h += QStringLiteral("<h2><a name=\"article-%1\"></a>%2 · %3</h2>\n")
                 .arg(QString::number(a), marked(article.id, find), marked(article.title, find));
        for (const QString& paragraph : article.text.split(QStringLiteral("\n\n"))) {
            h += QStringLiteral("<p class=\"article\">%1</p>\n").arg(marked(paragraph, find));
        }
        if (article.situations.isEmpty()) {
            h += QStringLiteral("<p><i>%1</i></p>\n")
                     .arg(Text::tr("No rule cites this article: %1")
                              .arg(article.notCited.isEmpty() ? Text::tr("no reason given") : article.notCited)
                              .toHtmlEscaped());
            continue;
        }
        h += QStringLiteral("<p><i>%1</i></p>\n<ul>\n").arg(Text::tr("The situations it governs:").toHtmlEscaped());
        for (const QString& situation : article.situations) {
            h += QStringLiteral("<li>%1</li>\n").arg(situation.toHtmlEscaped());
        }
        h += QStringLiteral("</ul>\n");
    }
    return h + QStringLiteral("</body></html>\n");
}

} // namespace codewijzer
