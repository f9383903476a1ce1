#include "CommandSupport.h"
#include "Commands.h"
#include "authoring/CodeSkeleton.h"
#include "io/DataFile.h"
#include "io/Ids.h"
#include "io/SafeWrite.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace codewijzer::cli {

namespace {

// `new --from-text CODE.txt --id ID`: a school's first code file from the code's plain text
// (docs/code-format.md, step 1): every article with a proposed id and title, no rules yet.
class NewCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(NewCommand)

public:
    NewCommand()
        : Command(
              {QStringLiteral("new"),
               tr("--from-text CODE.txt --id ID [--title TITLE]\n[--organisation ORG] [--output FILE] [--lang nl|en]"),
               {QStringLiteral("from-text"), QStringLiteral("id"), QStringLiteral("title"),
                QStringLiteral("organisation"), QStringLiteral("output"), QStringLiteral("lang")},
               {Format::Json},
               0,
               0})
    {}

    QString description() const override
    {
        return tr("a first code file from the code's plain text: every article,\n"
                  "verbatim, with proposed ids and titles, and no rules yet\n"
                  "(docs/code-format.md); it never replaces an existing file");
    }

    QString checkUsage(const CommandLine& line) const override
    {
        if (!line.options.contains(QStringLiteral("from-text"))) {
            return tr("\"new\" needs --from-text CODE.txt, the code's plain text");
        }
        const QString id = line.options.value(QStringLiteral("id"));
        if (id.isEmpty()) {
            return tr("\"new\" needs --id ID, a short id for the code such as sint-jansschool");
        }
        if (!isValidId(id)) {
            return tr("--id: an id uses lower-case letters, digits, '-', '_' and '.' only, not \"%1\"").arg(id);
        }
        return {};
    }

    int run(const CommandLine& line, CommandIo& io) const override
    {
        const QString path = line.options.value(QStringLiteral("from-text"));
        Diagnostics problems;
        const std::optional<QByteArray> bytes = readDataFile(path, problems);
        const std::optional<ImportedCode> code =
            bytes ? importCodeText(*bytes, path == u"-" ? QStringLiteral("<stdin>") : path, problems) : std::nullopt;
        if (!code) {
            printDiagnostics(io, problems);
            return BadInput;
        }
        // A code file is where the coordinator's rules end up: never write over one.
        if (!line.output.isEmpty() && QFileInfo::exists(line.output)) {
            printError(io, tr("%1 exists already; \"new\" does not replace a file: name another one, or move it "
                              "away first")
                               .arg(line.output));
            return BadInput;
        }
        const SkeletonDetails details{line.options.value(QStringLiteral("id")),
                                      line.options.value(QStringLiteral("title")).simplified(),
                                      line.options.value(QStringLiteral("organisation")).simplified(),
                                      path == u"-" ? QString() : QFileInfo(path).fileName()};
        const QByteArray json = codeSkeletonJson(*code, details);
        if (line.output.isEmpty()) {
            io.out << QString::fromUtf8(json);
            return Success;
        }
        QString error;
        if (!writeFileSafely(line.output, json, error)) {
            printError(io, error);
            return BadInput;
        }
        io.out << summary(*code, details, line.output);
        return Success;
    }

private:
    static QString summary(const ImportedCode& code, const SkeletonDetails& details, const QString& output)
    {
        QString text =
            tr("%1: %2 articles, from %3 to %4, and no rules yet.\n")
                .arg(output, QString::number(code.articles.size()), code.articles.front().id, code.articles.back().id);
        QStringList missing;
        if (details.title.isEmpty()) {
            missing << QStringLiteral("title");
        }
        if (details.organisation.isEmpty()) {
            missing << QStringLiteral("organisation");
        }
        if (!code.adopted.isValid()) {
            missing << QStringLiteral("adopted");
        }
        if (!missing.isEmpty()) {
            text += tr("Still to fill in: %1.\n").arg(missing.join(QStringLiteral(", ")));
        }
        text += tr("Next: check every article against the code's text, write the English texts marked\n"
                   "[translate], and add contacts and rules (docs/code-format.md). Then run\n"
                   "  codewijzer-cli verify --code-file %1 --format text\n")
                    .arg(output);
        return text;
    }
};

} // namespace

std::unique_ptr<Command> makeNewCommand()
{
    return std::make_unique<NewCommand>();
}

} // namespace codewijzer::cli
