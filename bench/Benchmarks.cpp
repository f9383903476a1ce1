#include "catalogue/CodeCatalogue.h"
#include "io/JsonSource.h"
#include "model/AnswersFile.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "rules/Evaluator.h"
#include "rules/Reachability.h"
#include "rules/Verifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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

void BM_VerifyCode(benchmark::State& state, const char* id, VerifyDetail detail)
{
    const CodeOfConduct code = loadedCode(id);
    const Questionnaire& questionnaire = Questionnaire::builtin();
    std::uint64_t combinations = 0;
    for (auto _ : state) {
        const VerifyReport report = verify(code, questionnaire, detail);
        combinations = report.combinations;
        benchmark::DoNotOptimize(report);
    }
    state.counters["combinations"] = static_cast<double>(combinations);
}

// An object of `count` extra keys ("a0":0, "a1":0, …, short enough that 700 000 stay under the
// 8 MiB limit), after `head`.
QByteArray withExtraKeys(const QByteArray& head, qsizetype count, const QByteArray& tail)
{
    QByteArray text = head;
    text.reserve(head.size() + count * 10 + tail.size());
    for (qsizetype i = 0; i < count; ++i) {
        text += "\"a" + QByteArray::number(i, 36) + "\":0,";
    }
    return text + tail;
}

// The issue's answers file: every extra key is an unknown question, reported with its line and column.
void BM_ParseAnswersWithExtraKeys(benchmark::State& state)
{
    const QByteArray text =
        withExtraKeys(R"({"code":"mondia","answers":{)", state.range(0), R"("activity":"report"}})");
    const Questionnaire& questionnaire = Questionnaire::builtin();
    std::size_t problemCount = 0;
    for (auto _ : state) {
        Diagnostics problems;
        auto answers = AnswersFile::parse(text, QStringLiteral("bench"), questionnaire, problems);
        benchmark::DoNotOptimize(answers);
        problemCount = problems.size();
    }
    state.counters["problems"] = static_cast<double>(problemCount);
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}

// QJsonDocument's own parse of a large object, and JsonSource's (with the duplicate-key scan).
void BM_ParseLargeObject(benchmark::State& state, bool withScan)
{
    const QByteArray text = withExtraKeys("{", state.range(0), R"("end":0})");
    for (auto _ : state) {
        if (withScan) {
            Diagnostics problems;
            auto doc = JsonSource(text, QStringLiteral("bench")).parse(problems);
            benchmark::DoNotOptimize(doc);
        } else {
            auto doc = QJsonDocument::fromJson(text);
            benchmark::DoNotOptimize(doc);
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}

// Every key of a large QJsonObject looked up once: a lookup that is not logarithmic shows here.
void BM_LookUpEveryKey(benchmark::State& state)
{
    const QJsonObject object = QJsonDocument::fromJson(withExtraKeys("{", state.range(0), R"("end":0})")).object();
    const QStringList keys = object.keys();
    for (auto _ : state) {
        qsizetype found = 0;
        for (const QString& key : keys) {
            found += object.value(key).isUndefined() ? 0 : 1;
        }
        benchmark::DoNotOptimize(found);
    }
}

// A code with many contacts (40 000 stay under the 8 MiB limit): the duplicate check on contacts.
void BM_LoadCodeWithContacts(benchmark::State& state)
{
    QJsonObject code = QJsonDocument::fromJson(builtinCodeText("mondia")).object();
    QJsonArray contacts = code.value(u"contacts").toArray();
    const QJsonObject model = contacts.first().toObject();
    for (qsizetype i = contacts.size(); i < state.range(0); ++i) {
        QJsonObject contact = model;
        contact.insert(QStringLiteral("id"), QStringLiteral("c%1").arg(i));
        contacts.append(contact);
    }
    code.insert(QStringLiteral("contacts"), contacts);
    const QByteArray text = QJsonDocument(code).toJson(QJsonDocument::Compact);
    const Questionnaire& questionnaire = Questionnaire::builtin();
    for (auto _ : state) {
        Diagnostics problems;
        auto loaded = CodeOfConduct::load(text, QStringLiteral("bench"), questionnaire, problems);
        benchmark::DoNotOptimize(loaded);
    }
}

// The verdicts still possible when only what the teacher wants to do is answered (range 0: nothing
// yet; 1–6: each activity): the widest walks the wizard's "so far" line makes, after every change.
void BM_Reachable(benchmark::State& state, const char* id)
{
    const CodeOfConduct code = loadedCode(id);
    const Questionnaire& questionnaire = Questionnaire::builtin();
    const VerdictReach reach(code, questionnaire);
    Answers given(questionnaire.questions().size());
    if (state.range(0) > 0) {
        given[0] = answer::option(static_cast<int>(state.range(0)) - 1);
    }
    unsigned verdicts = 0;
    for (auto _ : state) {
        const ReachableVerdicts result = reach.of(given);
        verdicts = result.verdicts;
        benchmark::DoNotOptimize(result);
    }
    state.counters["verdicts"] = std::popcount(verdicts);
}

// Every step of every scenario: the answers of its first k questions, for each k.
void BM_ReachableScenarioSteps(benchmark::State& state, const char* id)
{
    const CodeOfConduct code = loadedCode(id);
    const Questionnaire& questionnaire = Questionnaire::builtin();
    const VerdictReach reach(code, questionnaire);
    std::vector<Answers> steps;
    for (const Answers& resolved : scenarioAnswers()) {
        Answers prefix(questionnaire.questions().size());
        for (int q : questionnaire.askedQuestions(resolved)) {
            prefix[q] = resolved[q];
            steps.push_back(prefix);
        }
    }
    std::size_t next = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(reach.of(steps[next]));
        next = (next + 1) % steps.size();
    }
    state.counters["steps"] = static_cast<double>(steps.size());
}

} // namespace

BENCHMARK_CAPTURE(BM_Reachable, dunamare, "dunamare")->DenseRange(0, 6)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Reachable, mondia, "mondia")->DenseRange(0, 6)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReachableScenarioSteps, dunamare, "dunamare")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReachableScenarioSteps, mondia, "mondia")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseAnswersWithExtraKeys)
    ->Arg(10'000)
    ->Arg(20'000)
    ->Arg(40'000)
    ->Arg(80'000)
    ->Arg(160'000)
    ->Arg(320'000)
    ->Arg(700'000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseLargeObject, qt_only, false)
    ->Arg(10'000)
    ->Arg(80'000)
    ->Arg(700'000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseLargeObject, with_scan, true)
    ->Arg(10'000)
    ->Arg(80'000)
    ->Arg(700'000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LookUpEveryKey)->Arg(10'000)->Arg(80'000)->Arg(700'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadCodeWithContacts)->Arg(1'000)->Arg(10'000)->Arg(40'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LoadCode, dunamare, "dunamare")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LoadCode, mondia, "mondia")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_EvaluateCode, dunamare, "dunamare")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_EvaluateCode, mondia, "mondia")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_VerifyCode, dunamare, "dunamare", VerifyDetail::Totals)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_VerifyCode, mondia, "mondia", VerifyDetail::Totals)->Unit(benchmark::kMillisecond)->Iterations(5);
// What `codewijzer-cli verify` runs: each rule's counts need every combination walked.
BENCHMARK_CAPTURE(BM_VerifyCode, dunamare_per_rule, "dunamare", VerifyDetail::PerRule)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(BM_VerifyCode, mondia_per_rule, "mondia", VerifyDetail::PerRule)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

BENCHMARK_MAIN();
