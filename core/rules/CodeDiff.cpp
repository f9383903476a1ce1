#include "rules/CodeDiff.h"

#include "catalogue/CodeCatalogue.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "rules/Evaluator.h"

#include <QSet>
#include <algorithm>

namespace codewijzer {

namespace {

// An article whose id is gone continues one under a new id when they share this much of their words.
constexpr double kRenumberedSimilarity = 0.6;

void addField(std::vector<CodeDiff::Field>& out, const char* name, const QString& before, const QString& after)
{
    if (before != after) {
        out.push_back({QString::fromLatin1(name), before, after});
    }
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

std::vector<CodeDiff::Field> fieldChanges(const CodeOfConduct& a, const CodeOfConduct& b)
{
    std::vector<CodeDiff::Field> out;
    addField(out, "title.nl", a.title.nl, b.title.nl);
    addField(out, "title.en", a.title.en, b.title.en);
    addField(out, "organisation", a.organisation, b.organisation);
    addField(out, "version", a.version, b.version);
    addField(out, "adopted", isoDate(a.adopted), isoDate(b.adopted));
    addField(out, "inForce", isoDate(a.inForce), isoDate(b.inForce));
    addField(out, "source", a.source, b.source);
    return out;
}

std::vector<CodeDiff::Contact> contactChanges(const CodeOfConduct& a, const CodeOfConduct& b)
{
    std::vector<CodeDiff::Contact> out;
    for (const Contact& old : a.contacts) {
        const int j = b.contactIndex(old.id);
        if (j < 0) {
            out.push_back({CodeDiff::Change::Removed, old.id, old.name, {}});
        } else if (old.name != b.contacts[static_cast<std::size_t>(j)].name) {
            out.push_back({CodeDiff::Change::Changed, old.id, old.name, b.contacts[static_cast<std::size_t>(j)].name});
        }
    }
    for (const Contact& now : b.contacts) {
        if (a.contactIndex(now.id) < 0) {
            out.push_back({CodeDiff::Change::Added, now.id, {}, now.name});
        }
    }
    return out;
}

// Sorts changes into the new version's order, each removed one right after what came before it in
// the old version (`map`: by old index, the new one or -1).
template <typename T>
void inNewOrder(std::vector<T>& changes, const std::vector<int>& map)
{
    const auto place = [&](const T& c) {
        if (c.after >= 0) {
            return std::pair{c.after, 0};
        }
        for (int i = c.before - 1; i >= 0; --i) {
            if (map[static_cast<std::size_t>(i)] >= 0) {
                return std::pair{map[static_cast<std::size_t>(i)], 1};
            }
        }
        return std::pair{-1, 1};
    };
    std::stable_sort(changes.begin(), changes.end(), [&](const T& x, const T& y) { return place(x) < place(y); });
}

std::vector<CodeDiff::Article> articleChanges(const CodeOfConduct& a, const CodeOfConduct& b,
                                              const std::vector<int>& map)
{
    std::vector<CodeDiff::Article> out;
    std::vector<bool> continued(b.articles.size(), false);
    for (std::size_t i = 0; i < map.size(); ++i) {
        if (map[i] < 0) {
            out.push_back({CodeDiff::Article::Kind::Removed, static_cast<int>(i), -1, false, false, {}});
            continue;
        }
        continued[static_cast<std::size_t>(map[i])] = true;
        const Article& old = a.articles[i];
        const Article& now = b.articles[static_cast<std::size_t>(map[i])];
        CodeDiff::Article change{old.id == now.id ? CodeDiff::Article::Kind::Changed
                                                  : CodeDiff::Article::Kind::Renumbered,
                                 static_cast<int>(i),
                                 map[i],
                                 old.text != now.text,
                                 old.title != now.title,
                                 {}};
        if (change.textChanged) {
            change.words = wordDiff(old.text, now.text);
        }
        if (change.kind == CodeDiff::Article::Kind::Renumbered || change.textChanged || change.titleChanged) {
            out.push_back(std::move(change));
        }
    }
    for (std::size_t j = 0; j < continued.size(); ++j) {
        if (!continued[j]) {
            out.push_back({CodeDiff::Article::Kind::Added, -1, static_cast<int>(j), false, false, {}});
        }
    }
    inNewOrder(out, map);
    return out;
}

// The new version's ids of an old rule's articles, sorted by the new version's order.
std::vector<int> mappedArticles(const std::vector<int>& articles, const std::vector<int>& map)
{
    std::vector<int> out;
    out.reserve(articles.size());
    for (int a : articles) {
        out.push_back(map[static_cast<std::size_t>(a)]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList contactIds(const CodeOfConduct& code, const std::vector<int>& contacts)
{
    QStringList ids;
    for (int c : contacts) {
        ids << code.contacts[static_cast<std::size_t>(c)].id;
    }
    ids.sort();
    return ids;
}

std::vector<CodeDiff::Rule> ruleChanges(const CodeOfConduct& a, const CodeOfConduct& b,
                                        const std::vector<int>& articleMap, RulePairing& pairing)
{
    std::vector<CodeDiff::Rule> out;
    std::vector<int> ruleMap(a.rules.size(), -1);
    pairing.afterOf.assign(a.rules.size(), -1);
    for (std::size_t r = 0; r < a.rules.size(); ++r) {
        const int j = b.ruleIndex(a.rules[r].id);
        ruleMap[r] = j;
        if (j < 0) {
            out.push_back({CodeDiff::Change::Removed, static_cast<int>(r), -1});
            continue;
        }
        const Rule& old = a.rules[r];
        const Rule& now = b.rules[static_cast<std::size_t>(j)];
        CodeDiff::Rule change{CodeDiff::Change::Changed, static_cast<int>(r), j};
        change.condition = !(old.when == now.when);
        change.verdict = old.verdict != now.verdict;
        change.advice = old.advice != now.advice || old.headline != now.headline;
        change.articles = mappedArticles(old.articles, articleMap) != now.articles;
        change.contacts = contactIds(a, old.contacts) != contactIds(b, now.contacts);
        if (!change.verdict && !change.advice && !change.articles && !change.contacts) {
            pairing.afterOf[r] = j;
        }
        if (change.condition || change.verdict || change.advice || change.articles || change.contacts) {
            out.push_back(change);
        }
    }
    for (std::size_t j = 0; j < b.rules.size(); ++j) {
        if (a.ruleIndex(b.rules[j].id) < 0) {
            out.push_back({CodeDiff::Change::Added, -1, static_cast<int>(j)});
        }
    }
    inNewOrder(out, ruleMap);
    return out;
}

void compareCases(const LoadedCode& before, const LoadedCode& after, const std::vector<int>& articleMap,
                  const Questionnaire& questionnaire, CodeDiff& diff)
{
    QSet<QString> seen;
    for (const LoadedCode* code : {&before, &after}) {
        if (!code->cases) {
            continue;
        }
        for (const TrainingCase& item : code->cases->cases) {
            if (seen.contains(item.id)) {
                continue;
            }
            seen.insert(item.id);
            ++diff.casesCompared;
            const Evaluation old = evaluateGiven(before.code, questionnaire, item.given);
            const Evaluation now = evaluateGiven(after.code, questionnaire, item.given);
            if (old.verdict != now.verdict || mappedArticles(old.articles, articleMap) != now.articles) {
                diff.cases.push_back({item.id, item.title, old.verdict, now.verdict,
                                      before.code.articleIds(old.articles), after.code.articleIds(now.articles)});
            }
        }
    }
}

} // namespace

std::vector<int> matchArticles(const CodeOfConduct& before, const CodeOfConduct& after)
{
    std::vector<int> map(before.articles.size(), -1);
    std::vector<bool> taken(after.articles.size(), false);
    for (std::size_t i = 0; i < before.articles.size(); ++i) {
        const int j = after.articleIndex(before.articles[i].id);
        if (j >= 0) {
            map[i] = j;
            taken[static_cast<std::size_t>(j)] = true;
        }
    }
    // An id that is gone: the same text under another id, else the most similar one that is close enough.
    for (std::size_t i = 0; i < before.articles.size(); ++i) {
        if (map[i] >= 0) {
            continue;
        }
        double best = kRenumberedSimilarity;
        for (std::size_t j = 0; j < after.articles.size(); ++j) {
            if (taken[j] || before.articleIndex(after.articles[j].id) >= 0) {
                continue;
            }
            const double similarity = before.articles[i].text == after.articles[j].text
                                          ? 2.0
                                          : wordSimilarity(wordDiff(before.articles[i].text, after.articles[j].text));
            if (similarity >= best) {
                best = similarity;
                map[i] = static_cast<int>(j);
            }
        }
        if (map[i] >= 0) {
            taken[static_cast<std::size_t>(map[i])] = true;
        }
    }
    return map;
}

CodeDiff diffCodes(const LoadedCode& before, const LoadedCode& after, const Questionnaire& questionnaire)
{
    const CodeOfConduct& a = before.code;
    const CodeOfConduct& b = after.code;
    CodeDiff diff;
    diff.before = &a;
    diff.after = &b;
    diff.fields = fieldChanges(a, b);
    diff.contacts = contactChanges(a, b);
    const std::vector<int> articleMap = matchArticles(a, b);
    diff.articles = articleChanges(a, b, articleMap);
    RulePairing pairing;
    diff.rules = ruleChanges(a, b, articleMap, pairing);
    diff.effect = diffEffect(a, b, pairing, questionnaire);
    compareCases(before, after, articleMap, questionnaire, diff);
    return diff;
}

} // namespace codewijzer
