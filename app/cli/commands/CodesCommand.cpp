#include "CommandSupport.h"
#include "Commands.h"
#include "render/Phrases.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace codewijzer::cli {

namespace {

class CodesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CodesCommand)

public:
    CodesCommand()
        : Command({QStringLiteral("codes"),
                   tr("[--lang nl|en] [--format json|text]"),
                   {QStringLiteral("lang"), QStringLiteral("format")}})
    {}

    QString description() const override { return tr("list the built-in codes"); }

    int run(const CommandLine& line, CommandIo& io) const override
    {
        const auto codes = loadCodes({}, io);
        if (!codes) {
            return BadInput;
        }
        QJsonArray list;
        QString text;
        for (const auto& loaded : *codes) {
            const CodeOfConduct& code = loaded->code;
            QJsonObject o{
                {QStringLiteral("id"), code.id},
                {QStringLiteral("name"), code.title.in(line.language)},
                {QStringLiteral("organisation"), code.organisation},
                {QStringLiteral("status"), code.isConcept ? QStringLiteral("concept") : QStringLiteral("vastgesteld")},
                {QStringLiteral("version"), code.version}};
            if (code.adopted.isValid()) {
                o.insert(QStringLiteral("adopted"), code.adopted.toString(Qt::ISODate));
            }
            if (code.inForce.isValid()) {
                o.insert(QStringLiteral("in_force"), code.inForce.toString(Qt::ISODate));
            }
            list.append(o);
            text += QStringLiteral("%1\t%2, %3 (%4)\n")
                        .arg(code.id, code.title.in(line.language), code.organisation,
                             code.isConcept ? draftVersionLabel()
                                            : tr("adopted %1").arg(formatDate(code.adopted, line.language)));
        }
        io.out << (line.format == Format::Json ? jsonText(list) : text);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCodesCommand()
{
    return std::make_unique<CodesCommand>();
}

} // namespace codewijzer::cli
