#include "CommandLine.h"

#include <QCoreApplication>
#include <map>
#include <set>

namespace codewijzer::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

struct CommandSpec
{
    std::set<QString> options;
    int minFiles;
    int maxFiles;
};

const std::map<QString, CommandSpec>& commands()
{
    static const std::map<QString, CommandSpec> table{
        {QStringLiteral("evaluate"),
         {{QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"), QStringLiteral("format"),
           QStringLiteral("output")},
          1,
          1}},
        {QStringLiteral("questions"),
         {{QStringLiteral("code"), QStringLiteral("lang"), QStringLiteral("format")}, 0, 0}},
        {QStringLiteral("articles"),
         {{QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"), QStringLiteral("format")},
          0,
          0}},
        {QStringLiteral("codes"), {{QStringLiteral("lang"), QStringLiteral("format")}, 0, 0}},
        {QStringLiteral("compare"),
         {{QStringLiteral("codes"), QStringLiteral("lang"), QStringLiteral("format")}, 1, 1}},
        {QStringLiteral("whatif"),
         {{QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"), QStringLiteral("format")},
          1,
          1}},
        {QStringLiteral("cases"),
         {{QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"), QStringLiteral("format"),
           QStringLiteral("output")},
          0,
          0}},
        {QStringLiteral("verify"),
         {{QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"), QStringLiteral("format")},
          0,
          0}},
    };
    return table;
}

} // namespace

QString usage()
{
    return Text::tr("Usage: codewijzer-cli COMMAND [OPTIONS]\n"
                    "\n"
                    "Checks a social-media action against a school's code of conduct.\n"
                    "\n"
                    "Commands:\n"
                    "  evaluate [--code ID | --code-file PATH] [--lang nl|en]\n"
                    "           [--format json|text|html|pdf] [--output FILE] FILE|-\n"
                    "                 evaluate one answers file or saved assessment (- reads standard\n"
                    "                 input); html and pdf make the full report (pdf needs --output)\n"
                    "  questions [--code ID] [--lang nl|en] [--format json|text]\n"
                    "                 list the questions, their options and when each is asked\n"
                    "  articles (--code ID | --code-file PATH) [--lang nl|en] [--format json|text]\n"
                    "                 list a code's articles: id, title and full text\n"
                    "  codes [--lang nl|en] [--format json|text]\n"
                    "                 list the built-in codes\n"
                    "  cases (--code ID | --code-file PATH) [--lang nl|en]\n"
                    "        [--format json|text|html|pdf] [--output FILE]\n"
                    "                 list a code's training cases with the verdict and articles\n"
                    "                 the code gives each; html and pdf make the handout\n"
                    "  verify [--code ID | --code-file PATH] [--lang nl|en] [--format json|text]\n"
                    "                 check a code's rules over every combination of answers\n"
                    "                 (without a code: every built-in code)\n"
                    "  whatif [--code ID | --code-file PATH] [--lang nl|en] [--format json|text] FILE|-\n"
                    "                 the smallest changes of answers that make the verdict less strict\n"
                    "  compare [--codes A,B] [--lang nl|en] [--format json|text] FILE|-\n"
                    "                 the same answers under several codes (default: every built-in\n"
                    "                 code), side by side\n"
                    "\n"
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
        if (arguments.at(i) == u"--format=pdf" ||
            (arguments.at(i) == u"--format" && i + 1 < arguments.size() && arguments.at(i + 1) == u"pdf")) {
            return true;
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
    const auto spec = commands().find(line.command);
    if (spec == commands().end()) {
        error = Text::tr("unknown command \"%1\"").arg(line.command);
        return std::nullopt;
    }

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
        } else if (spec->second.options.contains(name)) {
            if (i + 1 >= arguments.size()) {
                error = Text::tr("option --%1 needs a value").arg(name);
                return std::nullopt;
            }
            value = arguments.at(++i);
        }
        if (!spec->second.options.contains(name)) {
            error = Text::tr("unknown option --%1 for \"%2\"").arg(name, line.command);
            return std::nullopt;
        }
        if (name == u"code") {
            line.code = value;
        } else if (name == u"code-file") {
            line.codeFile = value;
        } else if (name == u"lang") {
            if (!parseLanguage(value, line.language)) {
                error = Text::tr("--lang takes nl or en, not \"%1\"").arg(value);
                return std::nullopt;
            }
        } else if (name == u"format") {
            if (value == u"json") {
                line.format = Format::Json;
            } else if (value == u"text") {
                line.format = Format::Text;
            } else if ((value == u"html" || value == u"pdf") &&
                       (line.command == u"evaluate" || line.command == u"cases")) {
                line.format = value == u"html" ? Format::Html : Format::Pdf;
            } else {
                error = line.command == u"evaluate" || line.command == u"cases"
                            ? Text::tr("--format takes json, text, html or pdf, not \"%1\"").arg(value)
                            : Text::tr("--format takes json or text, not \"%1\"").arg(value);
                return std::nullopt;
            }
        } else if (name == u"codes") {
            line.codes = value.split(u',', Qt::SkipEmptyParts);
        } else if (name == u"output") {
            line.output = value;
        }
        if (value.isEmpty()) {
            error = Text::tr("option --%1 needs a value").arg(name);
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
    if (line.command == u"articles" && line.code.isEmpty() && line.codeFile.isEmpty()) {
        error = Text::tr("\"articles\" needs --code ID or --code-file PATH");
        return std::nullopt;
    }
    const int files = static_cast<int>(line.files.size());
    if (files < spec->second.minFiles || files > spec->second.maxFiles) {
        error = spec->second.maxFiles == 0
                    ? Text::tr("\"%1\" takes no file").arg(line.command)
                    : Text::tr("\"%1\" takes one answers file (or - for standard input)").arg(line.command);
        return std::nullopt;
    }
    return line;
}

} // namespace codewijzer::cli
