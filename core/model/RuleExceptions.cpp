#include "model/RuleExceptions.h"

#include "io/JsonSource.h"
#include "io/Printable.h"
#include "model/CodeOfConduct.h"

#include <QCoreApplication>
#include <QHash>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CodeFile)
};

} // namespace

void applyExceptions(std::vector<Rule>& rules, const std::vector<ExceptionReference>& references, JsonReader& reader)
{
    QHash<QString, int> byId;
    for (std::size_t r = 0; r < rules.size(); ++r) {
        byId.emplace(rules[r].id, static_cast<int>(r));
    }
    std::vector<bool> isException(rules.size(), false);
    for (const ExceptionReference& reference : references) {
        isException[static_cast<std::size_t>(reference.rule)] = true;
    }
    std::vector<std::vector<int>> exceptionsTo(rules.size());
    for (const ExceptionReference& reference : references) {
        Rule& exception = rules[static_cast<std::size_t>(reference.rule)];
        const int target = byId.value(reference.target, -1);
        reader.setRuleId(exception.id);
        if (target < 0) {
            reader.error(reference.path, Text::tr(R"(unknown rule "%1": "exceptionTo" names another rule of this file)")
                                             .arg(shown(reference.target)));
        } else if (target == reference.rule) {
            reader.error(reference.path, Text::tr("a rule cannot be an exception to itself"));
        } else if (isException[static_cast<std::size_t>(target)]) {
            reader.error(reference.path,
                         Text::tr("rule \"%1\" is an exception itself, and an exception to an exception is not "
                                  "possible: name the rule it lowers")
                             .arg(shown(reference.target)));
        } else if (exception.verdict >= rules[static_cast<std::size_t>(target)].verdict) {
            reader.error(reference.path,
                         Text::tr("an exception lowers the verdict: its verdict \"%1\" must be less strict than "
                                  "\"%2\" of rule \"%3\"")
                             .arg(verdictId(exception.verdict),
                                  verdictId(rules[static_cast<std::size_t>(target)].verdict), shown(reference.target)));
        } else {
            exception.exceptionTo = target;
            exceptionsTo[static_cast<std::size_t>(target)].push_back(reference.rule);
        }
        reader.setRuleId({});
    }
    for (std::size_t r = 0; r < rules.size(); ++r) {
        if (exceptionsTo[r].empty()) {
            continue;
        }
        Condition when{Condition::Op::All, -1, 0, {rules[r].ownWhen}};
        for (int e : exceptionsTo[r]) {
            when.children.push_back(Condition{Condition::Op::Not, -1, 0, {rules[static_cast<std::size_t>(e)].ownWhen}});
        }
        rules[r].when = std::move(when);
        // An exception applies only where the rule it lowers would: it never raises a verdict.
        for (int e : exceptionsTo[r]) {
            Rule& exception = rules[static_cast<std::size_t>(e)];
            exception.when = Condition{Condition::Op::All, -1, 0, {exception.ownWhen, rules[r].ownWhen}};
        }
    }
}

} // namespace codewijzer
