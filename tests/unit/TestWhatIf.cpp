#include "TestData.h"
#include "model/AnswersFile.h"
#include "rules/Evaluator.h"
#include "rules/WhatIf.h"

#include <gtest/gtest.h>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

Verdict verdictOf(const CodeOfConduct& code, const Answers& given)
{
    const Questionnaire& q = Questionnaire::builtin();
    return evaluate(code, q, q.resolve(given)).verdict;
}

class WhatIfOverScenarios : public testing::TestWithParam<std::string>
{
};

} // namespace

// Over every scenario: each alternative is real (the core gives that verdict for those answers),
// less strict, minimal, and never touches a fact of the situation (the activity, say: Question::fact) or
// suggests "I don't know"; and no single change of a choice that would make the verdict less strict is missing.
TEST_P(WhatIfOverScenarios, AlternativesAreRealLessStrictMinimalAndComplete)
{
    const Questionnaire& q = Questionnaire::builtin();
    const QString path = sourcePath(QString::fromStdString(GetParam()));
    Diagnostics problems;
    const std::optional<AnswersFile> file = AnswersFile::parse(readFile(path), path, q, problems);
    ASSERT_TRUE(file);
    const CodeOfConduct code = builtinCode(file->code);
    const Answers resolved = q.resolve(file->given);
    const Verdict current = verdictOf(code, resolved);

    const std::vector<WhatIfAlternative> alternatives = whatIf(code, q, file->given);
    for (const WhatIfAlternative& alternative : alternatives) {
        ASSERT_FALSE(alternative.changes.empty());
        ASSERT_LE(alternative.changes.size(), 2u);
        EXPECT_EQ(verdictOf(code, withChanges(resolved, alternative.changes)), alternative.verdict);
        EXPECT_LT(severity(alternative.verdict), severity(current)) << "never a change that leaves it as strict";
        for (const AnswerChange& change : alternative.changes) {
            EXPECT_FALSE(q.question(change.question).fact) << q.question(change.question).id.toStdString();
            EXPECT_FALSE(change.value & q.question(change.question).unknownMask());
            EXPECT_NE(change.value, resolved[change.question]);
        }
        if (alternative.changes.size() == 2) {
            for (const AnswerChange& one : alternative.changes) {
                EXPECT_GE(severity(verdictOf(code, withChanges(resolved, {one}))), severity(current))
                    << "a pair is listed only when neither change alone does it";
            }
        }
    }

    // The least strict first, "not covered" last: that is seldom a change a teacher can make.
    const auto rank = [](Verdict v) {
        return v == Verdict::OutOfScope ? 99 : severity(v);
    };
    for (std::size_t i = 1; i < alternatives.size(); ++i) {
        EXPECT_LE(rank(alternatives[i - 1].verdict), rank(alternatives[i].verdict)) << "alternative " << i;
    }

    // Completeness for one change: every other option of each asked one-option question that is a choice.
    for (int question = 0; question < q.size(); ++question) {
        const Question& asked = q.question(question);
        if (resolved[question] == answer::NotAsked || asked.fact || asked.kind != Question::Kind::One) {
            continue;
        }
        for (int o = 0; o < static_cast<int>(asked.options.size()); ++o) {
            const AnswerChange change{question, answer::option(o)};
            if (o == asked.unknownOption || change.value == resolved[question] ||
                severity(verdictOf(code, withChanges(resolved, {change}))) >= severity(current)) {
                continue;
            }
            const bool listed = std::any_of(alternatives.begin(), alternatives.end(), [&](const WhatIfAlternative& a) {
                return a.changes.size() == 1 && a.changes[0].question == question && a.changes[0].value == change.value;
            });
            EXPECT_TRUE(listed) << asked.id.toStdString() << " option " << o;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Scenarios, WhatIfOverScenarios,
                         testing::ValuesIn(jsonFiles(QStringLiteral("tests/scenarios"))),
                         [](const testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param.substr(info.param.rfind('/') + 1);
                             name = name.substr(0, name.size() - 5);
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) {
                                     c = '_';
                                 }
                             }
                             return name;
                         });

TEST(WhatIf, ExplicitConsentTurnsADunamareClassPhotoIntoGo)
{
    const Questionnaire& q = Questionnaire::builtin();
    const CodeOfConduct code = builtinCode(QStringLiteral("dunamare"));
    const Answers given = classPhotoUnder16("enrolment_only");
    ASSERT_EQ(verdictOf(code, given), Verdict::CheckFirst);
    const std::vector<WhatIfAlternative> alternatives = whatIf(code, q, given);
    const int consent = q.indexOf(u"consent");
    const bool found = std::any_of(alternatives.begin(), alternatives.end(), [&](const WhatIfAlternative& a) {
        return a.changes.size() == 1 && a.changes[0].question == consent &&
               a.changes[0].value == answer::option(q.question(consent).optionIndex(u"explicit")) &&
               a.verdict == Verdict::Go;
    });
    EXPECT_TRUE(found);
}

TEST(WhatIf, NothingIsLessStrictThanNotCovered)
{
    const CodeOfConduct code = builtinCode(QStringLiteral("mondia"));
    const Answers given = answers({{"activity", {"publish"}},
                                   {"school_related", {"no"}},
                                   {"channel", {"public"}},
                                   {"account", {"personal"}},
                                   {"audience", {"public"}},
                                   {"content", {}},
                                   {"during_lesson", {"no"}}});
    ASSERT_EQ(verdictOf(code, given), Verdict::OutOfScope);
    EXPECT_TRUE(whatIf(code, Questionnaire::builtin(), given).empty());
}
