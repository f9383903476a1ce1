#include "CommandSupport.h"
#include "Commands.h"
#include "model/Questionnaire.h"
#include "render/Phrases.h"
#include "rules/Verifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

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
        QJsonArray rules;
        for (std::size_t r = 0; r < report.rules.size(); ++r) {
            const RuleCount& counts = report.rules[r];
            QJsonObject entry{{QStringLiteral("id"), code.rules[r].id},
                              {QStringLiteral("applies"), static_cast<qint64>(counts.applies)},
                              {QStringLiteral("decides"), static_cast<qint64>(counts.decides)},
                              {QStringLiteral("given"), static_cast<qint64>(counts.given)},
                              {QStringLiteral("matters"), static_cast<qint64>(counts.matters)}};
            if (code.rules[r].exceptionTo >= 0) {
                entry.insert(QStringLiteral("exception_to"),
                             code.rules[static_cast<std::size_t>(code.rules[r].exceptionTo)].id);
                entry.insert(QStringLiteral("lowers"), static_cast<qint64>(counts.lowers));
            }
            rules.append(entry);
        }
        const auto questionIds = [&](const std::vector<int>& indices) {
            QJsonArray ids;
            for (int q : indices) {
                ids.append(questionnaire.question(q).id);
            }
            return ids;
        };
        QJsonObject o{
            {QStringLiteral("code"), code.id},
            {QStringLiteral("rules"), rules},
            {QStringLiteral("questions_not_asked"), questionIds(report.unaskedQuestions)},
            {QStringLiteral("questions_not_told_apart"), questionIds(report.questionsNotToldApart)},
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
        out += rulesText(code, report, language);
        out += questionsText(questionnaire, report, language);
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

    // What each rule does, in the code's order; a rule that never matters is named again below,
    // with its place, among the problems in the code file.
    static QString rulesText(const CodeOfConduct& code, const VerifyReport& report, Language language)
    {
        if (report.rules.empty()) {
            return {};
        }
        const auto percent = [&](std::uint64_t n) {
            const double share = 100.0 * static_cast<double>(n) / static_cast<double>(report.combinations);
            const QLocale locale(language == Language::Dutch ? QLocale::Dutch : QLocale::English);
            return share < 0.05 ? QStringLiteral("< ") + locale.toString(0.1, 'f', 1) : locale.toString(share, 'f', 1);
        };
        QString out = QStringLiteral("  ") + tr("What each rule does:") + u'\n';
        for (std::size_t r = 0; r < report.rules.size(); ++r) {
            const RuleCount& counts = report.rules[r];
            QString line;
            if (counts.applies == 0) {
                line = tr("never applies (PROBLEM)");
            } else {
                line = (counts.applies == 1
                            ? tr("applies in 1 combination (%1 %)").arg(percent(1))
                            : tr("applies in %1 combinations (%2 %)").arg(counts.applies).arg(percent(counts.applies)));
                line += QStringLiteral(", ") + (counts.decides == 0
                                                    ? tr("never gives the verdict: a stricter rule always applies too")
                                                    : tr("gives the verdict in %1").arg(counts.decides));
                if (counts.matters == 0) {
                    line += QStringLiteral(", ") + tr("never matters (PROBLEM)");
                }
            }
            out += QStringLiteral("    - %1: %2\n").arg(code.rules[r].id, line);
        }
        return out;
    }

    static QString questionsText(const Questionnaire& questionnaire, const VerifyReport& report, Language language)
    {
        const auto names = [&](const std::vector<int>& indices) {
            QStringList parts;
            for (int q : indices) {
                parts << QStringLiteral("%1 (%2)").arg(questionnaire.question(q).id,
                                                       questionnaire.question(q).shortLabel.in(language));
            }
            return parts.join(QStringLiteral(", "));
        };
        QString out;
        if (report.unaskedQuestions.empty()) {
            out += QStringLiteral("  ") + tr("Every question of the questionnaire can matter under this code.") + u'\n';
        } else {
            out += QStringLiteral("  ") +
                   tr("Questions that never matter, so Codewijzer does not ask them: %1")
                       .arg(names(report.unaskedQuestions)) +
                   u'\n';
        }
        if (!report.questionsNotToldApart.empty()) {
            out += QStringLiteral("  ") +
                   tr("Questions Codewijzer asks although no rule treats their answers differently: %1")
                       .arg(names(report.questionsNotToldApart)) +
                   u'\n';
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
