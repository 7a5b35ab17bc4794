#pragma once

#include "connection/session.h"
#include "core/lifecycle.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace usher {

class Backend;

/// Says who is at the keyboard, so every change records its author (issue 6): sets up the
/// workspace's first Admin, identifies the operator of a local file by email, or signs in
/// with email and password on a shared database. Talks to the backend itself and stays open
/// with the reason when it is refused. Signing in also takes the password flows of a shared
/// database (U10): a temporary password is replaced before anything opens, a colleague pastes
/// the invitation or reset link they were given and chooses a password, and "Forgot password?"
/// mails a reset link.
class OperatorDialog : public QDialog
{
    Q_OBJECT
public:
    using Mode = Session::SignInMode;

    OperatorDialog(Mode mode, Backend* backend, const Id& workspaceId, const QString& workspaceName,
                   const QString& email = {}, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }

signals:
    void operatorReady(const usher::Operator& op);

public:
    /// Signing in: the password, a new one for a temporary password, or a pasted link.
    enum class Stage { Password, NewPassword, Link };
    Stage stage() const { return m_stage; }

private:
    void submit();
    void updateButtons();
    void setStage(Stage stage);
    void forgotPassword();

    Mode m_mode;
    Backend* m_backend;
    Id m_workspaceId;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_email;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_intro = nullptr;
    QLineEdit* m_link = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_newRepeat = nullptr;
    QPushButton* m_haveLink = nullptr;
    QPushButton* m_forgot = nullptr;
    Stage m_stage = Stage::Password;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace usher
