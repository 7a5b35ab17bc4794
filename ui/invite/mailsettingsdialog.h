#pragma once

#include "connection/mail/smtpclient.h"
#include "core/lifecycle.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace usher {

class Backend;
class CredentialStore;
class Session;

/// How the workspace's mail goes out (I3): host, port, security, sign-in and sender, kept with the
/// workspace in the database (Backend::mailServer()), read and saved asynchronously; the password
/// only in this operator's keychain (under the workspace), read when the dialog opens. "Send Test
/// Mail…" tries the settings as typed, off the GUI thread, and shows the server's answer. OK saves
/// the settings to the workspace and, when the password was changed, closes only once the keychain
/// has taken it.
class MailSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `profile` names the connection, for the keychain (and for settings an older Usher kept there).
    /// For the session's workspace and signed-in operator (there must be one).
    MailSettingsDialog(Session* session, CredentialStore* credentials, const QString& profile,
                       QWidget* parent = nullptr);

    /// The settings as typed, password included, for the main window's mail sender.
    SmtpSettings settings() const;

private:
    void readSettings();
    void showSettings(const SmtpSettings& saved);
    void readPassword();
    void storePassword(const SmtpSettings& wanted);
    void securityChanged();
    /// Why the settings cannot be used as typed, or an empty string.
    QString problem() const;
    void updateState();
    /// Asks for a recipient, without a nested event loop; sendTestMailTo() goes on.
    void sendTestMail();
    void sendTestMailTo(const QString& recipient);
    void showTestResult(const QString& text, bool good);
    void save();

    Session* m_session;
    Backend* m_backend;
    Operator m_operator;
    CredentialStore* m_credentials;
    QString m_profile;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_keychainStatus;
    QLineEdit* m_fromAddress;
    QLineEdit* m_fromName;
    QSpinBox* m_timeout;
    QPushButton* m_test;
    QProgressBar* m_testBusy;
    QLabel* m_testResult;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    /// The security the port was last defaulted for, to move the port along with it.
    SmtpSettings::Security m_shownSecurity = SmtpSettings::Security::StartTls;
    /// The password was typed here. Only then is the keychain written: a password that could not
    /// be read is not overwritten with an empty field.
    bool m_passwordEdited = false;
    /// The person changed a field: from then on what is missing or wrong is said in red; before,
    /// the disabled Save button says it in its tooltip.
    bool m_touched = false;
    /// Until the keychain answers, OK waits: settings() would hand on an empty password.
    bool m_readingPassword = false;
    /// Until the workspace's settings are in, OK waits too.
    bool m_readingSettings = false;
    bool m_keychainUnavailable = false;
    bool m_testing = false;
    bool m_saving = false;
};

} // namespace usher
