#include "model/Questionnaire.h"

#include "io/JsonSource.h"
#include "io/Printable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <bit>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireFile)
};

Question parseQuestion(const QJsonObject& object, const QString& path, const std::vector<Question>& earlier,
                       const JsonReader& reader)
{
    reader.rejectUnknownKeys(object, path,
                             {u"id", u"kind", u"page", u"text", u"short", u"help", u"options", u"askedWhen",
                              u"minSelected", u"required", u"fact", u"unknownReason", u"noneReason", u"wordings",
                              u"presets"});
    Question q;
    q.id = reader.string(object, QStringLiteral("id"), path);
    const QString kind = reader.string(object, QStringLiteral("kind"), path);
    if (kind == u"several") {
        q.kind = Question::Kind::Several;
    } else if (kind != u"one" && !kind.isEmpty()) {
        reader.error(JsonReader::join(path, QStringLiteral("kind")),
                     Text::tr(R"(expected "one" or "several", found "%1")").arg(kind));
    }
    q.page = reader.string(object, QStringLiteral("page"), path);
    q.text = reader.localized(object, QStringLiteral("text"), path);
    q.shortLabel = reader.localized(object, QStringLiteral("short"), path);
    q.help = reader.localized(object, QStringLiteral("help"), path);
    q.unknownReason = reader.localized(object, QStringLiteral("unknownReason"), path, false);
    q.noneReason = reader.localized(object, QStringLiteral("noneReason"), path, false);
    q.minSelected = object.value(u"minSelected").toInt(0);
    q.required = object.value(u"required").toBool(false);
    q.fact = object.value(u"fact").toBool(false);

    const QJsonArray options = reader.array(object, QStringLiteral("options"), path);
    const QString optionsPath = JsonReader::join(path, QStringLiteral("options"));
    if (options.size() > answer::kMaxOptions) {
        reader.error(optionsPath, Text::tr("at most %1 options").arg(answer::kMaxOptions));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < options.size() && i < answer::kMaxOptions; ++i) {
        const QString at = JsonReader::index(optionsPath, i);
        const QJsonObject o = options.at(i).toObject();
        reader.rejectUnknownKeys(o, at, {u"id", u"label", u"reason"});
        Option option{reader.string(o, QStringLiteral("id"), at), reader.localized(o, QStringLiteral("label"), at),
                      reader.localized(o, QStringLiteral("reason"), at, false)};
        if (seen.contains(option.id)) {
            reader.error(at, Text::tr("option \"%1\" appears twice").arg(option.id));
        }
        seen.insert(option.id);
        if (option.id == u"unknown") {
            q.unknownOption = static_cast<int>(i);
        }
        q.options.push_back(std::move(option));
    }
    const int self = static_cast<int>(earlier.size());
    q.askedWhen = Condition::parse(object.value(u"askedWhen"), JsonReader::join(path, QStringLiteral("askedWhen")),
                                   earlier, reader, self - 1);
    const QString wordingsPath = JsonReader::join(path, QStringLiteral("wordings"));
    const QJsonArray wordings = reader.array(object, QStringLiteral("wordings"), path, false);
    for (qsizetype i = 0; i < wordings.size(); ++i) {
        const QString at = JsonReader::index(wordingsPath, i);
        const QJsonObject w = wordings.at(i).toObject();
        reader.rejectUnknownKeys(w, at, {u"when", u"text", u"short", u"help"});
        q.wordings.push_back({Condition::parse(w.value(u"when"), JsonReader::join(at, QStringLiteral("when")), earlier,
                                               reader, self - 1),
                              reader.localized(w, QStringLiteral("text"), at, false),
                              reader.localized(w, QStringLiteral("short"), at, false),
                              reader.localized(w, QStringLiteral("help"), at, false)});
    }
    const QString presetsPath = JsonReader::join(path, QStringLiteral("presets"));
    const QJsonArray presets = reader.array(object, QStringLiteral("presets"), path, false);
    for (qsizetype i = 0; i < presets.size(); ++i) {
        const QString at = JsonReader::index(presetsPath, i);
        const QJsonObject p = presets.at(i).toObject();
        reader.rejectUnknownKeys(p, at, {u"when", u"options"});
        QuestionPreset preset{
            Condition::parse(p.value(u"when"), JsonReader::join(at, QStringLiteral("when")), earlier, reader, self - 1),
            0};
        const QJsonArray presetOptions = reader.array(p, QStringLiteral("options"), at);
        for (const auto& option : presetOptions) {
            const QString id = option.toString();
            const int o = q.optionIndex(id);
            if (o < 0) {
                reader.error(JsonReader::join(at, QStringLiteral("options")),
                             Text::tr(R"("%1" is not an option of this question)").arg(id));
                continue;
            }
            preset.value |= answer::option(o);
        }
        q.presets.push_back(std::move(preset));
    }
    return q;
}

} // namespace

std::vector<AnswerValue> Question::possibleAnswers() const
{
    std::vector<AnswerValue> answers;
    if (kind == Kind::One) {
        for (std::size_t o = 0; o < options.size(); ++o) {
            answers.push_back(answer::option(static_cast<int>(o)));
        }
    } else {
        for (AnswerValue set = 0; set <= allOptions(); ++set) {
            if (std::popcount(set) >= minSelected) {
                answers.push_back(set);
            }
        }
    }
    if (unknownOption < 0 && !required) {
        answers.push_back(answer::Unknown);
    }
    return answers;
}

const Questionnaire& Questionnaire::builtin()
{
    static const Questionnaire instance = [] {
        QFile file(QStringLiteral(":/questionnaire.json"));
        Diagnostics problems;
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("The built-in questionnaire is missing from the resources");
        }
        std::optional<Questionnaire> q = load(file.readAll(), file.fileName(), problems);
        if (!q) {
            for (const Diagnostic& d : problems) {
                qCritical("%s", qPrintable(d.toString()));
            }
            qFatal("The built-in questionnaire does not load");
        }
        return std::move(*q);
    }();
    return instance;
}

std::optional<Questionnaire> Questionnaire::load(const QByteArray& json, const QString& file, Diagnostics& out)
{
    const JsonSource source(json, file);
    const std::size_t before = out.size();
    const std::optional<QJsonDocument> doc = source.parse(out);
    if (!doc) {
        return std::nullopt;
    }
    const JsonReader reader(source, out);
    const QJsonObject root = doc->object();
    reader.rejectUnknownKeys(root, {}, {u"format", u"formatVersion", u"labels", u"verdicts", u"pages", u"questions"});
    if (root.value(u"format").toString() != u"codewijzer-questionnaire") {
        reader.error(QStringLiteral("format"), Text::tr("expected \"codewijzer-questionnaire\""));
    }

    Questionnaire result;
    const QJsonObject labels = reader.object(root, QStringLiteral("labels"), {});
    result.m_unknownLabel = reader.localized(labels, QStringLiteral("unknown"), QStringLiteral("labels"));
    result.m_noneLabel = reader.localized(labels, QStringLiteral("none"), QStringLiteral("labels"));

    const QJsonObject verdicts = reader.object(root, QStringLiteral("verdicts"), {});
    for (Verdict v : kAllVerdicts) {
        const QString at = JsonReader::join(QStringLiteral("verdicts"), verdictId(v));
        const QJsonObject entry = reader.object(verdicts, verdictId(v), QStringLiteral("verdicts"));
        result.m_verdictLabels[severity(v)] = reader.localized(entry, QStringLiteral("label"), at);
        result.m_verdictDescriptions[severity(v)] = reader.localized(entry, QStringLiteral("description"), at);
    }

    const QJsonArray pageList = reader.array(root, QStringLiteral("pages"), {});
    for (qsizetype i = 0; i < pageList.size(); ++i) {
        const QString at = JsonReader::index(QStringLiteral("pages"), i);
        const QJsonObject page = pageList.at(i).toObject();
        reader.rejectUnknownKeys(page, at, {u"id", u"title", u"subtitle"});
        result.m_pages.push_back({reader.string(page, QStringLiteral("id"), at),
                                  reader.localized(page, QStringLiteral("title"), at),
                                  reader.localized(page, QStringLiteral("subtitle"), at),
                                  {}});
    }

    const QJsonArray questionList = reader.array(root, QStringLiteral("questions"), {});
    QSet<QString> ids;
    for (qsizetype i = 0; i < questionList.size(); ++i) {
        const QString at = JsonReader::index(QStringLiteral("questions"), i);
        if (!questionList.at(i).isObject()) {
            reader.error(at, Text::tr("expected an object"));
            continue;
        }
        Question q = parseQuestion(questionList.at(i).toObject(), at, result.m_questions, reader);
        if (ids.contains(q.id)) {
            reader.error(at, Text::tr("question \"%1\" appears twice").arg(q.id));
        }
        ids.insert(q.id);
        // Pages follow the questions' order: a question's page is its predecessor's, or a later one.
        const auto page = std::find_if(result.m_pages.begin(), result.m_pages.end(),
                                       [&](const QuestionnairePage& p) { return p.id == q.page; });
        const int pageIndex = static_cast<int>(page - result.m_pages.begin());
        if (page == result.m_pages.end()) {
            reader.error(JsonReader::join(at, QStringLiteral("page")),
                         Text::tr(R"(page "%1" is not among the "pages")").arg(q.page));
        } else if (!result.m_pageOfQuestion.empty() && pageIndex < result.m_pageOfQuestion.back()) {
            reader.error(JsonReader::join(at, QStringLiteral("page")),
                         Text::tr("page \"%1\" comes before the page of the question before it").arg(q.page));
        } else {
            page->questions.push_back(static_cast<int>(result.m_questions.size()));
        }
        result.m_pageOfQuestion.push_back(pageIndex);
        result.m_questions.push_back(std::move(q));
    }
    for (const QuestionnairePage& page : result.m_pages) {
        if (page.questions.empty()) {
            reader.error(QStringLiteral("pages"), Text::tr("page \"%1\" has no questions").arg(page.id));
        }
    }
    if (out.size() != before) {
        return std::nullopt;
    }
    return result;
}

int Questionnaire::indexOf(QStringView id) const
{
    for (std::size_t i = 0; i < m_questions.size(); ++i) {
        if (m_questions[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

Answers Questionnaire::resolve(const Answers& given, std::vector<int>* ignored, const QuestionSet& asks) const
{
    Answers resolved(m_questions.size());
    for (int i = 0; i < size(); ++i) {
        const AnswerValue value = i < static_cast<int>(given.values.size()) ? given[i] : answer::NotAsked;
        if (isAsked(i, resolved, asks)) {
            resolved[i] = value == answer::NotAsked ? question(i).unanswered() : value;
        } else if (value != answer::NotAsked && ignored && isAsked(i, resolved)) {
            continue; // asked by the flow, but not by this code: no warning, it changes nothing
        } else if (value != answer::NotAsked && ignored) {
            ignored->push_back(i);
        }
    }
    return resolved;
}

Answers Questionnaire::resolveAnswered(const Answers& given, const QuestionSet& asks) const
{
    Answers resolved(m_questions.size());
    for (int i = 0; i < size(); ++i) {
        const AnswerValue value = i < static_cast<int>(given.values.size()) ? given[i] : answer::NotAsked;
        if (value != answer::NotAsked && isAsked(i, resolved, asks)) {
            resolved[i] = value;
        }
    }
    return resolved;
}

std::vector<int> Questionnaire::askedQuestions(const Answers& given, const QuestionSet& asks) const
{
    const Answers resolved = resolve(given, nullptr, asks);
    std::vector<int> asked;
    for (int i = 0; i < size(); ++i) {
        if (resolved[i] != answer::NotAsked) {
            asked.push_back(i);
        }
    }
    return asked;
}

int Questionnaire::nextQuestion(int after, const Answers& given, const QuestionSet& asks) const
{
    const Answers resolved = resolve(given, nullptr, asks);
    for (int i = after + 1; i < size(); ++i) {
        if (resolved[i] != answer::NotAsked) {
            return i;
        }
    }
    return -1;
}

QString Questionnaire::describeValue(int index, AnswerValue value, Language language) const
{
    const Question& q = question(index);
    if (value & q.unknownMask()) {
        return m_unknownLabel.in(language);
    }
    if (value == answer::NotAsked) {
        return {};
    }
    QStringList labels;
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        if (value & answer::option(static_cast<int>(i))) {
            labels << q.options[i].label.in(language);
        }
    }
    return labels.isEmpty() ? m_noneLabel.in(language) : labels.join(QStringLiteral("; "));
}

QString Questionnaire::describeAnswer(int index, AnswerValue value, Language language) const
{
    return question(index).shortLabel.in(language) + QStringLiteral(": ") + describeValue(index, value, language);
}

} // namespace codewijzer
