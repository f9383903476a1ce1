#include "FuzzTargets.h"
#include "TestData.h"

#include <QDirIterator>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

// Every file below these folders of the source tree, as bytes.
std::vector<QByteArray> filesIn(std::initializer_list<const char*> folders)
{
    std::vector<QByteArray> out;
    for (const char* folder : folders) {
        QDirIterator it(sourcePath(QLatin1String(folder)), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            out.push_back(readFile(it.next()));
        }
    }
    return out;
}

void runAll(void (*target)(const std::uint8_t*, std::size_t), const std::vector<QByteArray>& inputs)
{
    for (const QByteArray& input : inputs) {
        target(reinterpret_cast<const std::uint8_t*>(input.constData()), static_cast<std::size_t>(input.size()));
    }
}

} // namespace

// The fuzz targets' seeds, and every input that once made a target fail (tests/fuzz/regressions/),
// run through the targets' own checks. A failure stops this test binary, which ctest reports.
TEST(FuzzRegressions, CodeLoader)
{
    const auto inputs = filesIn({"resources/codes", "docs/examples", "tests/data/codes", "tests/data/malformed",
                                 "tests/fuzz/regressions/code_loader"});
    EXPECT_GT(inputs.size(), 20u);
    runAll(fuzz::fuzzCodeLoader, inputs);
}

TEST(FuzzRegressions, Answers)
{
    const auto inputs = filesIn({"resources/examples", "tests/scenarios", "tests/fuzz/regressions/answers"});
    EXPECT_GT(inputs.size(), 30u);
    runAll(fuzz::fuzzAnswers, inputs);
}

TEST(FuzzRegressions, Evaluator)
{
    const auto inputs = filesIn({"tests/fuzz/seeds/evaluator", "tests/fuzz/regressions/evaluator"});
    EXPECT_GE(inputs.size(), 12u);
    runAll(fuzz::fuzzEvaluator, inputs);
}

TEST(FuzzRegressions, DictionaryHoldsEveryQuestionAndOption)
{
    const QString dictionary = QString::fromUtf8(readFile(sourcePath(QStringLiteral("tests/fuzz/codewijzer.dict"))));
    for (const Question& question : Questionnaire::builtin().questions()) {
        EXPECT_TRUE(dictionary.contains(u'"' + question.id + u'"')) << question.id.toStdString();
        for (const Option& option : question.options) {
            EXPECT_TRUE(dictionary.contains(u'"' + option.id + u'"')) << option.id.toStdString();
        }
    }
}
