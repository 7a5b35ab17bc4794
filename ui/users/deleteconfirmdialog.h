#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace usher {

/// Confirms a delete by having the person type what they are deleting (U6): the member's
/// email for one, the number of members for many. Delete stays disabled until it matches.
class DeleteConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    /// One member: `name` and `email` (what must be typed).
    DeleteConfirmDialog(const QString& name, const QString& email, QWidget* parent = nullptr);
    /// `count` members: the number must be typed.
    DeleteConfirmDialog(qint64 count, QWidget* parent = nullptr);

    /// What the person must type.
    QString expected() const { return m_expected; }
    /// The optional reason typed, for the audit log.
    QString reason() const;

private:
    void build(const QString& message, const QString& prompt);

    QString m_expected;
    QLineEdit* m_typed = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace usher
