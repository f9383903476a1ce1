// Live reload: the school's code file in use, edited while the wizard is open, is read again and
// used (the answers kept, the change said in one line); a broken edit keeps the last good code and
// shows its problems with their place; a save that renames a new file over the old one is seen too.
// And a code whose rules use 8 of the questions asks only those.
#include "WindowFixture.h"
#include "model/Questionnaire.h"
#include "session/CodeFileWatcher.h"
#include "widgets/CodeReloadBar.h"
#include "wizard/WelcomePage.h"

#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <filesystem>
#include <set>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

constexpr int kWaitMs = 5000;

class LiveReload : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        QFile example(QStringLiteral(CODEWIJZER_SOURCE_DIR "/docs/examples/voorbeeldschool.json"));
        ASSERT_TRUE(example.open(QIODevice::ReadOnly));
        m_text = example.readAll();
        m_path = m_dir.filePath(QStringLiteral("school.json"));
        write(m_path, m_text);
        ASSERT_TRUE(m_window->wizard()->welcomePage()->useCodeFile(m_path));
        m_bar = m_window->codeReload();
    }

    static void write(const QString& path, const QByteArray& text)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

    // As editors that save safely do: a new file beside it, renamed over the old one.
    void renameOver(const QByteArray& text)
    {
        const QString temporary = m_dir.filePath(QStringLiteral(".school.json.tmp"));
        write(temporary, text);
        std::filesystem::rename(temporary.toStdString(), m_path.toStdString());
    }

    // The example with the rule for pupils' images with consent giving `verdict` instead of go.
    QByteArray withConsentVerdict(const char* verdict) const
    {
        QByteArray text = m_text;
        const qsizetype rule = text.indexOf("\"beelden-met-toestemming\"");
        const qsizetype at = text.indexOf("\"verdict\": \"go\"", rule);
        return text.replace(at, 15, QByteArray("\"verdict\": \"") + verdict + '"');
    }

    // Pupils' images, with explicit consent: go under the example.
    void answerUpToTheResult()
    {
        m_driver->next();
        m_driver->choose("activity", {"publish"});
        m_driver->next();
        m_driver->choose("school_related", {"yes"});
        m_driver->next();
        m_driver->choose("content", {"pupil_images"});
        m_driver->next();
        m_driver->choose("consent", {"explicit"});
        m_driver->next();
        ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Review);
        m_driver->next();
        ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    }

    QString shownVerdict() const
    {
        auto* label = m_window->wizard()->currentPage()->findChild<QLabel*>(QStringLiteral("verdictLabel"));
        return label ? label->text() : QString();
    }

    QString verdictName(Verdict verdict) const
    {
        return m_document->questionnaire().verdictLabel(verdict).in(Language::English);
    }

    QTemporaryDir m_dir;
    QByteArray m_text;
    QString m_path;
    CodeReloadBar* m_bar = nullptr;
};

} // namespace

TEST_F(LiveReload, AnEditWhileTheWizardIsOpenIsTakenUpWithTheAnswersKept)
{
    answerUpToTheResult();
    const Answers before = m_document->given();
    EXPECT_TRUE(shownVerdict().contains(verdictName(Verdict::Go)));
    EXPECT_FALSE(m_bar->isVisible()) << "nothing to say before the file changes";

    write(m_path, withConsentVerdict("stop"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->isVisible(), kWaitMs);
    EXPECT_EQ(m_bar->message(), QStringLiteral("The code file changed: 1 rule changed; your answers are kept."));
    EXPECT_EQ(m_window->statusBar()->currentMessage(), m_bar->message());
    EXPECT_EQ(m_document->given(), before) << "the answers are kept";
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
    EXPECT_TRUE(shownVerdict().contains(verdictName(Verdict::Stop))) << shownVerdict().toStdString();
    EXPECT_TRUE(m_bar->problems().isEmpty());
}

TEST_F(LiveReload, ABrokenEditKeepsTheLastGoodCodeAndShowsWhereUntilItIsFixed)
{
    answerUpToTheResult();
    const QString fingerprint = m_document->code()->fingerprint;
    const QByteArray broken = withConsentVerdict("stopp");
    const int line = static_cast<int>(broken.left(broken.indexOf("\"stopp\"")).count('\n')) + 1;

    write(m_path, broken);
    QTRY_VERIFY_WITH_TIMEOUT(!m_bar->problems().isEmpty(), kWaitMs);
    EXPECT_TRUE(m_bar->isVisible());
    EXPECT_TRUE(m_bar->message().contains(QStringLiteral("school.json has problems")))
        << m_bar->message().toStdString();
    EXPECT_TRUE(m_bar->problems().contains(QStringLiteral("school.json:%1:").arg(line)))
        << m_bar->problems().toStdString();
    EXPECT_EQ(m_document->code()->fingerprint, fingerprint) << "the last good code stays in use";
    EXPECT_TRUE(shownVerdict().contains(verdictName(Verdict::Go)));

    write(m_path, withConsentVerdict("check_first"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->problems().isEmpty(), kWaitMs);
    EXPECT_TRUE(m_bar->isVisible());
    EXPECT_EQ(m_bar->message(), QStringLiteral("The code file changed: 1 rule changed; your answers are kept."));
    EXPECT_TRUE(shownVerdict().contains(verdictName(Verdict::CheckFirst))) << shownVerdict().toStdString();
}

TEST_F(LiveReload, ASaveThatRenamesANewFileOverTheOldOneIsSeenEveryTime)
{
    answerUpToTheResult();
    renameOver(withConsentVerdict("stop"));
    QTRY_VERIFY_WITH_TIMEOUT(shownVerdict().contains(verdictName(Verdict::Stop)), kWaitMs);
    EXPECT_TRUE(m_bar->isVisible());

    // The first rename ended the watch on the old file: the second save is still seen.
    renameOver(withConsentVerdict("check_first"));
    QTRY_VERIFY_WITH_TIMEOUT(shownVerdict().contains(verdictName(Verdict::CheckFirst)), kWaitMs);
    EXPECT_TRUE(m_window->codeReload()->watcher()->problems().empty());
}

TEST_F(LiveReload, OnAQuestionPageTheNewCodeDecidesWhichQuestionsAreAsked)
{
    m_driver->next();
    m_driver->choose("activity", {"publish"});
    m_driver->next();
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_FirstQuestions + 1);
    auto* channel = m_window->wizard()->currentPage()->findChild<QGroupBox*>(QStringLiteral("question_channel"));
    ASSERT_TRUE(channel);
    EXPECT_FALSE(channel->isVisible()) << "the example's rules never look at the channel";

    auto* related = m_window->wizard()->currentPage()->findChild<QGroupBox*>(QStringLiteral("question_school_related"));
    ASSERT_TRUE(related);
    EXPECT_TRUE(related->isVisible());

    // The rules look at the channel instead of whether it has to do with school.
    QString text = QString::fromUtf8(m_text);
    text.replace(QRegularExpression(QStringLiteral(R"re("question": "school_related",(\s*"is": \[\s*)"no")re")),
                 QStringLiteral(R"re("question": "channel",\1"email")re"));
    write(m_path, text.toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(channel->isVisible(), kWaitMs);
    EXPECT_FALSE(related->isVisible());
    EXPECT_EQ(m_document->answer(m_document->questionnaire().indexOf(u"activity")), answer::option(0));
}

TEST_F(LiveReload, StartAgainTakesUpTheFileAsItIsNow)
{
    answerUpToTheResult();
    write(m_path, withConsentVerdict("stop"));
    // No events yet, so the watcher has not seen the change: Start again reads the file itself.
    ASSERT_TRUE(m_window->wizard()->startAgain());
    const auto& rules = m_document->code()->rules;
    const auto rule = std::find_if(rules.begin(), rules.end(),
                                   [](const auto& r) { return r.id == QStringLiteral("beelden-met-toestemming"); });
    ASSERT_NE(rule, rules.end());
    EXPECT_EQ(rule->verdict, Verdict::Stop);
    EXPECT_FALSE(m_document->hasAnyAnswer());
    EXPECT_EQ(m_bar->message(), QStringLiteral("The code file changed: 1 rule changed."))
        << "no answers to keep after Start again";
}

namespace {

class EightQuestions : public WindowFixture
{
};

} // namespace

TEST_F(EightQuestions, ACodeThatUsesEightQuestionsAsksOnlyThoseInTheWizard)
{
    ASSERT_TRUE(m_window->wizard()->welcomePage()->useCodeFile(
        QStringLiteral(CODEWIJZER_SOURCE_DIR "/tests/data/codes/eight-questions.json")));
    const Questionnaire& q = m_document->questionnaire();
    Answers given(q.questions().size());
    const auto set = [&](const char* question, const char* option) {
        const int index = q.indexOf(QString::fromLatin1(question));
        given[index] |= answer::option(q.question(index).optionIndex(QString::fromLatin1(option)));
    };
    // Every question gets an answer here; the driver gives only those the wizard shows.
    for (const auto& [question, option] :
         std::initializer_list<std::pair<const char*, const char*>>{{"activity", "publish"},
                                                                    {"school_related", "yes"},
                                                                    {"channel", "public"},
                                                                    {"account", "school"},
                                                                    {"audience", "pupils"},
                                                                    {"content", "pupil_images"},
                                                                    {"pupil_age", "16_or_older"},
                                                                    {"consent", "explicit"},
                                                                    {"prominent", "no"},
                                                                    {"during_lesson", "no"},
                                                                    {"prior_relationship", "no"},
                                                                    {"leadership_exception", "no"},
                                                                    {"negative_post", "no"},
                                                                    {"reaction_purpose", "other"},
                                                                    {"escalating", "no"}}) {
        given[q.indexOf(QString::fromLatin1(question))] = 0;
        set(question, option);
    }

    std::set<std::string> shown;
    std::vector<std::string> pages;
    m_driver->answer(given, AssessmentWizard::Page_Review, [&](int page) {
        pages.push_back(m_window->wizard()->currentPage()->objectName().toStdString());
        for (QGroupBox* box : m_window->wizard()->currentPage()->findChildren<QGroupBox*>()) {
            if (box->objectName().startsWith(u"question_") && box->isVisible()) {
                shown.insert(box->objectName().mid(9).toStdString());
            }
        }
        (void)page;
    });
    const std::set<std::string> eight{"activity", "school_related", "channel", "account",
                                      "content",  "pupil_age",      "consent", "during_lesson"};
    EXPECT_EQ(shown, eight);
    EXPECT_EQ(pages,
              (std::vector<std::string>{"page_activity", "page_context", "page_content", "page_pupils", "page_timing"}))
        << "no page for the questions the code does not ask";
    ASSERT_EQ(m_driver->page(), AssessmentWizard::Page_Review);
    m_driver->next();
    EXPECT_EQ(m_driver->page(), AssessmentWizard::Page_Result);
}

TEST_F(LiveReload, AdviceMarkedAsTheSchoolsReadingIsShownAsSuch)
{
    answerUpToTheResult();
    const auto readingLabel = [&] {
        return m_window->wizard()->currentPage()->findChild<QLabel*>(QStringLiteral("mark_beelden-met-toestemming"));
    };
    EXPECT_EQ(readingLabel(), nullptr) << "the example's rule is the code's own word";

    QByteArray marked = m_text;
    marked.replace("\"id\": \"beelden-met-toestemming\",",
                   "\"id\": \"beelden-met-toestemming\", \"schoolReading\": true,");
    ASSERT_NE(marked, m_text);
    write(m_path, marked);
    // The result page is built anew on the reload: wait for the new label to be shown.
    QTRY_VERIFY_WITH_TIMEOUT(readingLabel() != nullptr && readingLabel()->isVisible(), kWaitMs);
    EXPECT_EQ(readingLabel()->text(),
              QStringLiteral("This is the school's reading: the code itself says nothing about this."));
}
