// How long the result page takes to appear, from Next on the review to a laid-out page: for a
// built-in code, and for the largest code a school's file may be (1000 rules, each citing all of
// 1000 articles, every rule applying). `codewijzer-gui-bench` prints the figures; README has the
// budgets.

#include "LargeCode.h"
#include "model/CodeSource.h"
#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "widgets/Foldable.h"
#include "wizard/AssessmentWizard.h"

#include <QApplication>
#include <QSaveFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace codewijzer;

namespace {

// The wizard on the review page of a reported post under `source`; each iteration goes on to the
// result and back.
void showResult(benchmark::State& state, const CodeSource& source, bool openEverything = false)
{
    AssessmentDocument document;
    Diagnostics problems;
    if (!document.useCode(source, &problems)) {
        state.SkipWithError("the code does not load");
        return;
    }
    AssessmentWizard wizard(&document);
    wizard.resize(1000, 700);
    wizard.show();
    document.setAnswer(document.questionnaire().indexOf(u"activity"),
                       answer::option(document.questionnaire().question(0).optionIndex(u"report")));
    wizard.showAnswers();
    if (wizard.currentId() != AssessmentWizard::Page_Review) {
        state.SkipWithError("not on the review page");
        return;
    }
    for (auto _ : state) {
        wizard.next();
        QApplication::processEvents(); // laid out and painted, as the teacher sees it
        if (openEverything) {          // every fold opened: the other advice, what would change it, trying answers
            for (Foldable* fold : wizard.currentPage()->findChildren<Foldable*>()) {
                fold->setOpen(true);
            }
            QApplication::processEvents();
        }
        state.PauseTiming();
        wizard.back();
        QApplication::processEvents();
        state.ResumeTiming();
    }
}

void BM_ResultPageBuiltIn(benchmark::State& state)
{
    showResult(state, CodeSource::builtin(QStringLiteral("dunamare")));
}

void BM_ResultPageLargestCode(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grootste.json"));
    QSaveFile file(path);
    file.open(QIODevice::WriteOnly);
    const QByteArray json = test::largestCode(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    file.write(json);
    file.commit();
    state.counters["file_MiB"] = static_cast<double>(json.size()) / (1024.0 * 1024.0);
    showResult(state, CodeSource::file(path), state.range(2) != 0);
}

} // namespace

BENCHMARK(BM_ResultPageBuiltIn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ResultPageLargestCode)
    ->Args({100, 100, 0})
    ->Args({1000, 1000, 0})
    ->Args({1000, 1000, 1})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
