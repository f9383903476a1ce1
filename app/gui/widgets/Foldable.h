#pragma once

#include <QWidget>
#include <functional>

class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace codewijzer {

// A section that opens and closes under its title, its content made only when first opened: what a
// teacher needs less often stays out of the way (and costs nothing until it is wanted).
class Foldable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Foldable)

public:
    using Build = std::function<QWidget*(QWidget* parent)>;

    // `name` names the toggle (name + "Button") and the content (name + "Content") for tests.
    Foldable(const QString& name, const QString& title, Build build, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    bool isOpen() const;
    void setOpen(bool open);
    QToolButton* toggle() const { return m_toggle; }
    // The content, made now if it was not made yet.
    QWidget* content();

private:
    void scrollIntoView();
    QScrollArea* scrollArea() const;

    QToolButton* const m_toggle;
    QVBoxLayout* const m_layout;
    Build m_build;
    QWidget* m_content = nullptr;
    QString m_name;
};

} // namespace codewijzer
