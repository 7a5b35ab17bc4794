#pragma once

#include "connection/mail/smtpclient.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace usher {

class CredentialStore;

/// How Usher reaches the mail server of a connection profile (I3): host, port, security, sign-in
/// and sender. Everything but the password is kept in QSettings (connection/mail/mailconfig.h);
/// the password only in the keychain, read when the dialog opens. "Send Test Mail…" tries the
/// settings as typed, off the GUI thread, and shows the server's answer. OK stores the settings
/// and, when the password was changed, closes only once the keychain has taken it.
class MailSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    MailSettingsDialog(CredentialStore* credentials, const QString& profile, QWidget* parent = nullptr);

    /// The settings as typed, password included, for the main window's mail sender.
    SmtpSettings settings() const;

private:
    void readPassword();
    void securityChanged();
    /// Why the settings cannot be used as typed, or an empty string.
    QString problem() const;
    void updateState();
    /// Asks for a recipient, without a nested event loop; sendTestMailTo() goes on.
    void sendTestMail();
    void sendTestMailTo(const QString& recipient);
    void showTestResult(const QString& text, bool good);
    void save();

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
    /// Until the keychain answers, OK waits: settings() would hand on an empty password.
    bool m_readingPassword = false;
    bool m_keychainUnavailable = false;
    bool m_testing = false;
    bool m_saving = false;
};

} // namespace usher
