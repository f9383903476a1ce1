#include "render/Handout.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "render/Report.h"
#include "rules/Comparison.h"
#include "training/CaseLibrary.h"

#include <QCoreApplication>
#include <set>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString articleList(const CodeOfConduct& code, const std::vector<int>& articles)
{
    return code.articleIds(articles).join(QStringLiteral(", "));
}

// A line to write on, as wide as the page.
const QString kWritingLine = QString(70, u'_');

} // namespace

std::vector<const TrainingCase*> Handout::allOf(const CaseLibrary& library)
{
    std::vector<const TrainingCase*> out;
    for (const TrainingCase& item : library.cases) {
        out.push_back(&item);
    }
    return out;
}

QString Handout::title() const
{
    return kind == Kind::Exercise ? Text::tr("Codewijzer: exercise sheet, cases under %1").arg(code.title.in(language))
                                  : Text::tr("Codewijzer: answer key, cases under %1").arg(code.title.in(language));
}

QString Handout::footer() const
{
    return documentFooter(code.organisation, made, language);
}

QString Handout::html() const
{
    return kind == Kind::Exercise ? exerciseHtml() : keyHtml();
}

QString Handout::exerciseHtml() const
{
    const Language lang = language;
    QString h = reportHtmlStart(title(), lang);
    h += QStringLiteral("<h1>%1</h1>\n").arg(escaped(title()));
    if (code.isConcept) {
        h += QStringLiteral("<p><b>%1</b></p>\n").arg(escaped(draftVersionLabel()));
    }
    h += QStringLiteral("<p>%1</p>\n")
             .arg(escaped(Text::tr("Read each case. Think about the questions. Then write down what the code of "
                                   "conduct says about it, and why. %1 cases.")
                              .arg(QString::number(cases.size()))));
    int number = 0;
    for (const TrainingCase* item : cases) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                 .arg(escaped(Text::tr("Case %1: %2").arg(++number).arg(item->title.in(lang))),
                      escaped(item->situation.in(lang)));
        h += QStringLiteral("<h3>%1</h3>\n<ol>\n").arg(escaped(Text::tr("The questions")));
        for (int q : questionnaire.askedQuestions(item->given, code.asks)) {
            h += QStringLiteral("<li>%1</li>\n").arg(escaped(questionnaire.question(q).text.in(lang)));
        }
        h += QStringLiteral("</ol>\n");
        // One block: the room to write is never split from its words by a page's foot.
        h += QStringLiteral("<p style=\"margin-top: 8pt\"><b>%1</b><br/><br/>%2<br/><br/><b>%3</b><br/><br/>%2"
                            "<br/><br/>%2</p>\n")
                 .arg(escaped(Text::tr("Our verdict:")), kWritingLine, escaped(Text::tr("Why? Which article?")));
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

QString Handout::keyHtml() const
{
    const Language lang = language;
    QString h = reportHtmlStart(title(), lang);
    h += QStringLiteral("<h1>%1</h1>\n").arg(escaped(title()));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(escaped(
                 (code.isConcept
                      ? Text::tr("%1, %2; version %3, %4, fingerprint %5. %6 cases.")
                            .arg(code.title.in(lang), code.organisation, code.version, draftVersionLabel(),
                                 code.fingerprint, QString::number(cases.size()))
                      : Text::tr("%1, %2; version %3, adopted %4, fingerprint %5. %6 cases.")
                            .arg(code.title.in(lang), code.organisation, code.version, formatDate(code.adopted, lang),
                                 code.fingerprint, QString::number(cases.size())))));
    if (code.missingEnglish && lang == Language::English) {
        h += QStringLiteral("<p>%1</p>\n").arg(escaped(dutchOnlyNotice()));
    }

    std::set<int> cited;
    int number = 0;
    for (const TrainingCase* item : cases) {
        std::vector<const CodeOfConduct*> codes{&code};
        codes.insert(codes.end(), otherCodes.begin(), otherCodes.end());
        const Comparison comparison = compare(codes, questionnaire, item->given);
        const Evaluation& evaluation = comparison.results[0].evaluation;
        cited.insert(evaluation.articles.begin(), evaluation.articles.end());
        const Explanation e = Explanation::of(code, questionnaire, evaluation, lang);

        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                 .arg(escaped(Text::tr("Case %1: %2").arg(++number).arg(item->title.in(lang))),
                      escaped(item->situation.in(lang)));
        h += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(escaped(Text::tr("The answers")));
        for (const ExplainedAnswer& answer : e.answers) {
            h += QStringLiteral("<li>%1: %2</li>\n").arg(escaped(answer.label), escaped(answer.value));
        }
        h += QStringLiteral("</ul>\n");
        // The verdict in a box of its colour, with its symbol and words: one block with what it means,
        // so that a page's foot never leaves "Verdict: …" alone.
        h += QStringLiteral("<p style=\"background-color: %1; color: %2; margin-top: 8pt\">"
                            "<span style=\"font-size: 13pt; font-weight: bold\">&nbsp;%3</span><br/>&nbsp;%4</p>\n")
                 .arg(QLatin1String(verdictColours(e.verdict).background),
                      QLatin1String(verdictColours(e.verdict).foreground),
                      escaped(Text::tr("Verdict: %1").arg(verdictSymbol(e.verdict) + u' ' + e.verdictLabel)),
                      escaped(e.headlineIsInstruction ? e.headline : e.verdictDescription));
        for (const ExplainedAdvice* advice : e.decisiveAdvice()) {
            QString block = QStringLiteral("<b>%1</b> %2").arg(escaped(Text::tr("What to do:")), escaped(advice->text));
            const QString because = advice->reasonSentence.isEmpty() ? advice->becauseLine() : advice->reasonSentence;
            for (const QString& line : {advice->markLine(), because, advice->articlesLine()}) {
                if (!line.isEmpty()) {
                    block += QStringLiteral("<br/>") + escaped(line);
                }
            }
            h += QStringLiteral("<p>%1</p>\n").arg(block);
        }
        for (std::size_t i = 1; i < comparison.results.size(); ++i) {
            const Comparison::Result& other = comparison.results[i];
            const bool differs = other.evaluation.verdict != e.verdict;
            h += QStringLiteral("<p>%1</p>\n")
                     .arg(escaped((differs ? Text::tr("Under %1 (%2) the verdict differs: %3; articles %4.")
                                           : Text::tr("Under %1 (%2) the verdict is the same: %3; articles %4."))
                                      .arg(other.code->title.in(lang), other.code->organisation,
                                           questionnaire.verdictLabel(other.evaluation.verdict).in(lang),
                                           articleList(*other.code, other.evaluation.articles))));
        }
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(escaped(Text::tr("The articles these cases cite")));
    for (int a : cited) {
        const Article& article = code.articles[static_cast<std::size_t>(a)];
        h += QStringLiteral("<h3>%1 %2</h3>\n<p class=\"article\">%3</p>\n")
                 .arg(escaped(article.id), escaped(article.title.in(lang)),
                      escaped(article.text).replace(u'\n', QStringLiteral("<br/>")));
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace codewijzer
