#include "print/PagedDocument.h"

#include "io/SafeWrite.h"
#include "render/Handout.h"
#include "render/Report.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

namespace codewijzer {

namespace {

// A document that loads nothing from outside itself: no image or style sheet that a data file names.
class SealedDocument final : public QTextDocument
{
protected:
    QVariant loadResource(int /*type*/, const QUrl& /*name*/) override { return {}; }
};

// Moves a paragraph that a page's foot would split to the next page, with the headings above it. A split line
// would be painted (clipped) on both pages, and a PDF reader would find its text twice.
void keepParagraphsWhole(QTextDocument& document, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (int moves = 0; moves < 1000; ++moves) {
        layout->documentSize(); // lays out the whole document: a long one is otherwise laid out lazily
        QTextBlock split;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QRectF r = layout->blockBoundingRect(block);
            const bool inTable = QTextCursor(block).currentTable() != nullptr; // rows move whole already
            if (!inTable && r.height() < pageHeight &&
                static_cast<int>(r.top() / pageHeight) != static_cast<int>((r.bottom() - 1) / pageHeight) &&
                block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto) {
                split = block;
                break;
            }
        }
        if (!split.isValid()) {
            return;
        }
        while (split.previous().isValid() && split.previous().blockFormat().headingLevel() > 0) {
            split = split.previous();
        }
        QTextBlockFormat format = split.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(split).setBlockFormat(format);
    }
}

} // namespace

PagedDocument PagedDocument::of(const Report& report)
{
    return {report.html(), report.title(), report.footer()};
}

PagedDocument PagedDocument::of(const Handout& handout)
{
    return {handout.html(), handout.title(), handout.footer()};
}

QFont PagedDocument::documentFont(qreal pointSize)
{
    // A family every platform has, first the one of Debian's package, then Windows' own; Segoe UI
    // Symbol for the verdicts' signs where the others lack them. Without a list, Windows would take
    // its GUI font, which has no check marks.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"), QStringLiteral("Arial"),
                      QStringLiteral("Segoe UI Symbol")});
    font.setPointSizeF(pointSize);
    return font;
}

QPageLayout PagedDocument::pageLayout()
{
    return {QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter};
}

int PagedDocument::paint(QPagedPaintDevice& device) const
{
    const QRectF area(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const QFont footerFont = documentFont(8);
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 2;
    const qreal bodyHeight = area.height() - footerHeight;

    SealedDocument document;
    document.documentLayout()->setPaintDevice(&device); // point sizes in the device's resolution
    document.setDefaultFont(documentFont(10));
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setPageSize(QSizeF(area.width(), bodyHeight));
    keepParagraphsWhole(document, bodyHeight);
    const int pages = document.pageCount();

    QPainter painter(&device);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device.newPage();
        }
        painter.save();
        painter.translate(0, -page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        const QRectF pageRect(0, page * bodyHeight, area.width(), bodyHeight);
        painter.setClipRect(pageRect);
        // The layout also paints a block that only touches the clip; one that starts exactly where
        // the next page does would otherwise be painted on this page too (hidden, but in the text).
        context.clip = pageRect.adjusted(0, 0.5, 0, -0.5);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(0, bodyHeight, area.width(), footerHeight), Qt::AlignRight | Qt::AlignBottom,
                         footer + QCoreApplication::translate("PagedDocument", " · page %1 of %2")
                                      .arg(QString::number(page + 1), QString::number(pages)));
    }
    return pages;
}

bool PagedDocument::writePdf(const QString& path, QString& error) const
{
    SafeWriter file(path);
    if (!file.open()) {
        error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(file.device());
        writer.setPageLayout(pageLayout());
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Codewijzer"));
        paint(writer);
    }
    if (!file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}

bool PagedDocument::writeOdt(const QString& path, QString& error) const
{
    SafeWriter file(path);
    if (!file.open()) {
        error = file.errorString();
        return false;
    }
    SealedDocument document;
    document.setDefaultFont(documentFont(10));
    document.setHtml(html);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    QTextDocumentWriter writer(file.device(), QByteArrayLiteral("odf"));
    if (!writer.write(&document)) {
        error = QCoreApplication::translate("PagedDocument", "%1: cannot write the document").arg(path);
        return false;
    }
    if (!file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}

} // namespace codewijzer
