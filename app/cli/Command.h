#pragma once

#include "model/LocalizedText.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <vector>

namespace codewijzer::cli {

// Exit codes of cli.md.
enum ExitCode { Success = 0, ProblemFound = 1, BadInput = 2, BadUsage = 64 };

enum class Format { Json, Text, Html, Pdf, Odt };

// The command line as parsed for one command.
struct CommandLine
{
    QString command;
    QString code;
    QString codeFile;
    Language language = Language::Dutch;
    Format format = Format::Json;
    QStringList codes; // compare: the built-in codes side by side
    QString output;    // a file to write instead of standard output
    QStringList files;
    QHash<QString, QString> options; // every option's value as given, by name (a command's own options)
};

// Where a command writes: its result (to standard output once it is complete, so that an error
// leaves standard output empty) and its errors and warnings, one a line.
struct CommandIo
{
    QTextStream& out;
    QTextStream& err;
};

// One command of codewijzer-cli: its name, options, formats and help, and what it does. Every
// command is registered in one table (Commands.cpp); the parser, the help and main ask it.
class Command
{
public:
    struct Spec
    {
        QString name;
        QString synopsis;    // the arguments, as the help shows them after the name
        QStringList options; // the --options it takes, without the dashes
        std::vector<Format> formats{Format::Json, Format::Text};
        int minFiles = 0;
        int maxFiles = 0;
    };

    explicit Command(Spec spec)
        : m_spec(std::move(spec))
    {}
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const Spec& spec() const { return m_spec; }
    // What the command does, for the help (translated).
    virtual QString description() const = 0;
    // A usage rule of its own beyond the spec's, or empty when the line is fine.
    virtual QString checkUsage(const CommandLine& line) const;
    virtual int run(const CommandLine& line, CommandIo& io) const = 0;

    bool takesFormat(Format format) const;

private:
    Spec m_spec;
};

} // namespace codewijzer::cli
