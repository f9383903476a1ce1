#pragma once

// The bodies of the fuzz targets. libFuzzer calls them in tests/fuzz/fuzz_*.cpp; the normal test
// suite runs every seed and every input that once made them fail through the same functions.
// Each checks what must hold for any input and stops the program (std::abort) when it does not.

#include "catalogue/CodeCatalogue.h"
#include "model/AnswersFile.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/EvaluationJson.h"
#include "render/EvaluationText.h"
#include "rules/Evaluator.h"
#include "training/CaseLibrary.h"

#include <QByteArray>
#include <bit>
#include <cstdint>
#include <cstdlib>

namespace codewijzer::fuzz {

inline void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

inline const CodeOfConduct& builtinCode(int which)
{
    static const CodeOfConduct codes[] = {
        [] {
            Diagnostics problems;
            return CodeCatalogue::shared().load(CodeSource::builtin(QStringLiteral("dunamare")), problems)->code;
        }(),
        [] {
            Diagnostics problems;
            return CodeCatalogue::shared().load(CodeSource::builtin(QStringLiteral("mondia")), problems)->code;
        }(),
    };
    return codes[which % 2];
}

// What every evaluation must give, whatever the answers.
inline void checkEvaluation(const CodeOfConduct& code, const Evaluation& e)
{
    const Questionnaire& q = Questionnaire::builtin();
    require(e.anyRuleApplied == !e.advice.empty());
    Verdict strictest = Verdict::OutOfScope;
    for (const AdviceItem& item : e.advice) {
        strictest = std::max(strictest, item.verdict);
        require(!code.rules[static_cast<std::size_t>(item.rule)].articles.empty());
        for (int question : item.because) {
            require(e.answers[question] != answer::NotAsked);
        }
    }
    require(!e.anyRuleApplied || strictest == e.verdict);
    require(e.verdict == Verdict::OutOfScope || !e.articles.empty());
    for (std::size_t i = 1; i < e.articles.size(); ++i) {
        require(e.articles[i - 1] < e.articles[i]);
    }
    evaluationJson(code, q, e, Language::English);
    evaluationText(code, q, e, Language::Dutch);
}

// Any bytes as a code file: refused with diagnostics, or loaded into a code the evaluator can use.
inline void fuzzCodeLoader(const std::uint8_t* data, std::size_t size)
{
    const Questionnaire& q = Questionnaire::builtin();
    Diagnostics problems;
    // As a school's own file: the code and its training cases in one pass.
    const auto loaded =
        CodeCatalogue::parse(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)),
                             CodeSource::file(QStringLiteral("fuzz.json")), q, problems);
    require((loaded != nullptr) == problems.empty());
    const CodeOfConduct* code = loaded ? &loaded->code : nullptr;
    for (const Diagnostic& d : problems) {
        require(!d.message.isEmpty());
        d.toString();
    }
    if (code) {
        for (const char* activity : {"publish", "contact", "connect", "react", "lesson", "report"}) {
            Answers given(q.questions().size());
            given[0] = answer::option(q.question(0).optionIndex(QString::fromLatin1(activity)));
            const Evaluation e = evaluate(*code, q, q.resolve(given));
            require(e.verdict == Verdict::OutOfScope || !e.anyRuleApplied || !e.articles.empty());
        }
        // The file's training cases, if any: each loaded case gets exactly what it expects.
        const Diagnostics& caseProblems = loaded->caseProblems;
        if (const auto& cases = loaded->cases) {
            require(caseProblems.empty());
            for (const TrainingCase& c : cases->cases) {
                const Evaluation e = evaluate(*code, q, q.resolve(c.given));
                require(e.verdict == c.verdict && e.articles == c.articles);
            }
        } else {
            require(!caseProblems.empty());
        }
    }
}

// Any bytes as an answers file: refused with diagnostics, or parsed into answers that evaluate and
// that write back to the same answers.
inline void fuzzAnswers(const std::uint8_t* data, std::size_t size)
{
    const Questionnaire& q = Questionnaire::builtin();
    Diagnostics problems;
    const auto file = AnswersFile::parse(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)),
                                         QStringLiteral("fuzz.json"), q, problems);
    require(file.has_value() == problems.empty());
    if (!file) {
        return;
    }
    Diagnostics again;
    const auto reread = AnswersFile::parse(file->toJson(q), QStringLiteral("again.json"), q, again);
    require(reread.has_value() && reread->given == file->given && reread->code == file->code);
    for (int which = 0; which < 2; ++which) {
        checkEvaluation(builtinCode(which), evaluate(builtinCode(which), q, q.resolve(file->given)));
    }
}

// Bytes as choices: the first picks the code, each next one answers the next question (or leaves
// it unanswered). Every input is a valid set of answers, so the evaluator is reached every time.
inline void fuzzEvaluator(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return;
    }
    const Questionnaire& q = Questionnaire::builtin();
    Answers given(q.questions().size());
    for (int i = 0; i < q.size() && static_cast<std::size_t>(i) + 1 < size; ++i) {
        const Question& question = q.question(i);
        const std::uint8_t byte = data[i + 1];
        const auto options = static_cast<int>(question.options.size());
        if (question.kind == Question::Kind::One) {
            const int pick = byte % (options + 1);
            given[i] = pick == options ? answer::NotAsked : answer::option(pick);
        } else {
            const AnswerValue set = byte & question.allOptions();
            const bool allowed = std::popcount(set) >= question.minSelected;
            given[i] = byte == 0xFF || !allowed ? answer::NotAsked : set;
        }
    }
    if (given[0] == answer::NotAsked) {
        given[0] = answer::option(0);
    }
    const CodeOfConduct& code = builtinCode(data[0]);
    checkEvaluation(code, evaluate(code, q, q.resolve(given)));
}

} // namespace codewijzer::fuzz
