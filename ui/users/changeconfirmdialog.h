#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace usher {

/// Asks before a change to people, saying exactly who and what will change, with an optional
/// reason for the audit log. Cancel is the default button.
class ChangeConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    /// `message` names who is changed and how; `action` labels the confirming button. With
    /// `askReason`, a field takes a reason that the audit log keeps with the change.
    ChangeConfirmDialog(const QString& title, const QString& message, const QString& action, bool askReason,
                        QWidget* parent = nullptr);

    /// The reason typed, trimmed; empty when none was asked for or given.
    QString reason() const;

private:
    QLineEdit* m_reason = nullptr;
};

/// The optional reason field shared by the confirmation dialogs, with its label, added to `layout`.
QLineEdit* addReasonField(QWidget* dialog, class QBoxLayout* layout);

} // namespace usher
