#include "Commands.h"

#include "io/AtomicWrite.h"
#include "io/DataFile.h"
#include "model/AnswersFile.h"
#include "model/CaseLibrary.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/Handout.h"
#include "render/Output.h"
#include "render/Report.h"
#include "rules/Evaluator.h"
#include "rules/Verifier.h"
#include "rules/WhatIf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace codewijzer::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

void printError(QTextStream& err, const QString& message)
{
    err << "codewijzer-cli: " << Text::tr("error: %1").arg(message) << Qt::endl;
}

void printDiagnostics(QTextStream& err, const Diagnostics& problems)
{
    for (const Diagnostic& d : problems) {
        printError(err, d.toString());
    }
}

void printJson(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// Loads the code the command line names (or `fallbackId`); reports and returns nullopt on failure.
std::optional<CodeOfConduct> loadCode(const CommandLine& line, const QString& fallbackId, QTextStream& err)
{
    Diagnostics problems;
    std::optional<CodeOfConduct> code;
    if (!line.codeFile.isEmpty()) {
        code = CodeOfConduct::loadFile(line.codeFile, Questionnaire::builtin(), problems);
    } else {
        code = CodeOfConduct::loadBuiltin(line.code.isEmpty() ? fallbackId : line.code, Questionnaire::builtin(),
                                          problems);
    }
    printDiagnostics(err, problems);
    return code;
}

// Reads the answers file the command line names ("-": standard input). `needsCode`: the file or the
// command line has to say which code applies. Reports and returns nullopt on failure.
std::optional<AnswersFile> readAnswers(const CommandLine& line, bool needsCode, QTextStream& err)
{
    const QString path = line.files.first();
    const QString name = path == u"-" ? QStringLiteral("<stdin>") : path;
    Diagnostics problems;
    const std::optional<QByteArray> bytes = readDataFile(path, problems);
    std::optional<AnswersFile> answers =
        bytes ? AnswersFile::parse(*bytes, name, Questionnaire::builtin(), problems) : std::nullopt;
    if (!answers) {
        printDiagnostics(err, problems);
        return std::nullopt;
    }
    if (needsCode && answers->code.isEmpty() && line.code.isEmpty() && line.codeFile.isEmpty()) {
        printError(
            err,
            Text::tr("%1: the answers file names no \"code\"; give one with --code ID or --code-file PATH").arg(name));
        return std::nullopt;
    }
    return answers;
}

int writeResult(const CommandLine& line, const QString& result, QTextStream& out, QTextStream& err);

int evaluateCommand(const CommandLine& line, QTextStream& out, QTextStream& err)
{
    const QString name = line.files.first() == u"-" ? QStringLiteral("<stdin>") : line.files.first();
    const Questionnaire& questionnaire = Questionnaire::builtin();
    const std::optional<AnswersFile> answers = readAnswers(line, true, err);
    if (!answers) {
        return BadInput;
    }
    const std::optional<CodeOfConduct> code = loadCode(line, answers->code, err);
    if (!code) {
        return BadInput;
    }

    std::vector<int> ignored;
    const Answers resolved = questionnaire.resolve(answers->given, &ignored);
    for (int q : ignored) {
        err << "codewijzer-cli: "
            << Text::tr("warning: %1: answers.%2 is ignored: that question is not asked with these answers")
                   .arg(name, questionnaire.question(q).id)
            << Qt::endl;
    }
    if (!answers->fingerprint.isEmpty() && answers->fingerprint != code->fingerprint) {
        err << "codewijzer-cli: "
            << Text::tr("warning: %1 was saved under another version of %2 (fingerprint %3, now %4): the rules "
                        "have changed since")
                   .arg(name, code->id, answers->fingerprint, code->fingerprint)
            << Qt::endl;
    }
    const Evaluation evaluation = evaluate(*code, questionnaire, resolved);
    const Report report{*code, questionnaire, evaluation, line.language, QDateTime::currentDateTime()};
    if (line.format == Format::Pdf) {
        QString error;
        if (!PagedDocument::of(report).writePdf(line.output, error)) {
            printError(err, error);
            return BadInput;
        }
        return Success;
    }

    QString result;
    QTextStream stream(&result);
    switch (line.format) {
    case Format::Json:
        printJson(stream, output::evaluationJson(*code, questionnaire, evaluation, line.language));
        break;
    case Format::Html:
        stream << report.html();
        break;
    default:
        stream << output::evaluationText(*code, questionnaire, evaluation, line.language);
        break;
    }
    stream.flush();
    return writeResult(line, result, out, err);
}

// Writes a command's result to standard output, or with --output to that file, atomically.
int writeResult(const CommandLine& line, const QString& result, QTextStream& out, QTextStream& err)
{
    if (line.output.isEmpty()) {
        out << result;
        return Success;
    }
    QString error;
    if (!writeFileAtomically(line.output, result.toUtf8(), error)) {
        printError(err, error);
        return BadInput;
    }
    return Success;
}

int whatIfCommand(const CommandLine& line, QTextStream& out, QTextStream& err)
{
    const Questionnaire& questionnaire = Questionnaire::builtin();
    const std::optional<AnswersFile> answers = readAnswers(line, true, err);
    if (!answers) {
        return BadInput;
    }
    const std::optional<CodeOfConduct> code = loadCode(line, answers->code, err);
    if (!code) {
        return BadInput;
    }
    const Verdict current = evaluate(*code, questionnaire, questionnaire.resolve(answers->given)).verdict;
    const std::vector<WhatIfAlternative> alternatives = whatIf(*code, questionnaire, answers->given);
    if (line.format == Format::Json) {
        printJson(out, output::whatIfJson(*code, questionnaire, current, alternatives, line.language));
    } else {
        out << output::whatIfText(*code, questionnaire, current, alternatives, line.language);
    }
    return Success;
}

int compareCommand(const CommandLine& line, QTextStream& out, QTextStream& err)
{
    const Questionnaire& questionnaire = Questionnaire::builtin();
    const std::optional<AnswersFile> answers = readAnswers(line, false, err);
    if (!answers) {
        return BadInput;
    }
    std::vector<CodeOfConduct> codes;
    for (const QString& id : line.codes.isEmpty() ? CodeOfConduct::builtinIds() : line.codes) {
        CommandLine one = line;
        one.code = id;
        std::optional<CodeOfConduct> code = loadCode(one, {}, err);
        if (!code) {
            return BadInput;
        }
        codes.push_back(std::move(*code));
    }
    std::vector<const CodeOfConduct*> pointers;
    pointers.reserve(codes.size());
    for (const CodeOfConduct& code : codes) {
        pointers.push_back(&code);
    }
    const Comparison comparison = compare(pointers, questionnaire, answers->given);
    if (line.format == Format::Json) {
        printJson(out, output::comparisonJson(comparison, questionnaire, line.language));
    } else {
        out << output::comparisonText(comparison, questionnaire, line.language);
    }
    return Success;
}

int questionsCommand(const CommandLine& line, QTextStream& out, QTextStream& err)
{
    std::optional<CodeOfConduct> code;
    if (!line.code.isEmpty()) {
        code = loadCode(line, {}, err);
        if (!code) {
            return BadInput;
        }
    }
    const Questionnaire& questionnaire = Questionnaire::builtin();
    const CodeOfConduct* codePtr = code ? &*code : nullptr;
    if (line.format == Format::Json) {
        printJson(out, output::questionsJson(questionnaire, codePtr, line.language));
    } else {
        out << output::questionsText(questionnaire, codePtr, line.language);
    }
    return Success;
}

int articlesCommand(const CommandLine& line, QTextStream& out, QTextStream& err)
{
    const std::optional<CodeOfConduct> code = loadCode(line, {}, err);
    if (!code) {
        return BadInput;
    }
    if (line.format == Format::Json) {
        printJson(out, output::articlesJson(*code, line.language));
    } else {
        out << output::articlesText(*code, line.language);
    }
    return Success;
}

int casesCommand(const CommandLine& line, QTextStream& out, QTextStream& err)
{
    const std::optional<CodeOfConduct> code = loadCode(line, {}, err);
    if (!code) {
        return BadInput;
    }
    const Questionnaire& questionnaire = Questionnaire::builtin();
    Diagnostics problems;
    const std::optional<CaseLibrary> cases = CaseLibrary::forCode(*code, questionnaire, problems);
    printDiagnostics(err, problems);
    if (!cases) {
        return BadInput;
    }
    if (line.format == Format::Html || line.format == Format::Pdf) {
        const std::vector<CodeOfConduct> others = CodeOfConduct::otherBuiltins(code->id, questionnaire);
        Handout handout{*code, questionnaire, *cases, {}, line.language, QDateTime::currentDateTime()};
        for (const CodeOfConduct& other : others) {
            handout.otherCodes.push_back(&other);
        }
        if (line.format == Format::Html) {
            return writeResult(line, handout.html(), out, err);
        }
        QString error;
        if (!PagedDocument{handout.html(), handout.title(), handout.footer()}.writePdf(line.output, error)) {
            printError(err, error);
            return BadInput;
        }
        return Success;
    }
    QString result;
    QTextStream stream(&result);
    if (line.format == Format::Json) {
        printJson(stream, output::casesJson(*code, questionnaire, *cases, line.language));
    } else {
        stream << output::casesText(*code, questionnaire, *cases, line.language);
    }
    stream.flush();
    return writeResult(line, result, out, err);
}

int codesCommand(const CommandLine& line, QTextStream& out, QTextStream& err)
{
    QJsonArray list;
    QString text;
    for (const QString& id : CodeOfConduct::builtinIds()) {
        Diagnostics problems;
        const std::optional<CodeOfConduct> code = CodeOfConduct::loadBuiltin(id, Questionnaire::builtin(), problems);
        if (!code) {
            printDiagnostics(err, problems);
            return BadInput;
        }
        list.append(output::codeSummaryJson(*code, line.language));
        text += QStringLiteral("%1\t%2, %3 (%4)\n")
                    .arg(code->id, code->title.in(line.language), code->organisation,
                         Text::tr("adopted %1").arg(output::formatDate(code->adopted, line.language)));
    }
    if (line.format == Format::Json) {
        printJson(out, list);
    } else {
        out << text;
    }
    return Success;
}

int verifyCommand(const CommandLine& line, QTextStream& out, QTextStream& err)
{
    std::vector<CodeOfConduct> codes;
    if (line.code.isEmpty() && line.codeFile.isEmpty()) {
        for (const QString& id : CodeOfConduct::builtinIds()) {
            CommandLine one = line;
            one.code = id;
            std::optional<CodeOfConduct> code = loadCode(one, {}, err);
            if (!code) {
                return BadInput;
            }
            codes.push_back(std::move(*code));
        }
    } else {
        std::optional<CodeOfConduct> code = loadCode(line, {}, err);
        if (!code) {
            return BadInput;
        }
        codes.push_back(std::move(*code));
    }

    const Questionnaire& questionnaire = Questionnaire::builtin();
    bool allOk = true;
    QJsonArray reports;
    QString text;
    for (const CodeOfConduct& code : codes) {
        const VerifyReport report = verify(code, questionnaire);
        allOk = allOk && report.ok();
        reports.append(output::verifyJson(code, questionnaire, report));
        text += output::verifyText(code, questionnaire, report, line.language) + u'\n';
    }
    if (line.format == Format::Json) {
        printJson(out, reports);
    } else {
        out << text;
    }
    return allOk ? Success : ProblemFound;
}

} // namespace

int runCommand(const CommandLine& line, QTextStream& out, QTextStream& err)
{
    if (line.command == u"help") {
        out << usage();
        return Success;
    }
    if (line.command == u"version") {
        out << QStringLiteral("codewijzer-cli %1\n").arg(QStringLiteral(CODEWIJZER_VERSION));
        return Success;
    }
    if (line.command == u"evaluate") {
        return evaluateCommand(line, out, err);
    }
    if (line.command == u"questions") {
        return questionsCommand(line, out, err);
    }
    if (line.command == u"articles") {
        return articlesCommand(line, out, err);
    }
    if (line.command == u"compare") {
        return compareCommand(line, out, err);
    }
    if (line.command == u"whatif") {
        return whatIfCommand(line, out, err);
    }
    if (line.command == u"cases") {
        return casesCommand(line, out, err);
    }
    if (line.command == u"codes") {
        return codesCommand(line, out, err);
    }
    return verifyCommand(line, out, err);
}

} // namespace codewijzer::cli
