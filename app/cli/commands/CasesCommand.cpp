#include "CommandSupport.h"
#include "Commands.h"
#include "io/Printable.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/Handout.h"
#include "session/TrainingSession.h"

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
                   tr("(--code ID | --code-file PATH | --session FILE) [--lang nl|en]\n"
                      "[--cases ID,ID,...] [--format json|text|html|pdf]\n"
                      "[--handout exercise|key] [--output FILE]"),
                   {QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"),
                    QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("cases"),
                    QStringLiteral("session"), QStringLiteral("handout")},
                   {Format::Json, Format::Text, Format::Html, Format::Pdf}})
    {}

    QString description() const override
    {
        return tr("list a code's training cases with the verdict and articles\n"
                  "the code gives each; html and pdf make a handout: the answer\n"
                  "key (the default) or, with --handout exercise, the exercise\n"
                  "sheet without answers; --cases or a session file (--session)\n"
                  "choose the cases and their order");
    }

    QString checkUsage(const CommandLine& line) const override
    {
        const QString handout = line.options.value(QStringLiteral("handout"));
        if (!handout.isEmpty() && handout != u"exercise" && handout != u"key") {
            return tr(R"(--handout takes exercise or key, not "%1")").arg(handout);
        }
        if (!handout.isEmpty() && line.format != Format::Html && line.format != Format::Pdf) {
            return tr("--handout goes with --format html or pdf");
        }
        if (line.options.contains(QStringLiteral("cases")) && line.options.contains(QStringLiteral("session"))) {
            return tr("give --cases or --session, not both");
        }
        return {};
    }

    int run(const CommandLine& given, CommandIo& io) const override
    {
        CommandLine line = given;
        std::optional<TrainingSessionFile> session;
        if (const QString path = line.options.value(QStringLiteral("session")); !path.isEmpty()) {
            Diagnostics problems;
            session = TrainingSessionFile::read(path, problems);
            printDiagnostics(io, problems);
            if (!session) {
                return BadInput;
            }
            if (line.code.isEmpty() && line.codeFile.isEmpty()) {
                line.code = session->code;
            }
        }
        const std::shared_ptr<const LoadedCode> loaded = loadCode(line, {}, io);
        if (!loaded) {
            return BadInput;
        }
        printDiagnostics(io, loaded->caseProblems);
        if (!loaded->cases) {
            return BadInput;
        }
        const CodeOfConduct& code = loaded->code;
        const std::optional<std::vector<const TrainingCase*>> cases = chosenCases(line, session, *loaded, io);
        if (!cases) {
            return BadInput;
        }
        const Questionnaire& questionnaire = Questionnaire::builtin();
        switch (line.format) {
        case Format::Html:
        case Format::Pdf: {
            const auto others = CodeCatalogue::shared().comparedWith(code.id);
            Handout handout{code, questionnaire, *cases, {}, line.language, QDateTime::currentDateTime()};
            handout.kind = line.options.value(QStringLiteral("handout")) == u"exercise" ? Handout::Kind::Exercise
                                                                                        : Handout::Kind::Key;
            for (const auto& other : others) {
                handout.otherCodes.push_back(&other->code);
            }
            return line.format == Format::Html ? writeResult(line, handout.html(), io)
                                               : writePdf(line, PagedDocument::of(handout), io);
        }
        case Format::Json:
            return writeResult(line, jsonText(json(code, questionnaire, *cases, line.language)), io);
        case Format::Odt: // not among this command's formats
        case Format::Text:
            break;
        }
        return writeResult(line, text(code, questionnaire, *cases, line.language), io);
    }

private:
    // The cases the line chooses (--cases, a session file), else all of the code's; reports and
    // returns nullopt when one is not a case of the code.
    static std::optional<std::vector<const TrainingCase*>>
    chosenCases(const CommandLine& line, const std::optional<TrainingSessionFile>& session, const LoadedCode& loaded,
                CommandIo& io)
    {
        const CaseLibrary& library = *loaded.cases;
        if (session) {
            if (session->code != loaded.code.id) {
                printError(io, tr(R"(%1: the session is for the code "%2", not "%3")")
                                   .arg(session->file, shown(session->code), loaded.code.id));
                return std::nullopt;
            }
            if (!session->fingerprint.isEmpty() && session->fingerprint != loaded.code.fingerprint) {
                printWarning(io, tr("%1: the code has changed since the session was saved (fingerprint %2, now %3)")
                                     .arg(session->file, shown(session->fingerprint), loaded.code.fingerprint));
            }
            Diagnostics problems;
            auto found = session->casesIn(library, problems);
            printDiagnostics(io, problems);
            return found;
        }
        if (!line.options.contains(QStringLiteral("cases"))) {
            return Handout::allOf(library);
        }
        std::vector<const TrainingCase*> found;
        bool ok = true;
        const QStringList ids = line.options.value(QStringLiteral("cases")).split(u',', Qt::SkipEmptyParts);
        for (const QString& id : ids) {
            const TrainingCase* item = library.find(id.trimmed());
            if (!item) {
                printError(io, tr(R"(--cases: "%1" is not a case of the code "%2")").arg(shown(id), loaded.code.id));
                ok = false;
            } else if (std::find(found.begin(), found.end(), item) != found.end()) {
                printError(io, tr(R"(--cases: "%1" is listed twice)").arg(shown(id)));
                ok = false;
            } else {
                found.push_back(item);
            }
        }
        if (ok && found.empty()) {
            printError(io, tr("--cases needs at least one case id"));
            ok = false;
        }
        if (!ok) {
            return std::nullopt;
        }
        return found;
    }

    static QJsonArray json(const CodeOfConduct& code, const Questionnaire& questionnaire,
                           const std::vector<const TrainingCase*>& cases, Language language)
    {
        QJsonArray list;
        for (const TrainingCase* item : cases) {
            list.append(
                QJsonObject{{QStringLiteral("id"), item->id},
                            {QStringLiteral("title"), item->title.in(language)},
                            {QStringLiteral("situation"), item->situation.in(language)},
                            {QStringLiteral("answers"), givenAnswersJson(questionnaire, item->given)},
                            {QStringLiteral("verdict"), verdictId(item->verdict)},
                            {QStringLiteral("articles"), QJsonArray::fromStringList(code.articleIds(item->articles))}});
        }
        return list;
    }

    static QString text(const CodeOfConduct& code, const Questionnaire& questionnaire,
                        const std::vector<const TrainingCase*>& cases, Language language)
    {
        QString out;
        for (const TrainingCase* item : cases) {
            out += QStringLiteral("%1  %2\n  %3\n  %4: %5 (%6)\n\n")
                       .arg(item->id, item->title.in(language), item->situation.in(language), tr("Verdict"),
                            questionnaire.verdictLabel(item->verdict).in(language),
                            code.articleIds(item->articles).join(QStringLiteral(", ")));
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
