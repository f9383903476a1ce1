// Renders every page of the wizard in Dutch and English at 1366x768, as a person sees it, into
// PNG files: codewijzer-screenshots OUTDIR (run under Xvfb by the "screenshots" target).

#include "Assessment.h"
#include "CodewijzerWizard.h"
#include "Language.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QWindow>
#include <cstdio>

using namespace codewijzer;

namespace {

struct Shooter
{
    QString dir;
    QString language;
    int count = 0;

    void shoot(CodewijzerWizard& wizard, const QString& name)
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

void walk(const QString& dir, Language language)
{
    Assessment assessment;
    assessment.setLanguage(language);
    applyLanguage(language);
    CodewijzerWizard wizard(&assessment);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    wizard.move(screen.center() - wizard.rect().center());
    wizard.show();
    test::WizardDriver d(wizard);
    Shooter s{dir, language == Language::Dutch ? QStringLiteral("nl") : QStringLiteral("en")};

    // A Dunamare class photo: welcome, activity, context, audience, content, pupils, timing, review, result.
    s.shoot(wizard, QStringLiteral("welcome"));
    d.next();
    d.choose("activity", {"publish"});
    s.shoot(wizard, QStringLiteral("activity"));
    d.next();
    d.choose("school_related", {"yes"});
    d.choose("channel", {"public"});
    d.choose("account", {"school"});
    s.shoot(wizard, QStringLiteral("context"));
    d.next();
    d.choose("audience", {"public", "parents"});
    s.shoot(wizard, QStringLiteral("audience"));
    d.next();
    d.choose("content", {"pupil_images", "about_school"});
    s.shoot(wizard, QStringLiteral("content"));
    d.next();
    d.choose("pupil_age", {"under_16"});
    d.choose("consent", {"enrolment_only"});
    d.choose("prominent", {"no"});
    s.shoot(wizard, QStringLiteral("pupils"));
    d.next();
    d.choose("during_lesson", {"no"});
    s.shoot(wizard, QStringLiteral("timing"));
    d.next();
    s.shoot(wizard, QStringLiteral("review"));
    d.next();
    s.shoot(wizard, QStringLiteral("result"));
    d.control(QStringLiteral("article_III.B.9"))->click();
    s.shoot(wizard, QStringLiteral("result-article-open"));

    // A reaction to a negative post: the reaction page.
    wizard.startAgain();
    d.next();
    d.choose("activity", {"react"});
    d.next();
    d.choose("school_related", {"yes"});
    d.choose("channel", {"public"});
    d.choose("account", {"personal"});
    d.next();
    d.choose("audience", {"public"});
    d.next();
    d.next(); // no content
    d.choose("during_lesson", {"no"});
    d.next();
    d.choose("negative_post", {"yes"});
    d.choose("reaction_purpose", {"other"});
    d.choose("escalating", {"yes"});
    s.shoot(wizard, QStringLiteral("reaction"));
    d.next();
    d.next();
    s.shoot(wizard, QStringLiteral("result-stop-or-check"));

    // A WhatsApp message to a pupil: the page on ties and approval.
    wizard.startAgain();
    d.next();
    d.choose("activity", {"contact"});
    d.next();
    d.choose("channel", {"direct"});
    d.choose("account", {"personal"});
    d.next();
    d.choose("audience", {"pupils"});
    d.next();
    d.next();
    d.choose("during_lesson", {"no"});
    d.next();
    d.choose("prior_relationship", {"no"});
    d.choose("leadership_exception", {"no"});
    s.shoot(wizard, QStringLiteral("relationship"));
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
        walk(dir, Language::Dutch);
        walk(dir, Language::English);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "screenshots: %s\n", e.what());
        return 1;
    }
    return 0;
}
