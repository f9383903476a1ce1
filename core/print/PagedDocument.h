#pragma once

#include <QFont>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace codewijzer {

struct Handout;
struct Report;

// An HTML document (a Report, drafts) laid out on pages: the PDF writer and the printer share this, so
// what is printed is what is exported; the ODF writer takes the same HTML. Needs a QGuiApplication (fonts), never a
// window.
struct PagedDocument
{
    QString html;
    QString title;  // the PDF's title
    QString footer; // at the foot of every page, before "page 1 of 2" (plain text; nothing in it is replaced)

    // A report, ready to be put on pages.
    static PagedDocument of(const Report& report);
    static PagedDocument of(const Handout& handout);
    // A4 with the report's margins, for the PDF writer and the printer alike.
    static QPageLayout pageLayout();
    // The documents' font at `pointSize`, with families for Linux and Windows.
    static QFont documentFont(qreal pointSize);

    // Paints every page on the device (a QPdfWriter or a QPrinter); returns the page count.
    int paint(QPagedPaintDevice& device) const;

    // Writes an A4 PDF through a SafeWriter: a failed or interrupted export leaves an existing file as
    // it was, and a pipe or device is written to, not replaced. On failure returns false with a
    // one-line reason in `error`.
    bool writePdf(const QString& path, QString& error) const;
    // Writes the HTML as an OpenDocument text (.odt, through QTextDocumentWriter), the same way: whole
    // or not at all. The footer is a PDF's and printer's only; a word processor numbers its own pages.
    bool writeOdt(const QString& path, QString& error) const;
};

} // namespace codewijzer
