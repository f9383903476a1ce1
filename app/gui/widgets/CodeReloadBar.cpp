#include "widgets/CodeReloadBar.h"

#include "session/CodeFileWatcher.h"
#include "widgets/SafeText.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace codewijzer {

namespace {

constexpr std::size_t kMaxProblemsShown = 20;

} // namespace

CodeReloadBar::CodeReloadBar(AssessmentDocument* document, QWidget* parent)
    : QFrame(parent)
    , m_watcher(new CodeFileWatcher(document, this))
    , m_message(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("codeReloadBar"));
    m_message->setObjectName(QStringLiteral("codeReloadMessage"));
    m_problems->setObjectName(QStringLiteral("codeReloadProblems"));
    m_close->setObjectName(QStringLiteral("codeReloadClose"));
    m_message->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("\u00d7"));
    m_close->setAutoRaise(true);

    auto* text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addWidget(m_problems);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setStyleSheet(
        QStringLiteral("QFrame#codeReloadBar { background: #eef4fb; border: 1px solid #b8cde4; }"
                       "QFrame#codeReloadBar[warning=\"true\"] { background: #fff4e5; border-color: #e0a040; }"));

    connect(m_watcher, &CodeFileWatcher::reloaded, this, &CodeReloadBar::showChange);
    connect(m_watcher, &CodeFileWatcher::problemsChanged, this, &CodeReloadBar::showProblems);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_problems->hide();
    hide();
    retranslate();
}

QString CodeReloadBar::message() const
{
    return m_message->text();
}

QString CodeReloadBar::problems() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void CodeReloadBar::showChange(const QString& summary)
{
    m_showsProblems = false;
    safetext::setPlain(m_message, summary);
    m_problems->hide();
    setWarning(false);
    show();
    emit status(summary);
}

void CodeReloadBar::showProblems()
{
    const Diagnostics& found = m_watcher->problems();
    if (found.empty()) {
        m_problems->hide();
        if (m_showsProblems) {
            hide(); // another code is in use now
        }
        m_showsProblems = false;
        return;
    }
    m_showsProblems = true;
    safetext::setPlain(m_message, tr("The code file %1 has problems; the last good version stays in use until "
                                     "they are fixed.")
                                      .arg(QFileInfo(m_watcher->path()).fileName()));
    QStringList lines;
    for (std::size_t i = 0; i < found.size() && i < kMaxProblemsShown; ++i) {
        lines << found[i].toString();
    }
    if (found.size() > kMaxProblemsShown) {
        lines << tr("(more problems: %1)").arg(found.size() - kMaxProblemsShown);
    }
    safetext::setPlain(m_problems, lines.join(u'\n'));
    m_problems->show();
    setWarning(true);
    show();
}

void CodeReloadBar::setWarning(bool warning)
{
    setProperty("warning", warning);
    style()->unpolish(this);
    style()->polish(this);
}

void CodeReloadBar::retranslate()
{
    m_close->setToolTip(tr("Close this notice"));
    m_close->setAccessibleName(tr("Close this notice"));
}

void CodeReloadBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

} // namespace codewijzer
