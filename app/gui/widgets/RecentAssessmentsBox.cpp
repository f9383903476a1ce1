#include "widgets/RecentAssessmentsBox.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace codewijzer {

RecentAssessmentsBox::RecentAssessmentsBox(QWidget* parent)
    : QGroupBox(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("recentAssessmentsBox"));
    setVisible(false);
    rebuild();
}

void RecentAssessmentsBox::setPaths(const QStringList& paths)
{
    m_paths = paths;
    rebuild();
}

void RecentAssessmentsBox::rebuild()
{
    setTitle(tr("Assessments you saved or opened last"));
    // Made anew each time; the old list goes later, as its button may be the one being clicked.
    if (m_items) {
        m_items->hide();
        m_items->deleteLater();
    }
    m_items = new QWidget(this);
    auto* list = new QVBoxLayout(m_items);
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(2);
    m_layout->addWidget(m_items);
    for (int i = 0; i < m_paths.size(); ++i) {
        const QString path = m_paths.at(i);
        // A file's name is data: an "&" in it is shown, not taken as a shortcut.
        auto* open = new QPushButton(QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&")), m_items);
        open->setObjectName(QStringLiteral("recentAssessment%1").arg(i));
        open->setFlat(true);
        open->setCursor(Qt::PointingHandCursor);
        open->setStyleSheet(QStringLiteral("text-align: left; text-decoration: underline;"));
        open->setToolTip(QDir::toNativeSeparators(path));
        open->setAccessibleName(tr("Open %1").arg(QFileInfo(path).fileName()));
        connect(open, &QPushButton::clicked, this, [this, path] { emit openRequested(path); });
        list->addWidget(open);
    }
    if (!m_paths.isEmpty()) {
        auto* row = new QHBoxLayout;
        auto* clear = new QPushButton(tr("C&lear this list"), m_items);
        clear->setObjectName(QStringLiteral("clearRecentButton"));
        clear->setAccessibleDescription(tr("Forgets the names in this list; the files themselves stay"));
        connect(clear, &QPushButton::clicked, this, &RecentAssessmentsBox::clearRequested);
        row->addWidget(clear);
        row->addStretch();
        list->addLayout(row);
    }
    setVisible(!m_paths.isEmpty());
}

void RecentAssessmentsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QGroupBox::changeEvent(event);
}

} // namespace codewijzer
