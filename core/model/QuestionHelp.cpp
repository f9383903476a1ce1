#include "model/QuestionHelp.h"

#include "io/JsonSource.h"
#include "io/Printable.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CodeFile)
};

// How many single-character edits turn `a` into `b` (Levenshtein); stops counting past `limit`.
int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(static_cast<int>(a.size() - b.size())) > limit) {
        return limit + 1;
    }
    std::vector<int> row(static_cast<std::size_t>(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j) {
        row[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto at = static_cast<std::size_t>(j);
            const int above = row[at];
            row[at] = std::min({row[at] + 1, row[at - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

// "unknown question": with the id it most likely means, or else every id there is.
QString unknownQuestion(const QString& id, const Questionnaire& questionnaire)
{
    constexpr int kNear = 3;
    QString nearest;
    int best = kNear + 1;
    QStringList ids;
    for (const Question& question : questionnaire.questions()) {
        ids << question.id;
        const int distance = editDistance(id.toLower(), question.id, kNear);
        if (distance < best) {
            best = distance;
            nearest = question.id;
        }
    }
    if (!nearest.isEmpty() && best < static_cast<int>(nearest.size()) / 2 + 1) {
        return Text::tr(R"(unknown question "%1": did you mean "%2"?)").arg(shown(id), nearest);
    }
    return Text::tr(R"(unknown question "%1" (questions: %2))").arg(shown(id), ids.join(QStringLiteral(", ")));
}

QString entryPath(const QString& id)
{
    return JsonReader::join(QStringLiteral("questions"), id);
}

} // namespace

std::vector<LocalizedText> parseQuestionHelp(const QJsonObject& root, const Questionnaire& questionnaire,
                                             const JsonReader& reader)
{
    if (!root.contains(u"questions")) {
        return {};
    }
    const QJsonObject entries = reader.object(root, QStringLiteral("questions"), {}, false);
    std::vector<LocalizedText> help(questionnaire.questions().size());
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QString at = entryPath(it.key());
        const int q = questionnaire.indexOf(it.key());
        if (q < 0) {
            reader.error(at, unknownQuestion(it.key(), questionnaire));
            continue;
        }
        if (!it.value().isObject()) {
            reader.error(at,
                         Text::tr(R"(expected an object with "help", found %1)").arg(JsonReader::typeName(it.value())));
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        reader.rejectUnknownKeys(entry, at, {u"help", u"notes"});
        reader.notes(entry, at);
        help[static_cast<std::size_t>(q)] = reader.localized(entry, QStringLiteral("help"), at);
    }
    return help;
}

void warnUnaskedQuestionHelp(CodeOfConduct& code, const Questionnaire& questionnaire, const JsonReader& reader)
{
    for (int q = 0; q < questionnaire.size(); ++q) {
        if (hasOwnHelp(code, q) && !code.asks[static_cast<std::size_t>(q)]) {
            const QString& id = questionnaire.question(q).id;
            code.warnings.push_back(reader.warning(
                entryPath(id),
                Text::tr(R"(this code never asks question "%1" (no rule looks at it): its help text is not shown)")
                    .arg(id)));
        }
    }
}

bool hasOwnHelp(const CodeOfConduct& code, int q)
{
    const auto at = static_cast<std::size_t>(q);
    return q >= 0 && at < code.questionHelp.size() && !code.questionHelp[at].nl.isEmpty();
}

QuestionWording questionWording(const Questionnaire& questionnaire, int q, const CodeOfConduct* code,
                                const Answers& answers)
{
    const Question& question = questionnaire.question(q);
    QuestionWording wording = answers.values.empty()
                                  ? QuestionWording{{}, question.text, question.shortLabel, question.help}
                                  : question.wordingFor(answers);
    if (code && hasOwnHelp(*code, q)) {
        wording.help = code->questionHelp[static_cast<std::size_t>(q)];
    }
    return wording;
}

LocalizedText questionHelp(const Questionnaire& questionnaire, int q, const CodeOfConduct* code, const Answers& answers)
{
    return questionWording(questionnaire, q, code, answers).help;
}

} // namespace codewijzer
