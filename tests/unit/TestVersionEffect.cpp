// One assessment's answers under two versions of a code (a saved assessment opened under a newer
// version): each version's verdict and, rule by rule, what made the difference; and finding the
// saved version's file among the files beside it.

#include "CodeVersions.h"
#include "TestData.h"
#include "render/VersionNotice.h"
#include "rules/VersionEffect.h"

#include <QFile>
#include <QTemporaryDir>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

using DifferenceKind = VersionEffect::RuleDifference::Kind;

QByteArray shippedDunamare()
{
    return readFile(sourcePath(QStringLiteral("resources/codes/dunamare.json")));
}

CodeOfConduct version(const QByteArray& json)
{
    Diagnostics problems;
    std::optional<CodeOfConduct> code =
        CodeOfConduct::load(json, QStringLiteral("version.json"), Questionnaire::builtin(), problems);
    EXPECT_TRUE(code) << (problems.empty() ? std::string() : problems.front().toString().toStdString());
    return code ? *code : CodeOfConduct{};
}

// Lesson material on a class page, pupils of 16 and older who gave their explicit consent: under the
// shipped code, "Go" by share-knowledge (III.A.2) and the consent rule.
Answers lessonOnAClassPage()
{
    return answers({{"activity", {"lesson"}},
                    {"channel", {"public"}},
                    {"account", {"school"}},
                    {"audience", {"pupils", "parents"}},
                    {"content", {"teaching_material"}},
                    {"pupil_age", {"16_or_older"}},
                    {"consent", {"explicit"}}});
}

VersionEffect effect(const QByteArray& before, const QByteArray& after)
{
    return versionEffect(version(before), version(after), Questionnaire::builtin(), lessonOnAClassPage());
}

const QByteArray kLessonRule = R"({"id": "lesson-check", "when": {"question": "activity", "is": ["lesson"]},
    "verdict": "check_first", "advice": {"nl": "Overleg eerst met je sectie.", "en": "Talk to your department first."},
    "articles": ["III.A.2"]})";

} // namespace

TEST(VersionEffect, TheSameVersionMakesNoDifference)
{
    const VersionEffect e = effect(shippedDunamare(), shippedDunamare());
    EXPECT_EQ(e.before.verdict, Verdict::Go);
    EXPECT_FALSE(e.verdictChanged());
    EXPECT_TRUE(e.differences.empty());
}

TEST(VersionEffect, EachKindOfChangeIsNamedWithItsRule)
{
    const QByteArray shipped = shippedDunamare();
    const auto only = [&](const QByteArray& before, const QByteArray& after, DifferenceKind kind, const char* rule) {
        const VersionEffect e = effect(before, after);
        ASSERT_EQ(e.differences.size(), 1u) << rule;
        EXPECT_EQ(e.differences[0].kind, kind) << rule;
        const CodeOfConduct& named = e.differences[0].after >= 0 ? version(after) : version(before);
        const int index = e.differences[0].after >= 0 ? e.differences[0].after : e.differences[0].before;
        EXPECT_EQ(named.rules[static_cast<std::size_t>(index)].id, QString::fromLatin1(rule));
    };
    const QByteArray stricter =
        CodeEdit(shipped).setVerdict(QStringLiteral("share-knowledge"), QStringLiteral("conditions")).json();
    only(stricter, shipped, DifferenceKind::VerdictChanged, "share-knowledge");
    EXPECT_TRUE(effect(stricter, shipped).verdictChanged());
    only(shipped, CodeEdit(shipped).addRule(kLessonRule).json(), DifferenceKind::Added, "lesson-check");
    only(shipped, CodeEdit(shipped).remove(QStringLiteral("rules"), QStringLiteral("share-knowledge")).json(),
         DifferenceKind::Removed, "share-knowledge");
    // The same rule with another condition: it applies now, or no longer.
    const QByteArray never =
        CodeEdit(shipped).addRule(QByteArray(kLessonRule).replace("\"lesson\"", "\"report\"")).json();
    const QByteArray lesson = CodeEdit(shipped).addRule(kLessonRule).json();
    only(never, lesson, DifferenceKind::NowApplies, "lesson-check");
    only(lesson, never, DifferenceKind::NoLongerApplies, "lesson-check");
    only(shipped,
         CodeEdit(shipped)
             .setAdvice(QStringLiteral("share-knowledge"), QStringLiteral("Deel kennis."),
                        QStringLiteral("Share knowledge."))
             .json(),
         DifferenceKind::AdviceChanged, "share-knowledge");
}

TEST(VersionEffect, TheNoticeSaysBothVerdictsAndTheDifferenceInWords)
{
    const QByteArray shipped = shippedDunamare();
    const CodeOfConduct before =
        version(CodeEdit(shipped).setVerdict(QStringLiteral("share-knowledge"), QStringLiteral("conditions")).json());
    CodeOfConduct after = version(shipped);
    after.previous = QStringList{before.fingerprint};
    const VersionEffect e = versionEffect(before, after, Questionnaire::builtin(), lessonOnAClassPage());
    const VersionNotice notice = VersionNotice::of(e, before, after, Questionnaire::builtin(), Language::English);
    EXPECT_EQ(notice.heading, QStringLiteral("Saved under an earlier version of the code"));
    EXPECT_TRUE(notice.then.contains(before.fingerprint)) << notice.then.toStdString();
    EXPECT_TRUE(notice.then.endsWith(QStringLiteral("✔… Go, if you follow the advice"))) << notice.then.toStdString();
    EXPECT_TRUE(notice.now.endsWith(QStringLiteral("✔ Go"))) << notice.now.toStdString();
    ASSERT_EQ(notice.differences.size(), 1);
    EXPECT_TRUE(notice.differences[0].startsWith(QStringLiteral(
        "Another verdict for the same advice (until now: Go, if you follow the advice; now: Go): \"Share only")));
    EXPECT_TRUE(notice.differences[0].endsWith(QStringLiteral("harms no one.\"")));

    const VersionNotice without = VersionNotice::withoutSaved(QStringLiteral("0123456789ab"), after);
    EXPECT_EQ(without.heading, QStringLiteral("Saved under another version of the code"));
    EXPECT_TRUE(without.then.isEmpty());
    EXPECT_TRUE(without.conclusion.contains(QStringLiteral("0123456789ab")));
}

TEST(VersionEffect, TheSavedVersionIsFoundByItsFingerprintAmongTheFilesBesideIt)
{
    QTemporaryDir dir;
    const QByteArray shipped = shippedDunamare();
    const QByteArray earlier =
        CodeEdit(shipped).setVerdict(QStringLiteral("share-knowledge"), QStringLiteral("conditions")).json();
    const auto write = [&](const char* name, const QByteArray& bytes) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write("a-broken.json", "{ not a code");
    write("b-other.json",
          CodeEdit(shipped).setVerdict(QStringLiteral("share-knowledge"), QStringLiteral("stop")).json());
    write("c-earlier.json", earlier);
    write("notes.txt", earlier);
    CodeCatalogue catalogue(Questionnaire::builtin());
    const QString fingerprint = codeFingerprint(earlier);
    const auto found = catalogue.findVersion(QStringLiteral("dunamare"), fingerprint, {dir.path(), dir.path()});
    ASSERT_TRUE(found);
    EXPECT_EQ(found->code.fingerprint, fingerprint);
    EXPECT_TRUE(found->code.file.endsWith(QStringLiteral("c-earlier.json")));
    EXPECT_FALSE(catalogue.findVersion(QStringLiteral("mondia"), fingerprint, {dir.path()})) << "another code";
    EXPECT_FALSE(catalogue.findVersion(QStringLiteral("dunamare"), QStringLiteral("0123456789ab"), {dir.path()}));
    EXPECT_FALSE(catalogue.findVersion(QStringLiteral("dunamare"), fingerprint, {QString()}));
}
