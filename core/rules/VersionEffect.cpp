#include "rules/VersionEffect.h"

#include "model/CodeOfConduct.h"

#include <QHash>
#include <QStringList>

namespace codewijzer {

namespace {

// The advice each applying rule gives, by rule index.
QHash<int, const AdviceItem*> appliedRules(const Evaluation& evaluation)
{
    QHash<int, const AdviceItem*> applied;
    for (const AdviceItem& item : evaluation.advice) {
        applied.insert(item.rule, &item);
    }
    return applied;
}

bool sameAdvice(const CodeOfConduct& before, const Rule& old, const CodeOfConduct& after, const Rule& now)
{
    return old.advice == now.advice && old.headline == now.headline &&
           before.articleIds(old.articles) == after.articleIds(now.articles);
}

} // namespace

VersionEffect versionEffect(const CodeOfConduct& before, const CodeOfConduct& after, const Questionnaire& questionnaire,
                            const Answers& given)
{
    using Kind = VersionEffect::RuleDifference::Kind;
    VersionEffect effect;
    effect.before = evaluateGiven(before, questionnaire, given);
    effect.after = evaluateGiven(after, questionnaire, given);
    const QHash<int, const AdviceItem*> appliedBefore = appliedRules(effect.before);
    const QHash<int, const AdviceItem*> appliedAfter = appliedRules(effect.after);

    for (std::size_t i = 0; i < after.rules.size(); ++i) {
        const int now = static_cast<int>(i);
        const int old = before.ruleIndex(after.rules[i].id);
        const bool appliesNow = appliedAfter.contains(now);
        const bool appliedThen = old >= 0 && appliedBefore.contains(old);
        if (appliesNow && old < 0) {
            effect.differences.push_back({Kind::Added, old, now});
        } else if (appliesNow && !appliedThen) {
            effect.differences.push_back({Kind::NowApplies, old, now});
        } else if (!appliesNow && appliedThen) {
            effect.differences.push_back({Kind::NoLongerApplies, old, now});
        } else if (appliesNow && appliedBefore.value(old)->verdict != appliedAfter.value(now)->verdict) {
            effect.differences.push_back({Kind::VerdictChanged, old, now});
        } else if (appliesNow &&
                   !sameAdvice(before, before.rules[static_cast<std::size_t>(old)], after, after.rules[i])) {
            effect.differences.push_back({Kind::AdviceChanged, old, now});
        }
    }
    for (std::size_t i = 0; i < before.rules.size(); ++i) {
        const int old = static_cast<int>(i);
        if (appliedBefore.contains(old) && after.ruleIndex(before.rules[i].id) < 0) {
            effect.differences.push_back({Kind::Removed, old, -1});
        }
    }
    return effect;
}

} // namespace codewijzer
