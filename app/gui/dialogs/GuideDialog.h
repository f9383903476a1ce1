#pragma once

#include <QDialog>

class QTextBrowser;

namespace codewijzer {

// Help › User guide: the short guide that comes with the program (resources/guide/, in Dutch and
// English, with its pictures), offline. It is the program's own text, so its pictures may load;
// only from the program's resources.
class GuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)

public:
    explicit GuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showGuide();

    QTextBrowser* const m_browser;
};

} // namespace codewijzer
