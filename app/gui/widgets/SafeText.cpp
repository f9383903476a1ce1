#include "widgets/SafeText.h"

#include "widgets/SealedBrowser.h"

#include <QLabel>
#include <QListWidgetItem>
#include <QTextBrowser>

namespace codewijzer::safetext {

QTextBrowser* sealedBrowser(QWidget* parent)
{
    auto* browser = new codewijzer::SealedBrowser(parent);
    browser->setOpenLinks(false);
    return browser;
}

QString asRichText(const QString& plain)
{
    return QStringLiteral("<span>%1</span>").arg(plain.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
}

void setPlain(QLabel* label, const QString& text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
}

QLabel* plainLabel(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setPlain(label, text);
    return label;
}

void setToolTip(QWidget* widget, const QString& plain)
{
    widget->setToolTip(plain.isEmpty() ? QString() : asRichText(plain));
}

void setToolTip(QListWidgetItem* item, const QString& plain)
{
    item->setToolTip(plain.isEmpty() ? QString() : asRichText(plain));
}

void showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                 const QString& details)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(details);
    box.exec();
}

} // namespace codewijzer::safetext
