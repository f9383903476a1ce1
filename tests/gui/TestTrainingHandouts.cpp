// Training mode's session and what it gives on paper (offscreen): the choice of cases and its
// session file, the exercise sheet and the answer key, and the quiz summary with its PDF. The
// remote's steps and the window: TestTrainingRemote.cpp.

#include "ReadBack.h"
#include "TrainingRemoteFixture.h"
#include "model/Questionnaire.h"
#include "render/Phrases.h"
#include "training/CaseChoiceDialog.h"
#include "training/CaseLibrary.h"
#include "training/QuizSummaryDialog.h"

#include <QCheckBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace codewijzer;
using codewijzer::test::TrainingRemote;

namespace {

QString pdfText(const QString& pdf)
{
    // The PDF's ligatures back as letters.
    return codewijzer::test::pdfToText(pdf, {QStringLiteral("-layout")})
        .replace(QStringLiteral("ﬁ"), QStringLiteral("fi"))
        .replace(QStringLiteral("ﬂ"), QStringLiteral("fl"))
        .replace(QStringLiteral("ﬀ"), QStringLiteral("ff"))
        .replace(QStringLiteral("ﬃ"), QStringLiteral("ffi"));
}

} // namespace

TEST_F(TrainingRemote, TheCasesOfASessionAreChosenOrderedSavedAndOpenedAgain)
{
    TrainingWindow& training = open("dunamare");
    CaseChoiceDialog* dialog = training.chooseCases();
    ASSERT_TRUE(dialog);
    const std::vector<TrainingCase>& all = training.session().allCases();
    dialog->setChosenIds({all[4].id, all[2].id, all[7].id});
    auto* list = child<QListWidget>(*dialog, "caseChoiceList");
    ASSERT_EQ(list->count(), static_cast<int>(all.size()));
    EXPECT_EQ(list->item(0)->data(Qt::UserRole).toString(), all[4].id) << "the chosen ones first, in order";
    // Move the third chosen case up one place, as a person does with the Up button.
    list->setCurrentRow(2);
    QTest::mouseClick(child<QPushButton>(*dialog, "moveUpButton"), Qt::LeftButton);
    const QStringList chosen{all[4].id, all[7].id, all[2].id};
    EXPECT_EQ(dialog->chosenIds(), chosen);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vandaag.json"));
    QString error;
    ASSERT_TRUE(dialog->saveTo(path, error)) << error.toStdString();
    QTest::mouseClick(child<QPushButton>(*dialog, "startPresenterButton"), Qt::LeftButton);
    EXPECT_EQ(training.session().caseIds(), chosen);
    EXPECT_TRUE(training.presenterView()) << "the presenter view starts on the chosen cases";
    EXPECT_EQ(training.session().currentCase()->id, chosen[0]);
    EXPECT_EQ(child<QListWidget>(training, "caseList")->count(), 3);
    training.setPresenterView(false);

    // Another window, another code: the file brings its code and its cases.
    training.session().selectCode(CodeSource::builtin(QStringLiteral("mondia")));
    CaseChoiceDialog* again = training.chooseCases();
    Diagnostics problems;
    QString notice;
    ASSERT_TRUE(again->openFrom(path, problems, notice));
    EXPECT_EQ(training.session().code()->id, QStringLiteral("dunamare"));
    EXPECT_EQ(again->chosenIds(), chosen);
    QTest::mouseClick(child<QPushButton>(*again, "useCasesButton"), Qt::LeftButton);
    EXPECT_EQ(training.session().caseIds(), chosen);
    EXPECT_FALSE(training.presenterView());
}

TEST_F(TrainingRemote, TheExerciseSheetHoldsNoVerdictAndTheKeyHoldsEachChosenCasesVerdict)
{
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    for (const Language language : {Language::English, Language::Dutch}) {
        useLanguage(language);
        TrainingWindow& training = open("dunamare");
        const std::vector<TrainingCase>& all = training.session().allCases();
        QStringList chosen;
        for (std::size_t i = 0; i < all.size(); i += 2) {
            chosen << all[i].id;
        }
        ASSERT_TRUE(training.startSession(chosen, false));
        const Questionnaire& q = training.session().questionnaire();
        QTemporaryDir dir;
        const QString sheetPdf = dir.filePath(QStringLiteral("sheet.pdf"));
        const QString keyPdf = dir.filePath(QStringLiteral("key.pdf"));
        QString error;
        ASSERT_TRUE(training.exportHandout(sheetPdf, Handout::Kind::Exercise, error)) << error.toStdString();
        ASSERT_TRUE(training.exportHandout(keyPdf, Handout::Kind::Key, error)) << error.toStdString();
        const QString sheet = pdfText(sheetPdf).simplified();
        const QString key = pdfText(keyPdf).simplified();

        for (const TrainingCase& item : training.session().cases()) {
            EXPECT_TRUE(sheet.contains(item.title.in(language).simplified())) << item.id.toStdString();
            EXPECT_TRUE(key.contains(item.title.in(language).simplified())) << item.id.toStdString();
        }
        for (const TrainingCase& item : all) {
            if (!chosen.contains(item.id)) {
                EXPECT_FALSE(key.contains(item.title.in(language).simplified()))
                    << "not chosen: " << item.id.toStdString();
            }
        }
        // No verdict on the sheet: no label of any verdict, no verdict symbol.
        for (const Verdict verdict :
             {Verdict::Go, Verdict::Conditions, Verdict::CheckFirst, Verdict::Stop, Verdict::OutOfScope}) {
            const QString label = q.verdictLabel(verdict).in(language);
            const bool oneWord = !label.contains(u' ');
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(label)));
            EXPECT_FALSE(oneWord ? sheet.contains(word) : sheet.contains(label, Qt::CaseInsensitive))
                << label.toStdString();
        }
        for (const QString& symbol : {QStringLiteral("✔"), QStringLiteral("✖")}) {
            EXPECT_FALSE(sheet.contains(symbol));
        }
        EXPECT_TRUE(sheet.contains(QStringLiteral("________"))) << "room to write";
        // The key: every chosen case's verdict, with its symbol, in the order of the session.
        qsizetype at = 0;
        for (const TrainingCase& item : training.session().cases()) {
            const QString verdict =
                (language == Language::English ? QStringLiteral("Verdict: %1 %2") : QStringLiteral("Oordeel: %1 %2"))
                    .arg(verdictSymbol(item.verdict), q.verdictLabel(item.verdict).in(language));
            const qsizetype found = key.indexOf(verdict, at);
            EXPECT_GE(found, 0) << item.id.toStdString() << ": " << verdict.toStdString();
            at = std::max(at, found);
        }
        training.close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

TEST_F(TrainingRemote, NoVerdictHeadingIsLeftAloneAtAPagesFoot)
{
    CODEWIJZER_REQUIRE_PDFTOTEXT();
    TrainingWindow& training = open("dunamare");
    QTemporaryDir dir;
    const QString keyPdf = dir.filePath(QStringLiteral("key.pdf"));
    QString error;
    ASSERT_TRUE(training.exportHandout(keyPdf, Handout::Kind::Key, error)) << error.toStdString();
    // Page by page: the last line of text above the page's foot never starts a verdict.
    const QStringList pages = pdfText(keyPdf).split(u'\f', Qt::SkipEmptyParts);
    ASSERT_GT(pages.size(), 3);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QStringList lines = pages[p].split(u'\n', Qt::SkipEmptyParts);
        while (!lines.isEmpty() && (lines.last().trimmed().isEmpty() || lines.last().contains(u"page "))) {
            lines.removeLast();
        }
        ASSERT_FALSE(lines.isEmpty());
        EXPECT_FALSE(lines.last().trimmed().startsWith(u"Verdict:")) << "page " << p + 1;
    }
}

TEST_F(TrainingRemote, TheQuizSummaryListsEachGuessAndTheScoreAndExportsAsPdf)
{
    TrainingWindow& training = open("mondia", "whatsapp-groep-klas");
    child<QCheckBox>(training, "quizCheck")->setChecked(true);
    TrainingSession& s = training.session();
    s.guess(Verdict::Conditions); // right
    s.showCase(s.caseIndex() + 1);
    s.guess(s.currentCase()->verdict == Verdict::Stop ? Verdict::Go : Verdict::Stop); // not
    QuizSummaryDialog* dialog = training.showQuizSummary();
    ASSERT_TRUE(dialog);
    const QString shown = child<QTextBrowser>(*dialog, "summaryView")->toPlainText();
    EXPECT_TRUE(shown.contains(u"1 of 2 right")) << shown.toStdString();
    EXPECT_TRUE(shown.contains(s.cases()[static_cast<std::size_t>(s.caseIndex()) - 1].title.en)) << shown.toStdString();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("results.pdf"));
    QString error;
    ASSERT_TRUE(dialog->exportPdf(pdf, error)) << error.toStdString();
    if (codewijzer::test::canRunLinuxTools()) {
        const QString text = pdfText(pdf).simplified();
        EXPECT_TRUE(text.contains(u"1 of 2 right")) << text.toStdString();
        EXPECT_TRUE(text.contains(u"✔ right"));
        EXPECT_TRUE(text.contains(u"✖ not quite"));
    }
    dialog->close();
}
