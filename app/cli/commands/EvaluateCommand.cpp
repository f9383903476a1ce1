#include "CommandSupport.h"
#include "Commands.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/EvaluationJson.h"
#include "render/EvaluationText.h"
#include "render/Report.h"

#include <QCoreApplication>

namespace codewijzer::cli {

namespace {

class EvaluateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateCommand)

public:
    EvaluateCommand()
        : Command({QStringLiteral("evaluate"),
                   tr("[--code ID | --code-file PATH] [--lang nl|en]\n"
                      "[--format json|text|html|pdf] [--output FILE] FILE|-"),
                   {QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"),
                    QStringLiteral("format"), QStringLiteral("output")},
                   {Format::Json, Format::Text, Format::Html, Format::Pdf},
                   1,
                   1})
    {}

    QString description() const override
    {
        return tr("evaluate one answers file or saved assessment (- reads standard\n"
                  "input); html and pdf make the full report (pdf needs --output)");
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
        const QString name = answersName(line);

        std::vector<int> ignored;
        const Answers resolved = questionnaire.resolve(answers->given, &ignored);
        for (int q : ignored) {
            printWarning(io, tr("%1: answers.%2 is ignored: that question is not asked with these answers")
                                 .arg(name, questionnaire.question(q).id));
        }
        if (!answers->fingerprint.isEmpty() && answers->fingerprint != code.fingerprint) {
            printWarning(io, code.previous.contains(answers->fingerprint)
                                 ? tr("%1 was saved under an earlier version of %2 (fingerprint %3, now %4): the "
                                      "rules have changed since")
                                       .arg(name, code.id, answers->fingerprint, code.fingerprint)
                                 : tr("%1 was saved under another version of %2 (fingerprint %3, now %4): the rules "
                                      "have changed since")
                                       .arg(name, code.id, answers->fingerprint, code.fingerprint));
        }
        const Evaluation evaluation = evaluateGiven(code, questionnaire, answers->given);
        const Report report{code,          questionnaire,       evaluation, line.language, QDateTime::currentDateTime(),
                            answers->note, answers->fingerprint};
        switch (line.format) {
        case Format::Pdf:
            return writePdf(line, PagedDocument::of(report), io);
        case Format::Html:
            return writeResult(line, report.html(), io);
        case Format::Json:
            return writeResult(line, jsonText(evaluationJson(code, questionnaire, evaluation, line.language)), io);
        case Format::Odt: // not among this command's formats
        case Format::Text:
            break;
        }
        return writeResult(line, evaluationText(code, questionnaire, evaluation, line.language), io);
    }
};

} // namespace

std::unique_ptr<Command> makeEvaluateCommand()
{
    return std::make_unique<EvaluateCommand>();
}

} // namespace codewijzer::cli
