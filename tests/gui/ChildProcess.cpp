#include "ChildProcess.h"

#include "Assessment.h"
#include "MainWindow.h"
#include "WizardDriver.h"
#include "model/Questionnaire.h"

#include <QApplication>
#include <QComboBox>
#include <QThread>
#include <cstdio>
#include <cstdlib>

namespace codewijzer::test {

namespace {

// Answers part of an assessment in the wizard, as a person does, says "ready" and waits to be killed.
[[noreturn]] void answerAndWait()
{
    Assessment assessment;
    MainWindow window(&assessment);
    window.show();
    WizardDriver d(*window.wizard());
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("codeCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("mondia")));
    emit combo->activated(combo->currentIndex());
    d.next();
    d.choose("activity", {"publish"});
    d.next();
    d.choose("school_related", {"yes"});
    d.choose("channel", {"public"});
    d.choose("account", {"school"});
    d.next();
    d.choose("audience", {"parents", "public"});
    d.next();
    d.choose("content", {"pupil_images"});
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;) {
        QThread::sleep(1);
    }
}

// Saves two different assessments to one file, one after the other, until it is killed.
[[noreturn]] void saveForever(const QString& path)
{
    Assessment assessment;
    MainWindow window(&assessment);
    const Questionnaire& q = assessment.questionnaire();
    Diagnostics problems;
    assessment.setCode(*CodeOfConduct::loadBuiltin(QStringLiteral("dunamare"), q, problems),
                       QStringLiteral("dunamare"));
    Answers first(q.size());
    first[q.indexOf(u"activity")] = answer::option(q.question(q.indexOf(u"activity")).optionIndex(u"publish"));
    Answers second(q.size());
    second[q.indexOf(u"activity")] = answer::option(q.question(q.indexOf(u"activity")).optionIndex(u"connect"));
    bool announced = false;
    for (int i = 0;; ++i) {
        assessment.setGiven(i % 2 ? second : first);
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
