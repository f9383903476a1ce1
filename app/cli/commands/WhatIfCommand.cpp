#include "CommandSupport.h"
#include "Commands.h"
#include "model/Questionnaire.h"
#include "render/WhatIfText.h"
#include "rules/Evaluator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace codewijzer::cli {

namespace {

// `whatif`: the current verdict, and each alternative with its "changes" (question id: new answer),
// the "verdict" it leads to and the changes in words ("text").
class WhatIfCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfCommand)

public:
    WhatIfCommand()
        : Command(
              {QStringLiteral("whatif"),
               tr("[--code ID | --code-file PATH] [--lang nl|en] [--format json|text] FILE|-"),
               {QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"), QStringLiteral("format")},
               {Format::Json, Format::Text},
               1,
               1})
    {}

    QString description() const override
    {
        return tr("the smallest changes of answers that make the verdict less strict");
    }

    int run(const CommandLine& line, CommandIo& io) const override
    {
        const Questionnaire& questionnaire = Questionnaire::builtin();
        const std::optional<AnswersUnderCode> input = readAnswersUnderCode(line, io);
        if (!input) {
            return BadInput;
        }
        const AnswersFile* answers = &input->answers;
        const CodeOfConduct& code = input->code->code;
        const Verdict current = evaluateGiven(code, questionnaire, answers->given).verdict;
        const std::vector<WhatIfAlternative> alternatives = whatIf(code, questionnaire, answers->given);
        const std::vector<ExplainedAlternative> words = explainAlternatives(questionnaire, alternatives, line.language);
        if (line.format == Format::Json) {
            QJsonArray list;
            for (std::size_t i = 0; i < alternatives.size(); ++i) {
                QJsonObject changes;
                for (const AnswerChange& change : alternatives[i].changes) {
                    const Question& question = questionnaire.question(change.question);
                    changes.insert(question.id, answerJson(question, change.value));
                }
                list.append(QJsonObject{{QStringLiteral("changes"), changes},
                                        {QStringLiteral("verdict"), verdictId(alternatives[i].verdict)},
                                        {QStringLiteral("text"), words[i].changes.join(QStringLiteral("; "))}});
            }
            io.out << jsonText(QJsonObject{{QStringLiteral("code"), code.id},
                                           {QStringLiteral("verdict"), verdictId(current)},
                                           {QStringLiteral("alternatives"), list}});
            return Success;
        }
        io.out << tr("%1, %2").arg(code.title.in(line.language), code.organisation) << u'\n';
        io.out << tr("Verdict now: %1").arg(questionnaire.verdictLabel(current).in(line.language)) << u'\n';
        if (words.empty()) {
            io.out << tr("No change of one or two answers makes the verdict less strict.") << u'\n';
            return Success;
        }
        io.out << tr("What would change this verdict:") << u'\n';
        for (const ExplainedAlternative& alternative : words) {
            io.out << QStringLiteral("  - %1 → %2\n").arg(alternative.changesText(), alternative.verdictLabel);
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeWhatIfCommand()
{
    return std::make_unique<WhatIfCommand>();
}

} // namespace codewijzer::cli
