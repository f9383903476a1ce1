#include "render/VersionNotice.h"

#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "render/Phrases.h"
#include "rules/VersionEffect.h"

#include <QCoreApplication>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(VersionNotice)
};

// "version 2019, fingerprint 0123456789ab", or the fingerprint alone when the code names no version.
QString versionName(const CodeOfConduct& code)
{
    return code.version.isEmpty() ? Text::tr("fingerprint %1").arg(code.fingerprint)
                                  : Text::tr("version %1, fingerprint %2").arg(code.version, code.fingerprint);
}

bool isEarlier(const QString& fingerprint, const CodeOfConduct& current)
{
    return current.previous.contains(fingerprint);
}

QString headingFor(const QString& fingerprint, const CodeOfConduct& current)
{
    return isEarlier(fingerprint, current) ? Text::tr("Saved under an earlier version of the code")
                                           : Text::tr("Saved under another version of the code");
}

QString verdictWords(const Questionnaire& questionnaire, Verdict verdict, Language language)
{
    return verdictSymbol(verdict) + u' ' + questionnaire.verdictLabel(verdict).in(language);
}

QString articlesOf(const CodeOfConduct& code, const Rule& rule)
{
    return Text::tr("article %1").arg(joinWithAnd(code.articleIds(rule.articles)));
}

} // namespace

VersionNotice VersionNotice::of(const VersionEffect& effect, const CodeOfConduct& saved, const CodeOfConduct& current,
                                const Questionnaire& questionnaire, Language language)
{
    using Kind = VersionEffect::RuleDifference::Kind;
    VersionNotice notice;
    notice.heading = headingFor(saved.fingerprint, current);
    notice.then = Text::tr("When it was saved (%1): %2")
                      .arg(versionName(saved), verdictWords(questionnaire, effect.before.verdict, language));
    notice.now =
        Text::tr("Now (%1): %2").arg(versionName(current), verdictWords(questionnaire, effect.after.verdict, language));
    const auto label = [&](Verdict verdict) {
        return questionnaire.verdictLabel(verdict).in(language);
    };
    for (const VersionEffect::RuleDifference& d : effect.differences) {
        const Rule* old = d.before >= 0 ? &saved.rules[static_cast<std::size_t>(d.before)] : nullptr;
        const Rule* rule = d.after >= 0 ? &current.rules[static_cast<std::size_t>(d.after)] : nullptr;
        switch (d.kind) {
        case Kind::Added:
            notice.differences << Text::tr("New in this version (%2, %3): \"%1\"")
                                      .arg(rule->advice.in(language), label(rule->verdict), articlesOf(current, *rule));
            break;
        case Kind::Removed:
            notice.differences
                << Text::tr("No longer in the code (%2): \"%1\"").arg(old->advice.in(language), label(old->verdict));
            break;
        case Kind::NowApplies:
            notice.differences << Text::tr("Now also applies to your answers (%2, %3): \"%1\"")
                                      .arg(rule->advice.in(language), label(rule->verdict), articlesOf(current, *rule));
            break;
        case Kind::NoLongerApplies:
            notice.differences << Text::tr("No longer applies to your answers (%2): \"%1\"")
                                      .arg(old->advice.in(language), label(old->verdict));
            break;
        case Kind::VerdictChanged:
            notice.differences << Text::tr("Another verdict for the same advice (until now: %2; now: %3): \"%1\"")
                                      .arg(rule->advice.in(language), label(old->verdict), label(rule->verdict));
            break;
        case Kind::AdviceChanged:
            notice.differences << Text::tr(R"(Other advice (%2): "%1"; until now (%4): "%3")")
                                      .arg(rule->advice.in(language), articlesOf(current, *rule),
                                           old->advice.in(language), articlesOf(saved, *old));
            break;
        }
    }
    if (notice.differences.isEmpty()) {
        notice.conclusion = Text::tr("Your answers get the same verdict and the same advice under both versions.");
    } else {
        notice.conclusion = Text::tr("The result below follows the version in use now.");
    }
    return notice;
}

VersionNotice VersionNotice::withoutSaved(const QString& savedFingerprint, const CodeOfConduct& current)
{
    VersionNotice notice;
    notice.heading = headingFor(savedFingerprint, current);
    notice.now = Text::tr("Now (%1)").arg(versionName(current));
    notice.conclusion =
        Text::tr("The rules have changed since it was saved (fingerprint %1), and that version's file is not here. "
                 "The result below follows the version in use now: check your answers and the result again. With "
                 "that version's file, you see both verdicts and what made the difference.")
            .arg(savedFingerprint);
    return notice;
}

} // namespace codewijzer
