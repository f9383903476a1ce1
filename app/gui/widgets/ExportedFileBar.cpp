#include "widgets/ExportedFileBar.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QUrl>

namespace codewijzer {

namespace {

constexpr int kShownMs = 30000;

} // namespace

ExportedFileBar::ExportedFileBar(QWidget* parent)
    : QWidget(parent)
    , m_open(new QPushButton(this))
    , m_folder(new QPushButton(this))
{
    setObjectName(QStringLiteral("exportedFileBar"));
    m_open->setObjectName(QStringLiteral("openExportedButton"));
    m_folder->setObjectName(QStringLiteral("showExportedFolderButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_open);
    layout->addWidget(m_folder);
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    connect(m_folder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });
    m_hide.setSingleShot(true);
    m_hide.setInterval(kShownMs);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    retranslate();
    hide();
}

void ExportedFileBar::showFor(const QString& path)
{
    m_path = path;
    m_open->setToolTip(QDir::toNativeSeparators(path));
    m_folder->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    show();
    m_hide.start();
}

void ExportedFileBar::retranslate()
{
    m_open->setText(tr("&Open the PDF"));
    m_folder->setText(tr("Sho&w in folder"));
}

void ExportedFileBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace codewijzer
