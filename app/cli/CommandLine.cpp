#include "CommandLine.h"

#include "Commands.h"

#include <QCoreApplication>

namespace codewijzer::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString formatName(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Text:
        return QStringLiteral("text");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    }
    return {};
}

// "json, text or pdf"
QString formatList(const Command& command)
{
    QStringList names;
    for (Format format : command.spec().formats) {
        names << formatName(format);
    }
    const QString last = names.takeLast();
    return names.isEmpty() ? last : Text::tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

// Reads one option's value into the line; returns an error, or empty.
QString applyOption(const Command& command, const QString& name, const QString& value, CommandLine& line)
{
    if (value.isEmpty()) {
        return Text::tr("option --%1 needs a value").arg(name);
    }
    line.options.insert(name, value);
    if (name == u"code") {
        line.code = value;
    } else if (name == u"code-file") {
        line.codeFile = value;
    } else if (name == u"lang") {
        if (!parseLanguage(value, line.language)) {
            return Text::tr("--lang takes nl or en, not \"%1\"").arg(value);
        }
    } else if (name == u"format") {
        const auto& formats = command.spec().formats;
        const auto found =
            std::find_if(formats.begin(), formats.end(), [&](Format f) { return formatName(f) == value; });
        if (found == formats.end()) {
            return Text::tr("--format takes %1, not \"%2\"").arg(formatList(command), value);
        }
        line.format = *found;
    } else if (name == u"codes") {
        line.codes = value.split(u',', Qt::SkipEmptyParts);
    } else if (name == u"output") {
        line.output = value;
    }
    return {};
}

} // namespace

QString usage()
{
    QString text = Text::tr("Usage: codewijzer-cli COMMAND [OPTIONS]\n"
                            "\n"
                            "Checks a social-media action against a school's code of conduct.\n"
                            "\n"
                            "Commands:\n");
    for (const auto& command : commands()) {
        const Command::Spec& spec = command->spec();
        const QString indent(spec.name.size() + 3, u' ');
        text += QStringLiteral("  ") + spec.name + u' ' + spec.synopsis.split(u'\n').join(u'\n' + indent) + u'\n';
        for (const QString& line : command->description().split(u'\n')) {
            text += QStringLiteral("                 ") + line + u'\n';
        }
    }
    text += Text::tr("\n"
                     "Options:\n"
                     "  --code ID         a built-in code: dunamare or mondia\n"
                     "  --code-file PATH  a school's own code file\n"
                     "  --lang nl|en      the language of texts (default: nl)\n"
                     "  --format json|text  the output format (default: json)\n"
                     "  --output FILE     write to FILE (replaced whole or not at all) instead of\n"
                     "                    standard output\n"
                     "  --help            show this help\n"
                     "  --version         show the version\n"
                     "\n"
                     "Exit codes: 0 success, 1 verify found a problem, 2 bad input, 64 bad usage.\n");
    return text;
}

Language languageOf(const QStringList& arguments)
{
    Language language = Language::Dutch;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size()) {
            parseLanguage(arguments.at(i + 1), language);
        } else if (arguments.at(i).startsWith(QStringLiteral("--lang="))) {
            parseLanguage(QStringView(arguments.at(i)).mid(7), language);
        }
    }
    return language;
}

bool needsGui(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        // A PDF's and an ODF text's fonts and layout: Qt Gui.
        for (const QLatin1String format : {QLatin1String("pdf"), QLatin1String("odt")}) {
            if (arguments.at(i) == QLatin1String("--format=") + format ||
                (arguments.at(i) == u"--format" && i + 1 < arguments.size() && arguments.at(i + 1) == format)) {
                return true;
            }
        }
    }
    return false;
}

std::optional<CommandLine> parseCommandLine(const QStringList& arguments, QString& error)
{
    CommandLine line;
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        line.command = QStringLiteral("help");
        return line;
    }
    if (arguments.contains(QStringLiteral("--version"))) {
        line.command = QStringLiteral("version");
        return line;
    }
    if (arguments.isEmpty()) {
        error = Text::tr("no command given");
        return std::nullopt;
    }
    line.command = arguments.first();
    const Command* command = findCommand(line.command);
    if (!command) {
        error = Text::tr("unknown command \"%1\"").arg(line.command);
        return std::nullopt;
    }
    const Command::Spec& spec = command->spec();

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QStringLiteral("--")) || argument == u"--") {
            line.files << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(u'=');
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (!spec.options.contains(name)) {
            error = Text::tr("unknown option --%1 for \"%2\"").arg(name, line.command);
            return std::nullopt;
        }
        if (equals < 0) {
            if (i + 1 >= arguments.size()) {
                error = Text::tr("option --%1 needs a value").arg(name);
                return std::nullopt;
            }
            value = arguments.at(++i);
        }
        error = applyOption(*command, name, value, line);
        if (!error.isEmpty()) {
            return std::nullopt;
        }
    }

    if (!line.code.isEmpty() && !line.codeFile.isEmpty()) {
        error = Text::tr("give --code or --code-file, not both");
        return std::nullopt;
    }
    if (line.format == Format::Pdf && line.output.isEmpty()) {
        error = Text::tr("--format pdf needs --output FILE");
        return std::nullopt;
    }
    if (line.format == Format::Odt && line.output.isEmpty()) {
        error = Text::tr("--format odt needs --output FILE");
        return std::nullopt;
    }
    const int files = static_cast<int>(line.files.size());
    if (files < spec.minFiles || files > spec.maxFiles) {
        if (spec.maxFiles == 0) {
            error = Text::tr("\"%1\" takes no file").arg(line.command);
        } else if (spec.minFiles == 2) {
            error = Text::tr("\"%1\" takes two codes, each a built-in id or a code file").arg(line.command);
        } else {
            error = Text::tr("\"%1\" takes one answers file (or - for standard input)").arg(line.command);
        }
        return std::nullopt;
    }
    error = command->checkUsage(line);
    if (!error.isEmpty()) {
        return std::nullopt;
    }
    return line;
}

} // namespace codewijzer::cli
