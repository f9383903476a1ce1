#include "CommandSupport.h"
#include "Commands.h"
#include "model/Questionnaire.h"
#include "render/EvaluationJson.h"
#include "render/Explanation.h"
#include "rules/Comparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace codewijzer::cli {

namespace {

// `compare`: one object per code (as evaluate gives it, plus its "decisive" rules) under "codes", and
// under "differences" whether the verdicts differ, which code is "stricter", and each "verdicts".
class CompareCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    CompareCommand()
        : Command({QStringLiteral("compare"),
                   tr("[--codes A,B] [--lang nl|en] [--format json|text] FILE|-"),
                   {QStringLiteral("codes"), QStringLiteral("lang"), QStringLiteral("format")},
                   {Format::Json, Format::Text},
                   1,
                   1})
    {}

    QString description() const override
    {
        return tr("the same answers under several codes (default: every built-in\n"
                  "code), side by side");
    }

    int run(const CommandLine& line, CommandIo& io) const override
    {
        const std::optional<AnswersFile> answers = readAnswers(line, false, io);
        if (!answers) {
            return BadInput;
        }
        const auto codes = loadCodes(line.codes, io);
        if (!codes) {
            return BadInput;
        }
        std::vector<const CodeOfConduct*> pointers;
        for (const auto& loaded : *codes) {
            pointers.push_back(&loaded->code);
        }
        const Questionnaire& questionnaire = Questionnaire::builtin();
        const Comparison comparison = compare(pointers, questionnaire, answers->given);
        io.out << (line.format == Format::Json ? jsonText(json(comparison, questionnaire, line.language))
                                               : text(comparison, questionnaire, line.language));
        return Success;
    }

private:
    static QJsonObject json(const Comparison& comparison, const Questionnaire& questionnaire, Language language)
    {
        QJsonArray codes;
        QJsonObject verdicts;
        for (const Comparison::Result& result : comparison.results) {
            QJsonObject one = evaluationJson(*result.code, questionnaire, result.evaluation, language);
            QJsonArray decisive;
            for (int i : result.decisive) {
                const AdviceItem& item = result.evaluation.advice[static_cast<std::size_t>(i)];
                decisive.append(result.code->rules[static_cast<std::size_t>(item.rule)].id);
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

    static QString text(const Comparison& comparison, const Questionnaire& questionnaire, Language language)
    {
        QString out;
        for (const Comparison::Result& result : comparison.results) {
            const CodeOfConduct& code = *result.code;
            const Explanation e = Explanation::of(code, questionnaire, result.evaluation, language);
            out += QStringLiteral("%1, %2: %3\n")
                       .arg(code.title.in(language), code.organisation, e.verdictLabel.toUpper());
            for (const ExplainedAdvice& advice : e.advice) {
                if (advice.decisive) {
                    out +=
                        QStringLiteral("  - %1 (%2)\n").arg(advice.text, advice.articleIds.join(QStringLiteral(", ")));
                }
            }
            out += u'\n';
        }
        if (!comparison.verdictsDiffer) {
            out += tr("The verdicts are the same.") + u'\n';
        } else {
            const CodeOfConduct& stricter = *comparison.results[static_cast<std::size_t>(comparison.strictest)].code;
            out += tr("The verdicts differ: %1 is the strictest.").arg(stricter.organisation) + u'\n';
        }
        return out;
    }
};

} // namespace

std::unique_ptr<Command> makeCompareCommand()
{
    return std::make_unique<CompareCommand>();
}

} // namespace codewijzer::cli
