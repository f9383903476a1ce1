#include "CommandSupport.h"
#include "Commands.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/Drafts.h"
#include "render/Phrases.h"
#include "rules/Evaluator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace codewijzer::cli {

namespace {

// `drafts`: the texts the advice asks for (a consent request, a message to the supervisor, a line
// for the post), filled in from an answers file and its note.
class DraftsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DraftsCommand)

public:
    DraftsCommand()
        : Command({QStringLiteral("drafts"),
                   tr("[--code ID | --code-file PATH] [--lang nl|en]\n"
                      "[--format json|text|odt] [--output FILE] FILE|-"),
                   {QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"),
                    QStringLiteral("format"), QStringLiteral("output")},
                   {Format::Json, Format::Text, Format::Odt},
                   1,
                   1})
    {}

    QString description() const override
    {
        return tr("the drafts the advice asks for (a consent request, a message to\n"
                  "the supervisor, a line for the post), filled in; odt needs --output");
    }

    int run(const CommandLine& line, CommandIo& io) const override
    {
        const Questionnaire& questionnaire = Questionnaire::builtin();
        const std::optional<AnswersUnderCode> input = readAnswersUnderCode(line, io);
        if (!input) {
            return BadInput;
        }
        const CodeOfConduct& code = input->code->code;
        const Evaluation evaluation = evaluateGiven(code, questionnaire, input->answers.given);
        const QDateTime now = QDateTime::currentDateTime();
        const std::vector<FilledDraft> drafts =
            fillDrafts(code, questionnaire, evaluation, input->answers.note, line.language, now.date());
        switch (line.format) {
        case Format::Json:
            return writeResult(line,
                               jsonText(QJsonObject{{QStringLiteral("code"), code.id},
                                                    {QStringLiteral("verdict"), verdictId(evaluation.verdict)},
                                                    {QStringLiteral("drafts"), draftsJson(drafts)}}),
                               io);
        case Format::Odt: {
            const QString title = draftsTitle(code, line.language);
            return writeOdt(line,
                            {draftsHtml(drafts, title, line.language), title,
                             documentFooter(code.organisation, now, line.language)},
                            io);
        }
        case Format::Text:
        case Format::Html:
        case Format::Pdf:
            break;
        }
        if (drafts.empty()) {
            return writeResult(line, tr("The advice for these answers asks for no draft.") + u'\n', io);
        }
        return writeResult(line, draftsText(drafts), io);
    }
};

} // namespace

std::unique_ptr<Command> makeDraftsCommand()
{
    return std::make_unique<DraftsCommand>();
}

} // namespace codewijzer::cli
