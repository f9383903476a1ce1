#include "render/ConditionText.h"

#include "model/Condition.h"
#include "model/Questionnaire.h"

#include <QStringList>

namespace codewijzer {

namespace {

QString optionList(const Question& q, AnswerValue mask, const QString& separator)
{
    QStringList names;
    for (std::size_t o = 0; o < q.options.size(); ++o) {
        if (mask & answer::option(static_cast<int>(o))) {
            names << q.options[o].id;
        }
    }
    return names.join(separator);
}

} // namespace

QString describeCondition(const Condition& c, const Questionnaire& questionnaire)
{
    auto joinChildren = [&](const QString& word) {
        QStringList parts;
        for (const Condition& child : c.children) {
            const bool group = child.op == Condition::Op::All || child.op == Condition::Op::Any;
            const QString text = describeCondition(child, questionnaire);
            parts << (group ? u'(' + text + u')' : text);
        }
        return parts.join(u' ' + word + u' ');
    };
    const QString id = c.question >= 0 ? questionnaire.question(c.question).id : QString();
    switch (c.op) {
    case Condition::Op::Always:
        return QStringLiteral("always");
    case Condition::Op::All:
        return joinChildren(QStringLiteral("and"));
    case Condition::Op::Any:
        return joinChildren(QStringLiteral("or"));
    case Condition::Op::Not:
        return QStringLiteral("not (%1)").arg(describeCondition(c.children.front(), questionnaire));
    case Condition::Op::Is:
        return QStringLiteral("%1 is %2")
            .arg(id, optionList(questionnaire.question(c.question), c.mask, QStringLiteral(" or ")));
    case Condition::Op::Has:
        return QStringLiteral("%1 has %2")
            .arg(id, optionList(questionnaire.question(c.question), c.mask, QStringLiteral(" or ")));
    case Condition::Op::Empty:
        return QStringLiteral("%1 is empty").arg(id);
    case Condition::Op::Unknown:
        return QStringLiteral("%1 is unknown").arg(id);
    case Condition::Op::Asked:
        return QStringLiteral("%1 is asked").arg(id);
    }
    return {};
}

} // namespace codewijzer
