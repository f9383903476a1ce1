#include "CommandSupport.h"
#include "Commands.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/ChangeSummary.h"
#include "render/DiffJson.h"
#include "rules/CodeDiff.h"

#include <QCoreApplication>

namespace codewijzer::cli {

namespace {

// `diff OLD NEW`: two versions of a code compared (docs/code-diff.md); html and pdf are the staff
// summary "Wat verandert er voor jou".
class DiffCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    DiffCommand()
        : Command({QStringLiteral("diff"),
                   tr("OLD NEW [--format json|text|html|pdf] [--output FILE]\n[--lang nl|en]"),
                   {QStringLiteral("lang"), QStringLiteral("format"), QStringLiteral("output")},
                   {Format::Json, Format::Text, Format::Html, Format::Pdf},
                   2,
                   2})
    {}

    QString description() const override
    {
        return tr("compare two versions of a code (each a built-in id or a code\n"
                  "file): the text word by word, the rules, what changes for every\n"
                  "combination of answers, and the training cases; html and pdf\n"
                  "make the summary for staff, \"What changes for you\"");
    }

    int run(const CommandLine& line, CommandIo& io) const override
    {
        const auto before = loadVersion(line.files.at(0), io);
        const auto after = loadVersion(line.files.at(1), io);
        if (!before || !after) {
            return BadInput;
        }
        if (before->code.id != after->code.id) {
            printWarning(io, tr(R"(%1 and %2 are different codes ("%3", "%4"); they are compared all the same)")
                                 .arg(line.files.at(0), line.files.at(1), before->code.id, after->code.id));
        }
        const Questionnaire& questionnaire = Questionnaire::builtin();
        const CodeDiff diff = diffCodes(*before, *after, questionnaire);
        switch (line.format) {
        case Format::Json:
            return writeResult(line, jsonText(diffJson(diff, questionnaire, line.language)), io);
        case Format::Text:
            return writeResult(line, diffText(diff, questionnaire, line.language), io);
        case Format::Html:
        case Format::Pdf:
        case Format::Odt: // not among this command's formats
            break;
        }
        const ChangeSummary summary{diff, questionnaire, line.language, QDateTime::currentDateTime()};
        if (line.format == Format::Html) {
            return writeResult(line, summary.html(), io);
        }
        return writePdf(line, PagedDocument{summary.html(), ChangeSummary::title(), summary.footer()}, io);
    }

private:
    static std::shared_ptr<const LoadedCode> loadVersion(const QString& idOrPath, CommandIo& io)
    {
        Diagnostics problems;
        auto loaded = CodeCatalogue::shared().loadVersion(CodeSource::fromIdOrPath(idOrPath), problems);
        printDiagnostics(io, problems);
        return loaded;
    }
};

} // namespace

std::unique_ptr<Command> makeDiffCommand()
{
    return std::make_unique<DiffCommand>();
}

} // namespace codewijzer::cli
