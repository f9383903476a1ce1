#include "CommandSupport.h"
#include "Commands.h"
#include "model/Questionnaire.h"
#include "render/Phrases.h"
#include "rules/Verifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace codewijzer::cli {

namespace {

class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    VerifyCommand()
        : Command(
              {QStringLiteral("verify"),
               tr("[--code ID | --code-file PATH] [--lang nl|en] [--format json|text]"),
               {QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"), QStringLiteral("format")}})
    {}

    QString description() const override
    {
        return tr("check a code's rules over every combination of answers\n"
                  "(without a code: every built-in code)");
    }

    int run(const CommandLine& line, CommandIo& io) const override
    {
        std::vector<std::shared_ptr<const LoadedCode>> codes;
        if (line.code.isEmpty() && line.codeFile.isEmpty()) {
            auto builtins = loadCodes({}, io);
            if (!builtins) {
                return BadInput;
            }
            codes = std::move(*builtins);
        } else if (auto code = loadCode(line, {}, io)) {
            codes.push_back(std::move(code));
        } else {
            return BadInput;
        }

        const Questionnaire& questionnaire = Questionnaire::builtin();
        bool allOk = true;
        QJsonArray reports;
        QString out;
        for (const auto& loaded : codes) {
            const VerifyReport report = verifyWithCases(*loaded, questionnaire);
            allOk = allOk && report.ok();
            reports.append(json(loaded->code, questionnaire, report));
            out += text(loaded->code, questionnaire, report, line.language) + u'\n';
        }
        io.out << (line.format == Format::Json ? jsonText(reports) : out);
        return allOk ? Success : ProblemFound;
    }

private:
    static QJsonObject json(const CodeOfConduct& code, const Questionnaire& questionnaire, const VerifyReport& report)
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
            if (!article.notCited.in(Language::English).isEmpty()) {
                reasons.insert(article.id, article.notCited.in(Language::English));
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
        for (const Diagnostic& problem : report.codeProblems) {
            problems.append(problem.toString());
        }
        for (const Diagnostic& problem : report.caseProblems) {
            problems.append(problem.toString());
        }
        QJsonArray warnings;
        for (const Diagnostic& warning : code.warnings) {
            warnings.append(warning.toString());
        }
        QJsonArray examples;
        for (const Answers& example : report.examples) {
            examples.append(answersJson(questionnaire, example));
        }
        QJsonObject o{
            {QStringLiteral("code"), code.id},
            {QStringLiteral("combinations"), static_cast<qint64>(report.combinations)},
            {QStringLiteral("verdicts"), verdicts},
            {QStringLiteral("unreached_articles"), unreached},
            {QStringLiteral("unreached_reasons"), reasons},
            {QStringLiteral("unfired_rules"), unfired},
            {QStringLiteral("cases"), report.cases},
            {QStringLiteral("status"), code.isConcept ? QStringLiteral("concept") : QStringLiteral("vastgesteld")},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("warnings"), warnings}};
        if (!examples.isEmpty()) {
            o.insert(QStringLiteral("problem_examples"), examples);
        }
        return o;
    }

    static QString text(const CodeOfConduct& code, const Questionnaire& questionnaire, const VerifyReport& report,
                        Language language)
    {
        QString out = QStringLiteral("%1 (%2)\n").arg(code.title.in(language), code.id);
        out += QStringLiteral("  ") + tr("Combinations of answers: %1").arg(report.combinations) + u'\n';
        for (Verdict v : kAllVerdicts) {
            out += QStringLiteral("    %1: %2\n")
                       .arg(questionnaire.verdictLabel(v).in(language))
                       .arg(report.verdicts[static_cast<std::size_t>(severity(v))]);
        }
        if (report.withoutVerdict == 0 && report.withoutArticle == 0) {
            out += QStringLiteral("  ") + tr("Every combination gets a verdict and cites an article.") + u'\n';
        } else {
            out += QStringLiteral("  ") +
                   tr("PROBLEM: %1 combinations get no verdict, %2 cite no article. For example:")
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
            out += QStringLiteral("  ") + tr("Every article is cited by some combination.") + u'\n';
        } else {
            out += QStringLiteral("  ") + tr("Articles no combination cites:") + u'\n';
            for (int a : report.unreachedArticles) {
                const Article& article = code.articles[static_cast<std::size_t>(a)];
                const QString reason = article.notCited.in(language);
                out += QStringLiteral("    - %1  %2").arg(article.id, article.title.in(language)) +
                       (reason.isEmpty() ? QStringLiteral("  ") + tr("(no reason given)")
                                         : QStringLiteral(": ") + reason) +
                       u'\n';
            }
        }
        if (report.caseProblems.empty()) {
            out += QStringLiteral("  ") + tr("Training cases that give what they expect: %1").arg(report.cases) + u'\n';
        } else {
            out += QStringLiteral("  ") + tr("PROBLEM in the training cases:") + u'\n';
            for (const Diagnostic& problem : report.caseProblems) {
                out += QStringLiteral("    - ") + problem.toString() + u'\n';
            }
        }
        if (code.isConcept) {
            out += QStringLiteral("  ") + draftVersionLabel() + u'\n';
        }
        for (const Diagnostic& warning : code.warnings) {
            out += QStringLiteral("  ") + warning.toString() + u'\n';
        }
        if (!report.codeProblems.empty()) {
            out += QStringLiteral("  ") + tr("PROBLEM in the code file:") + u'\n';
            for (const Diagnostic& problem : report.codeProblems) {
                out += QStringLiteral("    - ") + problem.toString() + u'\n';
            }
        }
        return out;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace codewijzer::cli
