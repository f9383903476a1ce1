#include "CommandSupport.h"
#include "Commands.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/Handout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace codewijzer::cli {

namespace {

class CasesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CasesCommand)

public:
    CasesCommand()
        : Command({QStringLiteral("cases"),
                   tr("(--code ID | --code-file PATH) [--lang nl|en]\n"
                      "[--format json|text|html|pdf] [--output FILE]"),
                   {QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"),
                    QStringLiteral("format"), QStringLiteral("output")},
                   {Format::Json, Format::Text, Format::Html, Format::Pdf}})
    {}

    QString description() const override
    {
        return tr("list a code's training cases with the verdict and articles\n"
                  "the code gives each; html and pdf make the handout");
    }

    int run(const CommandLine& line, CommandIo& io) const override
    {
        const std::shared_ptr<const LoadedCode> loaded = loadCode(line, {}, io);
        if (!loaded) {
            return BadInput;
        }
        printDiagnostics(io, loaded->caseProblems);
        if (!loaded->cases) {
            return BadInput;
        }
        const CodeOfConduct& code = loaded->code;
        const CaseLibrary& cases = *loaded->cases;
        const Questionnaire& questionnaire = Questionnaire::builtin();
        switch (line.format) {
        case Format::Html:
        case Format::Pdf: {
            const auto others = CodeCatalogue::shared().otherBuiltins(code.id);
            Handout handout{code, questionnaire, cases, {}, line.language, QDateTime::currentDateTime()};
            for (const auto& other : others) {
                handout.otherCodes.push_back(&other->code);
            }
            return line.format == Format::Html ? writeResult(line, handout.html(), io)
                                               : writePdf(line, PagedDocument::of(handout), io);
        }
        case Format::Json:
            return writeResult(line, jsonText(json(code, questionnaire, cases, line.language)), io);
        case Format::Text:
            break;
        }
        return writeResult(line, text(code, questionnaire, cases, line.language), io);
    }

private:
    static QJsonArray json(const CodeOfConduct& code, const Questionnaire& questionnaire, const CaseLibrary& cases,
                           Language language)
    {
        QJsonArray list;
        for (const TrainingCase& item : cases.cases) {
            list.append(
                QJsonObject{{QStringLiteral("id"), item.id},
                            {QStringLiteral("title"), item.title.in(language)},
                            {QStringLiteral("situation"), item.situation.in(language)},
                            {QStringLiteral("answers"), givenAnswersJson(questionnaire, item.given)},
                            {QStringLiteral("verdict"), verdictId(item.verdict)},
                            {QStringLiteral("articles"), QJsonArray::fromStringList(code.articleIds(item.articles))}});
        }
        return list;
    }

    static QString text(const CodeOfConduct& code, const Questionnaire& questionnaire, const CaseLibrary& cases,
                        Language language)
    {
        QString out;
        for (const TrainingCase& item : cases.cases) {
            out += QStringLiteral("%1  %2\n  %3\n  %4: %5 (%6)\n\n")
                       .arg(item.id, item.title.in(language), item.situation.in(language), tr("Verdict"),
                            questionnaire.verdictLabel(item.verdict).in(language),
                            code.articleIds(item.articles).join(QStringLiteral(", ")));
        }
        return out;
    }
};

} // namespace

std::unique_ptr<Command> makeCasesCommand()
{
    return std::make_unique<CasesCommand>();
}

} // namespace codewijzer::cli
