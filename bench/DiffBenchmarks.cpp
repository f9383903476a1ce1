// Two versions of a code compared (CodeDiff): the whole comparison, whose cost is the effect's walk
// over every combination of answers. Registered beside the benchmarks of Benchmarks.cpp.

#include "CodeVersions.h"
#include "catalogue/CodeCatalogue.h"
#include "model/Questionnaire.h"
#include "rules/CodeDiff.h"

#include <QFile>
#include <benchmark/benchmark.h>

using namespace codewijzer;

namespace {

std::shared_ptr<const LoadedCode> builtin(const char* id)
{
    Diagnostics problems;
    return CodeCatalogue::shared().load(CodeSource::builtin(QLatin1String(id)), problems);
}

// The shipped code with the tests' four edits (an article's text, a verdict made stricter, a rule
// added, an article removed).
std::shared_ptr<const LoadedCode> nextOf(const char* id)
{
    QFile file(QStringLiteral(":/codes/%1.json").arg(QLatin1String(id)));
    file.open(QIODevice::ReadOnly);
    Diagnostics problems;
    return CodeCatalogue::parse(test::nextVersion(file.readAll(), QLatin1String(id)),
                                CodeSource::file(QStringLiteral("%1-next.json").arg(QLatin1String(id))),
                                Questionnaire::builtin(), problems, true);
}

void run(benchmark::State& state, const LoadedCode& before, const LoadedCode& after)
{
    std::uint64_t changed = 0;
    for (auto _ : state) {
        const CodeDiff diff = diffCodes(before, after, Questionnaire::builtin());
        changed = diff.effect.changed();
        benchmark::DoNotOptimize(diff);
    }
    state.counters["changed"] = static_cast<double>(changed);
}

void BM_DiffNextVersion(benchmark::State& state, const char* id)
{
    run(state, *builtin(id), *nextOf(id));
}

// The two shipped codes against each other: every rule differs, so little is cut off below a "stop".
void BM_DiffOtherCode(benchmark::State& state)
{
    run(state, *builtin("dunamare"), *builtin("mondia"));
}

} // namespace

BENCHMARK_CAPTURE(BM_DiffNextVersion, dunamare, "dunamare")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_DiffNextVersion, mondia, "mondia")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_DiffOtherCode)->Unit(benchmark::kMillisecond)->Iterations(3);
