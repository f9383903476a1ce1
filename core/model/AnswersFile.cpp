#include "model/AnswersFile.h"

#include "io/JsonSource.h"
#include "io/Printable.h"
#include "model/Questionnaire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(AnswersFile)
};

AnswerValue parseAnswer(const Question& question, const QJsonValue& value, const QString& path,
                        const JsonReader& reader, bool& ok)
{
    auto optionBit = [&](const QJsonValue& item, const QString& at) -> AnswerValue {
        if (!item.isString()) {
            reader.error(
                at, Text::tr("expected an option of \"%1\", found %2").arg(question.id, JsonReader::typeName(item)));
            ok = false;
            return 0;
        }
        const int index = question.optionIndex(item.toString());
        if (index < 0) {
            QStringList known;
            for (const Option& o : question.options) {
                known << o.id;
            }
            reader.error(at, Text::tr(R"("%1" is not an option of "%2" (its options: %3))")
                                 .arg(shown(item.toString()), question.id, known.join(QStringLiteral(", "))));
            ok = false;
            return 0;
        }
        return answer::option(index);
    };

    if (question.kind == Question::Kind::One) {
        if (value.isArray()) {
            reader.error(path, Text::tr("\"%1\" takes one option as a string, not an array").arg(question.id));
            ok = false;
            return 0;
        }
        return optionBit(value, path);
    }

    if (!value.isArray()) {
        reader.error(
            path, Text::tr("\"%1\" takes an array of options, found %2").arg(question.id, JsonReader::typeName(value)));
        ok = false;
        return 0;
    }
    const QJsonArray items = value.toArray();
    AnswerValue bits = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        const AnswerValue bit = optionBit(items.at(i), at);
        if (bits & bit) {
            reader.error(at, Text::tr("\"%1\" is listed twice").arg(shown(items.at(i).toString())));
            ok = false;
        }
        bits |= bit;
    }
    if (ok && items.size() < question.minSelected) {
        reader.error(path, Text::tr("\"%1\" needs at least %2 option(s); leave it out if you don't know")
                               .arg(question.id, QString::number(question.minSelected)));
        ok = false;
    }
    return bits;
}

} // namespace

Answers parseAnswersObject(const QJsonObject& answers, const QString& path, const Questionnaire& questionnaire,
                           const JsonReader& reader, bool& ok)
{
    Answers given(questionnaire.questions().size());
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const QString at = JsonReader::join(path, it.key());
        const int index = questionnaire.indexOf(it.key());
        if (index < 0) {
            reader.error(at, Text::tr("unknown question \"%1\"").arg(shown(it.key())));
            ok = false;
            continue;
        }
        given[index] = parseAnswer(questionnaire.question(index), it.value(), at, reader, ok);
    }
    for (const Question& question : questionnaire.questions()) {
        if (ok && question.required && !answers.contains(question.id)) {
            reader.error(path, Text::tr("missing \"%1\": every answers file needs it").arg(question.id));
            ok = false;
        }
    }
    return given;
}

std::optional<AnswersFile> AnswersFile::parse(const QByteArray& json, const QString& file,
                                              const Questionnaire& questionnaire, Diagnostics& out)
{
    const JsonSource source(json, file);
    const std::optional<QJsonDocument> doc = source.parse(out);
    if (!doc) {
        return std::nullopt;
    }
    const JsonReader reader(source, out);
    const QJsonObject root = doc->object();
    bool ok = true;

    AnswersFile result;
    if (root.contains(u"code")) {
        if (!root.value(u"code").isString()) {
            reader.error(
                QStringLiteral("code"),
                Text::tr("expected a code id as a string, found %1").arg(JsonReader::typeName(root.value(u"code"))));
            ok = false;
        }
        result.code = root.value(u"code").toString();
    }
    if (root.contains(u"fingerprint")) {
        if (!root.value(u"fingerprint").isString()) {
            reader.error(QStringLiteral("fingerprint"),
                         Text::tr("expected the code's fingerprint as a string, found %1")
                             .arg(JsonReader::typeName(root.value(u"fingerprint"))));
            ok = false;
        }
        result.fingerprint = root.value(u"fingerprint").toString();
    }
    if (root.contains(u"note")) {
        if (!root.value(u"note").isString()) {
            reader.error(
                QStringLiteral("note"),
                Text::tr("expected a note as a string, found %1").arg(JsonReader::typeName(root.value(u"note"))));
            ok = false;
        }
        result.note = root.value(u"note").toString().left(kMaxNoteLength);
    }
    if (!root.value(u"answers").isObject()) {
        reader.error(
            root.contains(u"answers") ? QStringLiteral("answers") : QString(),
            root.contains(u"answers")
                ? Text::tr("expected an object of answers, found %1").arg(JsonReader::typeName(root.value(u"answers")))
                : Text::tr("missing \"answers\""));
        return std::nullopt;
    }
    result.given =
        parseAnswersObject(root.value(u"answers").toObject(), QStringLiteral("answers"), questionnaire, reader, ok);
    if (!ok) {
        return std::nullopt;
    }
    return result;
}

QJsonValue answerJson(const Question& question, AnswerValue value)
{
    if (value & answer::Unknown) {
        return QStringLiteral("unknown");
    }
    QJsonArray ids;
    for (std::size_t o = 0; o < question.options.size(); ++o) {
        if (value & answer::option(static_cast<int>(o))) {
            ids.append(question.options[o].id);
        }
    }
    return question.kind == Question::Kind::One ? ids.at(0) : QJsonValue(ids);
}

QJsonObject answersJson(const Questionnaire& questionnaire, const Answers& answers)
{
    QJsonObject out;
    for (int q = 0; q < questionnaire.size(); ++q) {
        if (answers[q] != answer::NotAsked) {
            out.insert(questionnaire.question(q).id, answerJson(questionnaire.question(q), answers[q]));
        }
    }
    return out;
}

QJsonObject givenAnswersJson(const Questionnaire& questionnaire, const Answers& answers)
{
    Answers given = answers;
    for (AnswerValue& value : given.values) {
        if (!answer::isGiven(value)) {
            value = answer::NotAsked; // "I don't know" is written as no answer
        }
    }
    return answersJson(questionnaire, given);
}

QJsonObject AnswersFile::toJsonObject(const Questionnaire& questionnaire) const
{
    QJsonObject root;
    if (!code.isEmpty()) {
        root.insert(QStringLiteral("code"), code);
    }
    if (!note.isEmpty()) {
        root.insert(QStringLiteral("note"), note);
    }
    if (!fingerprint.isEmpty()) {
        root.insert(QStringLiteral("fingerprint"), fingerprint);
    }
    root.insert(QStringLiteral("answers"), givenAnswersJson(questionnaire, given));
    return root;
}

QByteArray AnswersFile::toJson(const Questionnaire& questionnaire) const
{
    return QJsonDocument(toJsonObject(questionnaire)).toJson(QJsonDocument::Indented);
}

} // namespace codewijzer
