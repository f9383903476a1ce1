#include "ChildProcess.h"

#include "MainWindow.h"
#include "WizardDriver.h"
#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"

#include <QApplication>
#include <QThread>
#include <cstdio>
#include <cstdlib>

namespace codewijzer::test {

namespace {

// Answers part of an assessment in the wizard, as a person does (a class photo under Mondia, up to the
// questions about the pupils), says "ready" and waits to be killed.
[[noreturn]] void answerAndWait()
{
    AssessmentDocument document;
    MainWindow window(&document);
    window.show();
    const Scenario scenario = Scenario::read(
        QStringLiteral(CODEWIJZER_SOURCE_DIR "/tests/scenarios/class-photo-enrolment-consent.mondia.json"));
    const Questionnaire& q = document.questionnaire();
    WizardDriver driver(*window.wizard());
    driver.chooseCode(scenario.file.code);
    driver.answer(scenario.file.given, AssessmentWizard::Page_FirstQuestions + q.pageOf(q.indexOf(u"pupil_age")));
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;) {
        QThread::sleep(1);
    }
}

// Saves two different assessments to one file, one after the other, until it is killed.
[[noreturn]] void saveForever(const QString& path)
{
    AssessmentDocument document;
    MainWindow window(&document);
    const Questionnaire& q = document.questionnaire();
    document.useCode(CodeSource::builtin(QStringLiteral("dunamare")));
    Answers first(q.size());
    first[q.indexOf(u"activity")] = answer::option(q.question(q.indexOf(u"activity")).optionIndex(u"publish"));
    Answers second(q.size());
    second[q.indexOf(u"activity")] = answer::option(q.question(q.indexOf(u"activity")).optionIndex(u"connect"));
    bool announced = false;
    for (int i = 0;; ++i) {
        document.setGiven(i % 2 ? second : first);
        QString error;
        if (!window.saveTo(path, error)) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            std::exit(3);
        }
        if (!announced) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            announced = true;
        }
    }
}

} // namespace

void runChildIfAsked(const QStringList& arguments)
{
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String(kChildAnswerAndWait)) {
        answerAndWait();
    }
    if (arguments.size() >= 3 && arguments.at(1) == QLatin1String(kChildSaveForever)) {
        saveForever(arguments.at(2));
    }
}

} // namespace codewijzer::test
