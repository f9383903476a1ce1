#include "CommandSupport.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace codewijzer::cli {

namespace {

class ArticlesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ArticlesCommand)

public:
    ArticlesCommand()
        : Command(
              {QStringLiteral("articles"),
               tr("(--code ID | --code-file PATH) [--lang nl|en] [--format json|text]"),
               {QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"), QStringLiteral("format")}})
    {}

    QString description() const override { return tr("list a code's articles: id, title and full text"); }

    QString checkUsage(const CommandLine& line) const override
    {
        return line.code.isEmpty() && line.codeFile.isEmpty() ? tr("\"articles\" needs --code ID or --code-file PATH")
                                                              : QString();
    }

    int run(const CommandLine& line, CommandIo& io) const override
    {
        const std::shared_ptr<const LoadedCode> loaded = loadCode(line, {}, io);
        if (!loaded) {
            return BadInput;
        }
        const CodeOfConduct& code = loaded->code;
        const Language language = line.language;
        if (line.format == Format::Json) {
            QJsonArray out;
            for (const Article& article : code.articles) {
                QJsonObject entry{{QStringLiteral("id"), article.id},
                                  {QStringLiteral("title"), article.title.in(language)},
                                  {QStringLiteral("text"), article.text}};
                if (!article.notCited.in(language).isEmpty()) {
                    entry.insert(QStringLiteral("not_cited"), article.notCited.in(language));
                }
                out.append(entry);
            }
            io.out << jsonText(out);
            return Success;
        }
        io.out << QStringLiteral("%1, %2\n").arg(code.title.in(language), code.organisation);
        for (const Article& article : code.articles) {
            io.out << u'\n' << QStringLiteral("%1  %2").arg(article.id, article.title.in(language)) << u'\n'
                   << article.text << u'\n';
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeArticlesCommand()
{
    return std::make_unique<ArticlesCommand>();
}

} // namespace codewijzer::cli
