#include "catalogue/CodeCatalogue.h"
#include "model/AnswersFile.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "rules/Evaluator.h"
#include "rules/Verifier.h"

#include <QDir>
#include <QFile>
#include <benchmark/benchmark.h>

using namespace codewijzer;

namespace {

QByteArray builtinCodeText(const char* id)
{
    QFile file(QStringLiteral(":/codes/%1.json").arg(QLatin1String(id)));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

CodeOfConduct loadedCode(const char* id)
{
    Diagnostics problems;
    return CodeCatalogue::shared().load(CodeSource::builtin(QLatin1String(id)), problems)->code;
}

// The scenario answers of the test suite, resolved: realistic and varied input for the evaluator.
std::vector<Answers> scenarioAnswers()
{
    const Questionnaire& q = Questionnaire::builtin();
    std::vector<Answers> out;
    const QDir dir(QStringLiteral(CODEWIJZER_SOURCE_DIR "/tests/scenarios"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::ReadOnly);
        Diagnostics problems;
        if (const auto answers = AnswersFile::parse(file.readAll(), name, q, problems)) {
            out.push_back(q.resolve(answers->given));
        }
    }
    return out;
}

void BM_LoadCode(benchmark::State& state, const char* id)
{
    const QByteArray text = builtinCodeText(id);
    const Questionnaire& questionnaire = Questionnaire::builtin();
    for (auto _ : state) {
        Diagnostics problems;
        auto code = CodeOfConduct::load(text, QStringLiteral("bench"), questionnaire, problems);
        benchmark::DoNotOptimize(code);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}

void BM_EvaluateCode(benchmark::State& state, const char* id)
{
    const CodeOfConduct code = loadedCode(id);
    const Questionnaire& questionnaire = Questionnaire::builtin();
    const std::vector<Answers> inputs = scenarioAnswers();
    std::size_t next = 0;
    for (auto _ : state) {
        Evaluation e = evaluate(code, questionnaire, inputs[next]);
        benchmark::DoNotOptimize(e);
        next = (next + 1) % inputs.size();
    }
}

void BM_VerifyCode(benchmark::State& state, const char* id)
{
    const CodeOfConduct code = loadedCode(id);
    const Questionnaire& questionnaire = Questionnaire::builtin();
    std::uint64_t combinations = 0;
    for (auto _ : state) {
        const VerifyReport report = verify(code, questionnaire);
        combinations = report.combinations;
        benchmark::DoNotOptimize(report);
    }
    state.counters["combinations"] = static_cast<double>(combinations);
}

} // namespace

BENCHMARK_CAPTURE(BM_LoadCode, dunamare, "dunamare")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LoadCode, mondia, "mondia")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_EvaluateCode, dunamare, "dunamare")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_EvaluateCode, mondia, "mondia")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_VerifyCode, dunamare, "dunamare")->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(BM_VerifyCode, mondia, "mondia")->Unit(benchmark::kMillisecond)->Iterations(5);

BENCHMARK_MAIN();
