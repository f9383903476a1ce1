#include "model/Condition.h"

#include "io/JsonSource.h"
#include "io/Printable.h"
#include "model/Question.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Condition)
};

} // namespace

std::vector<int> Condition::questions() const
{
    std::vector<int> out;
    if (question >= 0) {
        out.push_back(question);
    }
    for (const Condition& child : children) {
        const std::vector<int> inner = child.questions();
        out.insert(out.end(), inner.begin(), inner.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Condition::Truth Condition::partial(const Answers& answers, int known, const std::vector<Question>& questions) const
{
    switch (op) {
    case Op::All: {
        Truth result = Truth::True;
        for (const Condition& child : children) {
            const Truth t = child.partial(answers, known, questions);
            if (t == Truth::False) {
                return Truth::False;
            }
            if (t == Truth::Maybe) {
                result = Truth::Maybe;
            }
        }
        return result;
    }
    case Op::Any: {
        Truth result = Truth::False;
        for (const Condition& child : children) {
            const Truth t = child.partial(answers, known, questions);
            if (t == Truth::True) {
                return Truth::True;
            }
            if (t == Truth::Maybe) {
                result = Truth::Maybe;
            }
        }
        return result;
    }
    case Op::Not: {
        const Truth t = children.front().partial(answers, known, questions);
        return t == Truth::Maybe ? t : (t == Truth::True ? Truth::False : Truth::True);
    }
    default:
        if (question >= known) {
            // An atom on a question that will not be asked is false: it only tests given answers.
            const Condition& asked = questions[static_cast<std::size_t>(question)].askedWhen;
            return asked.partial(answers, known, questions) == Truth::False ? Truth::False : Truth::Maybe;
        }
        return holds(answers) ? Truth::True : Truth::False;
    }
}

void Condition::collectReasons(const Answers& answers, std::vector<int>& out) const
{
    std::vector<std::pair<int, AnswerValue>> parts;
    collectReasonParts(answers, parts);
    for (const auto& [q, part] : parts) {
        out.push_back(q);
    }
}

void Condition::collectReasonParts(const Answers& answers, std::vector<std::pair<int, AnswerValue>>& out) const
{
    switch (op) {
    case Op::Always:
        return;
    case Op::All:
    case Op::Any:
        for (const Condition& child : children) {
            if (child.holds(answers)) {
                child.collectReasonParts(answers, out);
            }
        }
        return;
    case Op::Not:
        for (int q : children.front().questions()) {
            out.emplace_back(q, answers[q]);
        }
        return;
    case Op::Is:
    case Op::Has:
        out.emplace_back(question, answers[question] & mask);
        return;
    default:
        out.emplace_back(question, answers[question]);
        return;
    }
}

namespace {

Condition negate(Condition inner)
{
    Condition c;
    c.op = Condition::Op::Not;
    c.children.push_back(std::move(inner));
    return c;
}

// Reads "is"/"has" operands: one option id or an array of them.
AnswerValue parseOptions(const QJsonValue& value, const QString& path, const Question& question,
                         const JsonReader& reader)
{
    QJsonArray ids;
    if (value.isString()) {
        ids.append(value);
    } else if (value.isArray()) {
        ids = value.toArray();
        if (ids.isEmpty()) {
            reader.error(path, Text::tr("needs at least one option"));
        }
    } else {
        reader.error(path,
                     Text::tr("expected an option id or an array of them, found %1").arg(JsonReader::typeName(value)));
        return 0;
    }
    AnswerValue mask = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString at = value.isArray() ? JsonReader::index(path, i) : path;
        if (!ids.at(i).isString()) {
            reader.error(at, Text::tr("expected an option id, found %1").arg(JsonReader::typeName(ids.at(i))));
            continue;
        }
        const QString id = ids.at(i).toString();
        const int index = question.optionIndex(id);
        if (index < 0) {
            QStringList known;
            for (const Option& o : question.options) {
                known << o.id;
            }
            reader.error(at, Text::tr(R"(question "%1" has no option "%2" (it has: %3))")
                                 .arg(question.id, shown(id), known.join(QStringLiteral(", "))));
            continue;
        }
        mask |= answer::option(index);
    }
    return mask;
}

} // namespace

Condition Condition::parse(const QJsonValue& json, const QString& path, const std::vector<Question>& questions,
                           const JsonReader& reader, int maxQuestion)
{
    Condition c;
    if (json.isBool() && json.toBool()) {
        return c;
    }
    if (!json.isObject()) {
        reader.error(path,
                     Text::tr("expected a condition (an object, or true), found %1").arg(JsonReader::typeName(json)));
        return c;
    }
    const QJsonObject object = json.toObject();

    for (const auto& [key, op] : {std::pair{QStringView(u"all"), Op::All}, std::pair{QStringView(u"any"), Op::Any}}) {
        if (object.contains(key)) {
            reader.rejectUnknownKeys(object, path, {key});
            c.op = op;
            const QString at = JsonReader::join(path, key.toString());
            const QJsonValue value = object.value(key);
            if (!value.isArray() || value.toArray().isEmpty()) {
                reader.error(at, Text::tr("expected a non-empty array of conditions"));
                return c;
            }
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                c.children.push_back(parse(items.at(i), JsonReader::index(at, i), questions, reader, maxQuestion));
            }
            return c;
        }
    }
    if (object.contains(u"not")) {
        reader.rejectUnknownKeys(object, path, {u"not"});
        return negate(
            parse(object.value(u"not"), JsonReader::join(path, QStringLiteral("not")), questions, reader, maxQuestion));
    }

    if (!object.contains(u"question")) {
        reader.error(path, Text::tr(R"(a condition needs "all", "any", "not" or "question")"));
        return c;
    }
    reader.rejectUnknownKeys(object, path, {u"question", u"is", u"has", u"empty", u"unknown", u"asked"});
    const QString questionId = reader.string(object, QStringLiteral("question"), path);
    const auto found =
        std::find_if(questions.begin(), questions.end(), [&](const Question& q) { return q.id == questionId; });
    if (found == questions.end()) {
        if (!questionId.isEmpty()) {
            reader.error(JsonReader::join(path, QStringLiteral("question")),
                         Text::tr("unknown question \"%1\"").arg(shown(questionId)));
        }
        return c;
    }
    const Question& question = *found;
    c.question = static_cast<int>(found - questions.begin());
    if (maxQuestion >= 0 && c.question > maxQuestion) {
        reader.error(JsonReader::join(path, QStringLiteral("question")),
                     Text::tr("question \"%1\" comes later in the questionnaire; a question can only depend on "
                              "earlier ones")
                         .arg(questionId));
    }

    int tests = 0;
    for (const QStringView key : {u"is", u"has", u"empty", u"unknown", u"asked"}) {
        tests += object.contains(key) ? 1 : 0;
    }
    if (tests != 1) {
        reader.error(path, Text::tr("a question condition needs exactly one of \"is\", \"has\", \"empty\", "
                                    "\"unknown\" or \"asked\""));
        return c;
    }

    const bool several = question.kind == Question::Kind::Several;
    if (object.contains(u"is") || object.contains(u"has")) {
        const bool isTest = object.contains(u"is");
        const QString key = isTest ? QStringLiteral("is") : QStringLiteral("has");
        if (isTest == several) {
            reader.error(JsonReader::join(path, key),
                         several ? Text::tr(R"("%1" takes several options: use "has", not "is")").arg(question.id)
                                 : Text::tr(R"("%1" takes one option: use "is", not "has")").arg(question.id));
        }
        c.op = isTest ? Op::Is : Op::Has;
        c.mask = parseOptions(object.value(key), JsonReader::join(path, key), question, reader);
        return c;
    }

    // The remaining tests take true or false; false negates.
    const QString key = object.contains(u"empty")     ? QStringLiteral("empty")
                        : object.contains(u"unknown") ? QStringLiteral("unknown")
                                                      : QStringLiteral("asked");
    const QJsonValue flag = object.value(key);
    if (!flag.isBool()) {
        reader.error(JsonReader::join(path, key),
                     Text::tr("expected true or false, found %1").arg(JsonReader::typeName(flag)));
        return c;
    }
    if (key == u"empty") {
        if (!several) {
            reader.error(JsonReader::join(path, key),
                         Text::tr(R"("empty" only applies to a several-option question, not "%1")").arg(question.id));
        }
        c.op = Op::Empty;
    } else if (key == u"unknown") {
        c.op = Op::Unknown;
        c.mask = question.unknownMask();
    } else {
        c.op = Op::Asked;
    }
    return flag.toBool() ? c : negate(std::move(c));
}

} // namespace codewijzer
