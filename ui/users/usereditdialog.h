#pragma once

#include "core/lifecycle.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace usher {

class Backend;

/// Creates a member directly, or edits one's names, email, picture and role (U4). Saves
/// through the backend itself; a refusal (taken address, a rule, someone else's change)
/// keeps the dialog open with the reason, and a conflict offers to reload.
class UserEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// Creating: `details` is empty. Editing: the member as last read.
    UserEditDialog(Backend* backend, const Operator& op, const std::optional<MemberDetails>& details,
                   QWidget* parent = nullptr);

    /// A picture file as Usher stores it: centred, cropped square, 256 pixels, PNG. Empty with
    /// `error` set when the file is not a readable image.
    static QByteArray avatarFromFile(const QString& path, QString* error);

signals:
    void saved(const Id& accountId);

private:
    void fill(const MemberDetails& details);
    void submit();
    void saveRole(const Id& accountId, const Version& version);
    void chooseAvatar();
    void reload();
    void showAvatar();
    void updateButtons();

    Backend* m_backend;
    Operator m_operator;
    std::optional<MemberDetails> m_details;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QComboBox* m_role;
    QLabel* m_avatar = nullptr;
    QPushButton* m_removeAvatar = nullptr;
    std::optional<QByteArray> m_newAvatar;
    QLabel* m_problem;
    QPushButton* m_reload;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace usher
