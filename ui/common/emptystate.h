#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace usher {

/// A friendly placeholder where a list would be: picture, title, one sentence of help and
/// the actions that get the person going.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setPicture(const QIcon& icon);
    void setTitle(const QString& title);
    void setMessage(const QString& message);
    /// Removes the previous buttons; the first one added is the default action.
    void clearActions();
    QPushButton* addAction(const QString& text, const QIcon& icon = {});

    QString title() const;
    QString message() const;

private:
    QLabel* m_picture;
    QLabel* m_title;
    QLabel* m_message;
    QHBoxLayout* m_buttons;
};

} // namespace usher
