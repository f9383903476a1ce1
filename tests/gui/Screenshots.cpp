// Renders every page of the wizard in Dutch and English at 1366x768, as a person sees it, into
// PNG files: codewijzer-screenshots OUTDIR (run under Xvfb by the "screenshots" target). Also the
// window's dialogs, the resume offer, a locked code, and the pages of the PDF report (pdftoppm).

#include "MainWindow.h"
#include "ReportActions.h"
#include "Startup.h"
#include "WizardDriver.h"
#include "dialogs/CodeFileProblemDialog.h"
#include "dialogs/CodeViewDialog.h"
#include "dialogs/GuideDialog.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"
#include "session/AssessmentDocument.h"
#include "session/Recovery.h"
#include "session/TrainingSession.h"
#include "settings/ProgramLanguage.h"
#include "settings/Settings.h"
#include "training/TrainingWindow.h"
#include "widgets/Foldable.h"
#include "wizard/AssessmentWizard.h"
#include "wizard/ResultPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QScrollArea>
#include <QTest>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#include <functional>
#include <memory>

using namespace codewijzer;

namespace {

struct Shooter
{
    QString dir;
    QString language;
    int count = 0;

    void shoot(QWidget& wizard, const QString& name)
    {
        // The X server paints a new window a moment after it is shown: wait for it, then settle.
        QElapsedTimer waited;
        waited.start();
        while ((!wizard.windowHandle() || !wizard.windowHandle()->isExposed()) && waited.elapsed() < 5000) {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        for (QElapsedTimer settle; !settle.isValid() || settle.elapsed() < 150;) {
            if (!settle.isValid()) {
                settle.start();
            }
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        QScreen* screen = QGuiApplication::primaryScreen();
        const QPixmap shot = screen->grabWindow(0);
        const QString file =
            QStringLiteral("%1/%2-%3-%4.png").arg(dir, language).arg(++count, 2, 10, QChar(u'0')).arg(name);
        shot.save(file);
        std::printf("%s (wizard %dx%d at %d,%d)\n", qPrintable(file), wizard.frameGeometry().width(),
                    wizard.frameGeometry().height(), wizard.frameGeometry().x(), wizard.frameGeometry().y());
    }
};

// Shoots the modal dialog that `open` shows, then closes it.
void shootDialog(Shooter& s, QWidget& window, const QString& name, const std::function<void()>& open)
{
    QTimer::singleShot(400, &window, [&s, name] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (dialog) {
            s.shoot(*dialog, name);
            dialog->close();
        }
    });
    open();
}

void placeOnScreen(QWidget& window)
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    window.move(screen.center() - window.rect().center());
    window.show();
}

void walk(const QString& dir, Language language)
{
    QDir(Recovery::folder()).removeRecursively();
    useLanguage(language);
    auto document = std::make_unique<AssessmentDocument>();
    auto owner = std::make_unique<MainWindow>(document.get());
    MainWindow& window = *owner;
    window.setUnsavedAnswersQuestion([] { return QMessageBox::Discard; });
    window.setPendingResumeQuestion([] { return MainWindow::PendingResumeChoice::NewCheck; });
    window.setShowOtherCodes(true); // as a roll-out that compares the two codes

    placeOnScreen(window);
    AssessmentWizard& wizard = *window.wizard();
    test::WizardDriver d(wizard);
    Shooter s{dir, language == Language::Dutch ? QStringLiteral("nl") : QStringLiteral("en")};
    const Questionnaire& q = document->questionnaire();

    // A Dunamare class photo: welcome, activity, context, audience, content, pupils, timing, review, result.
    const test::Scenario photo = test::Scenario::read(
        QStringLiteral(CODEWIJZER_SOURCE_DIR "/tests/scenarios/class-photo-enrolment-consent.dunamare.json"));
    d.chooseCode(photo.file.code);
    s.shoot(window, QStringLiteral("welcome"));
    d.answer(photo.file.given, AssessmentWizard::Page_Review, [&](int page) {
        s.shoot(window, q.pages()[static_cast<std::size_t>(page - AssessmentWizard::Page_FirstQuestions)].id);
    });
    s.shoot(window, QStringLiteral("review"));
    d.next();
    s.shoot(window, QStringLiteral("result"));
    d.control(QStringLiteral("article_III.B.9"))->click();
    s.shoot(window, QStringLiteral("result-article-open"));
    // Under "More": what would change the verdict, and the same answers under the other code.
    auto* scroll = wizard.currentPage()->findChild<QScrollArea*>(QStringLiteral("scrollArea"));
    wizard.resultPage()->showMore();
    QApplication::processEvents();
    QApplication::processEvents();
    s.shoot(window, QStringLiteral("result-more"));
    if (auto* other = window.findChild<QLabel*>(QStringLiteral("compare_mondia"))) {
        scroll->ensureWidgetVisible(other, 0, 200);
    }
    s.shoot(window, QStringLiteral("result-what-if-compare"));
    // Trying another answer on the result: consent given explicitly.
    QComboBox* consent = nullptr;
    for (auto* combo :
         wizard.currentPage()->findChild<QWidget*>(QStringLiteral("tryGrid"))->findChildren<QComboBox*>()) {
        if (combo->parentWidget()->objectName() == u"answer_consent") {
            consent = combo;
        }
    }
    const int explicitConsent = consent->findText(document->questionnaire()
                                                      .question(document->questionnaire().indexOf(u"consent"))
                                                      .options[0]
                                                      .label.in(language));
    consent->setCurrentIndex(explicitConsent);
    emit consent->activated(explicitConsent);
    QApplication::processEvents();
    scroll->ensureWidgetVisible(wizard.currentPage()->findChild<QWidget*>(QStringLiteral("tryResetButton")), 0, 40);
    s.shoot(window, QStringLiteral("result-try-answer"));
    window.findChild<QMenu*>(QStringLiteral("menuFile"))
        ->popup(window.mapToGlobal(window.menuBar()->geometry().bottomLeft()));
    s.shoot(window, QStringLiteral("file-menu"));
    window.findChild<QMenu*>(QStringLiteral("menuFile"))->close();
    const QString pdf = QStringLiteral("%1/report-%2.pdf").arg(dir, s.language);
    QString error;
    if (!window.reports()->exportPdf(pdf, error)) {
        throw std::runtime_error(error.toStdString());
    }
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-png"),
                                                   pdf, QStringLiteral("%1/report-%2-page").arg(dir, s.language)});
    shootDialog(s, window, QStringLiteral("privacy"),
                [&] { window.findChild<QAction*>(QStringLiteral("actionPrivacy"))->trigger(); });

    // A heated discussion: the reaction page; a WhatsApp message to a pupil: the page on ties and approval.
    for (const auto& [file, shot] : {std::pair{"discussion-escalating.dunamare", "reaction"},
                                     std::pair{"whatsapp-pupil-no-exception.dunamare", "relationship"}}) {
        wizard.startAgain();
        const test::Scenario scenario = test::Scenario::read(
            QStringLiteral(CODEWIJZER_SOURCE_DIR "/tests/scenarios/%1.json").arg(QLatin1String(file)));
        const QString page = QLatin1String(shot);
        d.answer(scenario.file.given, AssessmentWizard::Page_Review, [&](int id) {
            if (q.pages()[static_cast<std::size_t>(id - AssessmentWizard::Page_FirstQuestions)].id == page) {
                s.shoot(window, page);
            }
        });
        if (page == u"reaction") {
            d.next();
            s.shoot(window, QStringLiteral("result-stop-or-check"));
        }
    }
    // A hurtful post to report: the result heads with what to do, not with a green "Go".
    wizard.startAgain();
    d.answer(test::Scenario::read(
                 QStringLiteral(CODEWIJZER_SOURCE_DIR "/tests/scenarios/report-offensive-post.dunamare.json"))
                 .file.given,
             AssessmentWizard::Page_Review, [&](int) { s.shoot(window, QStringLiteral("report-question")); });
    d.next();
    s.shoot(window, QStringLiteral("result-report"));

    // Killed halfway: the next start offers to go on.
    owner.reset();
    document.reset(); // its recovery file stays, as after a crash
    document = std::make_unique<AssessmentDocument>();
    owner = std::make_unique<MainWindow>(document.get());
    owner->setPendingResumeQuestion([] { return MainWindow::PendingResumeChoice::Stay; });
    placeOnScreen(*owner);
    owner->offerResume();
    s.shoot(*owner, QStringLiteral("welcome-resume"));
    owner->deleteMyAnswers();
    owner.reset();

    // Set up by the school's IT staff: the code locked; a broken school code file.
    AssessmentDocument fresh;
    MainWindow locked(&fresh);
    placeOnScreen(locked);
    applyStartupCode(locked, StartupChoice{CodeSource::builtin(QStringLiteral("mondia")), SettingSource::BesideProgram,
                                           true, language, SettingSource::BesideProgram});
    s.shoot(locked, QStringLiteral("welcome-locked"));
    applyStartupCode(locked,
                     StartupChoice{CodeSource::file(QStringLiteral(CODEWIJZER_SOURCE_DIR
                                                                   "/tests/data/malformed/several-problems.json")),
                                   SettingSource::BesideProgram, true, language, SettingSource::BesideProgram},
                     [&](CodeFileProblemDialog& dialog) -> std::optional<QString> {
                         dialog.show();
                         s.shoot(dialog, QStringLiteral("broken-code-file"));
                         return dialog.chosenCode();
                     });
    locked.close();

    // The class photo's consent request on the result, and the whole code to read (last, so that the
    // numbers of the pictures above stay as they were).
    AssessmentDocument draftsDocument;
    MainWindow draftsWindow(&draftsDocument);
    draftsWindow.setUnsavedAnswersQuestion([] { return QMessageBox::Discard; });
    placeOnScreen(draftsWindow);
    test::WizardDriver drafts(*draftsWindow.wizard());
    drafts.chooseCode(photo.file.code);
    drafts.answer(photo.file.given, AssessmentWizard::Page_Review);
    draftsDocument.setNote(language == Language::Dutch
                               ? QStringLiteral("de klassenfoto van 1B voor het Instagram-account van de school")
                               : QStringLiteral("the class photo of 1B for the school's Instagram account"));
    drafts.next();
    if (auto* fold = draftsWindow.findChild<Foldable*>(QStringLiteral("draft_toestemming-beelden-ouders"))) {
        fold->setOpen(true);
    }
    s.shoot(draftsWindow, QStringLiteral("result-draft"));
    if (CodeViewDialog* view = draftsWindow.openCodeView(QStringLiteral("III.B.9"))) {
        view->setSearch(language == Language::Dutch ? QStringLiteral("toestemming") : QStringLiteral("consent"));
        view->showArticle(QStringLiteral("III.B.9"));
        s.shoot(*view, QStringLiteral("code-view"));
        view->close();
    }

    // The first page with the assessment just saved in its list, and the user guide.
    QTemporaryDir saved;
    const QString file = saved.filePath(language == Language::Dutch ? QStringLiteral("klassenfoto-1B.codewijzer")
                                                                    : QStringLiteral("class-photo-1B.codewijzer"));
    if (draftsWindow.saveTo(file, error)) {
        draftsWindow.wizard()->restart();
        s.shoot(draftsWindow, QStringLiteral("welcome-recent"));
    }
    settings::forgetRecentAssessments();
    GuideDialog* guide = draftsWindow.openGuide();
    guide->resize(760, 700);
    QApplication::processEvents();
    s.shoot(*guide, QStringLiteral("guide"));
    guide->close();
    draftsWindow.close();
}

// Training mode as a trainer uses it: a case, answers revealed, the quiz, a what-if change, the
// codes side by side; then the presenter view, full screen, after every step of a quiz case taken by
// Page Down alone. Named by the screen size, to be run at 1366x768 and at 1920x1080, under a window
// manager (tests/gui/run-with-wm.sh) so that full screen is real.
void walkTraining(const QString& dir, Language language)
{
    QDir(Recovery::folder()).removeRecursively();
    useLanguage(language);
    AssessmentDocument document;
    MainWindow window(&document);
    placeOnScreen(window);
    const QSize screen = QGuiApplication::primaryScreen()->size();
    Shooter s{dir, QStringLiteral("%1-%2x%3").arg(languageCode(language)).arg(screen.width()).arg(screen.height())};
    TrainingWindow& training = *window.openTraining();
    s.shoot(training, QStringLiteral("training-opened"));
    training.showMaximized();
    training.session().selectCode(CodeSource::builtin(QStringLiteral("dunamare")));
    training.session().selectCase(QStringLiteral("klassenfoto-instagram"));
    s.shoot(training, QStringLiteral("training-case"));
    training.findChild<QCheckBox*>(QStringLiteral("quizCheck"))->setChecked(true);
    training.session().revealNextAnswer();
    training.session().revealNextAnswer();
    training.session().revealNextAnswer();
    s.shoot(training, QStringLiteral("training-reveal"));
    training.session().revealAllAnswers();
    s.shoot(training, QStringLiteral("training-quiz"));
    training.session().guess(Verdict::Go);
    training.session().showVerdict();
    s.shoot(training, QStringLiteral("training-verdict"));
    const int consent = document.questionnaire().indexOf(QStringLiteral("consent"));
    training.session().setAnswer(consent,
                                 answer::option(document.questionnaire().question(consent).optionIndex(u"explicit")));
    training.findChild<QScrollArea*>(QStringLiteral("caseScroll"))
        ->ensureWidgetVisible(training.findChild<QWidget*>(QStringLiteral("verdictFrame")));
    s.shoot(training, QStringLiteral("training-whatif"));
    training.showComparison(); // window-modal, not blocking: shoot it, then close it
    s.shoot(*QApplication::activeModalWidget(), QStringLiteral("training-compare"));
    QApplication::activeModalWidget()->close();
    training.chooseCases();
    s.shoot(*QApplication::activeModalWidget(), QStringLiteral("training-choose-cases"));
    QApplication::activeModalWidget()->close();

    // The presenter view, by the remote's keys alone: F11, then Page Down after Page Down.
    training.session().selectCode(CodeSource::builtin(QStringLiteral("mondia")));
    training.session().selectCase(QStringLiteral("whatsapp-groep-klas"));
    training.showNormal();
    QTest::qWait(300);
    QTest::keyClick(&training, Qt::Key_F11);
    QTest::qWait(600);
    std::printf("full screen: %d, window %dx%d\n", (training.windowState() & Qt::WindowFullScreen) ? 1 : 0,
                training.windowHandle()->geometry().width(), training.windowHandle()->geometry().height());
    const int caseIndex = training.session().caseIndex();
    for (int step = 0; step < 30 && training.session().caseIndex() == caseIndex; ++step) {
        const char* kinds[] = {"situation", "answer", "guess", "verdict", "advice", "article"};
        const TrainingStep now = training.session().step();
        s.shoot(training, QStringLiteral("presenter-step-%1-%2")
                              .arg(step, 2, 10, QChar(u'0'))
                              .arg(QLatin1String(kinds[static_cast<int>(now.kind)])));
        if (training.session().waitsForGuess()) {
            QTest::keyClick(&training, Qt::Key_PageDown); // stuck? the hint says what to do
            s.shoot(training, QStringLiteral("presenter-step-%1-guess-waits").arg(step, 2, 10, QChar(u'0')));
            QTest::keyClick(&training, Qt::Key_2);
            continue;
        }
        QTest::keyClick(&training, Qt::Key_PageDown);
    }
    s.shoot(training, QStringLiteral("presenter-next-case"));
    QTest::keyClick(&training, Qt::Key_B);
    s.shoot(training, QStringLiteral("presenter-blank"));
    QTest::keyClick(&training, Qt::Key_B);
    training.showComparison();
    s.shoot(*QApplication::activeModalWidget(), QStringLiteral("presenter-compare"));
    QApplication::activeModalWidget()->close();
    training.showQuizSummary();
    s.shoot(*QApplication::activeModalWidget(), QStringLiteral("presenter-quiz-results"));
    QApplication::activeModalWidget()->close();
    QTest::keyClick(&training, Qt::Key_Escape);
    QTest::qWait(600);
    s.shoot(training, QStringLiteral("training-after-presenter"));
    std::printf("after the presenter view: window %dx%d at %d,%d\n", training.frameGeometry().width(),
                training.frameGeometry().height(), training.frameGeometry().x(), training.frameGeometry().y());

    if (screen.width() == 1366) {
        // Both handouts of a few chosen cases, page by page, as they print.
        training.session().selectCode(CodeSource::builtin(QStringLiteral("dunamare")));
        QStringList chosen;
        for (std::size_t i = 0; i < training.session().allCases().size(); i += 3) {
            chosen << training.session().allCases()[i].id;
        }
        training.startSession(chosen, false);
        for (const auto& [kind, name] :
             {std::pair{Handout::Kind::Exercise, "exercise-sheet"}, std::pair{Handout::Kind::Key, "answer-key"}}) {
            const QString pdf = QStringLiteral("%1/%2-%3.pdf").arg(dir, languageCode(language), QLatin1String(name));
            QString error;
            if (!training.exportHandout(pdf, kind, error)) {
                throw std::runtime_error(error.toStdString());
            }
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-l"),
                               QStringLiteral("2"), pdf,
                               QStringLiteral("%1/%2-%3-page").arg(dir, languageCode(language), QLatin1String(name))});
        }
    }
    training.close();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Codewijzer-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(dir);
    try {
        if (argc > 2 && QByteArray(argv[2]) == "--training") {
            walkTraining(dir, Language::Dutch);
            walkTraining(dir, Language::English);
            return 0;
        }
        walk(dir, Language::Dutch);
        walk(dir, Language::English);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "screenshots: %s\n", e.what());
        return 1;
    }
    return 0;
}
