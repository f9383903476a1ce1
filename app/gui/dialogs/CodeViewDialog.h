#pragma once

#include "render/CodeText.h"

#include <QDialog>
#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace codewijzer {

struct LoadedCode;

// "The code of conduct": the whole code to read, its articles in order and word for word, each with
// the situations it governs (the rules and training cases that cite it) or why none cites it; where
// the code comes from and its dates; a search that filters the articles and marks the words; and a
// PDF of the whole code stamped with its fingerprint. From a result, an article opens here.
class CodeViewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeViewDialog)

public:
    explicit CodeViewDialog(std::shared_ptr<const LoadedCode> code, QWidget* parent = nullptr);

    // Shows this article (the search is cleared when it hides it); false when the code has no such id.
    bool showArticle(const QString& id);
    void setSearch(const QString& query);
    // The ids of the articles the view shows now, in order.
    QStringList shownArticleIds() const;
    // Without a dialog (the tests call this): the whole code as an A4 PDF, replaced whole or not at all.
    bool exportPdf(const QString& path, QString& error) const;

private:
    void refresh();
    void exportPdfWithDialog();

    const std::shared_ptr<const LoadedCode> m_code;
    const CodeText m_text;
    std::vector<int> m_shown;
    QLineEdit* const m_search;
    QLabel* const m_count;
    QTextBrowser* const m_view;
};

} // namespace codewijzer
