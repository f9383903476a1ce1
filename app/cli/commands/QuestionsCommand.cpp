#include "CommandSupport.h"
#include "Commands.h"
#include "model/QuestionHelp.h"
#include "model/Questionnaire.h"
#include "render/ConditionText.h"
#include "render/Phrases.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace codewijzer::cli {

namespace {

class QuestionsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(QuestionsCommand)

public:
    QuestionsCommand()
        : Command(
              {QStringLiteral("questions"),
               tr("[--code ID | --code-file PATH] [--lang nl|en] [--format json|text]"),
               {QStringLiteral("code"), QStringLiteral("code-file"), QStringLiteral("lang"), QStringLiteral("format")}})
    {}

    QString description() const override
    {
        return tr("list the questions, their options and when each is asked; with a code, only the ones it asks");
    }

    int run(const CommandLine& line, CommandIo& io) const override
    {
        std::shared_ptr<const LoadedCode> loaded;
        if (!line.code.isEmpty() || !line.codeFile.isEmpty()) {
            loaded = loadCode(line, {}, io);
            if (!loaded) {
                return BadInput;
            }
        }
        const CodeOfConduct* code = loaded ? &loaded->code : nullptr;
        const Questionnaire& questionnaire = Questionnaire::builtin();
        io.out << (line.format == Format::Json ? jsonText(json(questionnaire, code, line.language))
                                               : text(questionnaire, code, line.language));
        return Success;
    }

private:
    // The ids of the rules whose condition looks at question `q`.
    static QStringList rulesUsing(const CodeOfConduct& code, int q)
    {
        QStringList ids;
        for (const Rule& rule : code.rules) {
            const std::vector<int> used = rule.when.questions();
            if (std::find(used.begin(), used.end(), q) != used.end()) {
                ids << rule.id;
            }
        }
        return ids;
    }

    static QJsonArray json(const Questionnaire& questionnaire, const CodeOfConduct* code, Language language)
    {
        QJsonArray out;
        for (int q = 0; q < questionnaire.size(); ++q) {
            if (!asks(code, q)) {
                continue;
            }
            const Question& question = questionnaire.question(q);
            QJsonArray options;
            for (const Option& option : question.options) {
                options.append(QJsonObject{{QStringLiteral("id"), option.id},
                                           {QStringLiteral("label"), option.label.in(language)}});
            }
            QJsonObject entry{{QStringLiteral("id"), question.id},
                              {QStringLiteral("kind"), question.kind == Question::Kind::One
                                                           ? QStringLiteral("one")
                                                           : QStringLiteral("several")},
                              {QStringLiteral("text"), question.text.in(language)},
                              {QStringLiteral("help"), questionHelp(questionnaire, q, code, Answers()).in(language)},
                              {QStringLiteral("options"), options},
                              {QStringLiteral("asked_when"), describeCondition(question.askedWhen, questionnaire)},
                              {QStringLiteral("offers_unknown"), question.unknownOption >= 0}};
            if (code) {
                entry.insert(QStringLiteral("rules"), QJsonArray::fromStringList(rulesUsing(*code, q)));
                entry.insert(QStringLiteral("help_from_code"), hasOwnHelp(*code, q));
            }
            out.append(entry);
        }
        return out;
    }

    static QString text(const Questionnaire& questionnaire, const CodeOfConduct* code, Language language)
    {
        QString out;
        QStringList left;
        int number = 0;
        bool dutchOnly = false; // a help text of the code's own without English, in the English list
        for (int q = 0; q < questionnaire.size(); ++q) {
            const Question& question = questionnaire.question(q);
            if (!asks(code, q)) {
                left << question.id;
                continue;
            }
            const LocalizedText help = questionHelp(questionnaire, q, code, Answers());
            dutchOnly = dutchOnly || (language == Language::English && !help.hasEnglish());
            out += QStringLiteral("%1. %2 [%3]\n").arg(++number).arg(question.text.in(language), question.id);
            out += QStringLiteral("   ") + help.in(language) + u'\n';
            out += QStringLiteral("   ") +
                   (question.kind == Question::Kind::One ? tr("Choose one:") : tr("Choose any:")) + u'\n';
            for (const Option& option : question.options) {
                out += QStringLiteral("     - %1: %2\n").arg(option.id, option.label.in(language));
            }
            out += QStringLiteral("   ") +
                   tr("Asked when: %1").arg(describeCondition(question.askedWhen, questionnaire)) + u'\n';
            if (code) {
                const QStringList rules = rulesUsing(*code, q);
                out += QStringLiteral("   ") +
                       tr("Rules of %1 that use it: %2")
                           .arg(code->id, rules.isEmpty() ? tr("none") : rules.join(QStringLiteral(", "))) +
                       u'\n';
            }
            out += u'\n';
        }
        if (!left.isEmpty()) {
            out += tr("Not asked under %1: no rule of it looks at these questions: %2")
                       .arg(code->id, left.join(QStringLiteral(", "))) +
                   u'\n';
        }
        // As the other English outputs mark the code's texts without English: once, at the top.
        return dutchOnly ? dutchOnlyNotice() + QStringLiteral("\n\n") + out : out;
    }

    // Without a code, every question; with one, those its rules need (CodeOfConduct::asks).
    static bool asks(const CodeOfConduct* code, int q) { return !code || code->asks[static_cast<std::size_t>(q)]; }
};

} // namespace

std::unique_ptr<Command> makeQuestionsCommand()
{
    return std::make_unique<QuestionsCommand>();
}

} // namespace codewijzer::cli
