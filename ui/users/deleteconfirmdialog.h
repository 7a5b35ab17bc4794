#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace usher {

/// Confirms a delete by having the person type what they are deleting (U6): the member's
/// email for one, the number of members for many. Delete stays disabled until it matches.
/// `forGood`: the backend deletes at once and for good (a SCIM service), and it says so.
/// `askReason`: a reason is asked for where the backend keeps an audit log for it.
class DeleteConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    /// One member: `name` and `email` (what must be typed).
    DeleteConfirmDialog(const QString& name, const QString& email, bool forGood = false, bool askReason = true,
                        QWidget* parent = nullptr);
    /// `count` members: the number must be typed.
    DeleteConfirmDialog(qint64 count, bool forGood = false, bool askReason = true, QWidget* parent = nullptr);

    /// What the person must type.
    QString expected() const { return m_expected; }
    /// The optional reason typed, for the audit log.
    QString reason() const;

private:
    void build(const QString& message, const QString& prompt, bool askReason);

    QString m_expected;
    QLineEdit* m_typed = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace usher
