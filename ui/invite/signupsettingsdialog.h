#pragma once

#include "core/group.h"
#include "core/invitation.h"
#include "core/lifecycle.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace usher {

class Backend;
class CredentialStore;

/// The workspace's signup settings (S1): who may join (public signup, waitlist, domain
/// allowlist), what new members get (role, groups, invitation expiry), the language and
/// registration page of its mails, and the captcha. The captcha keys are secrets: they go to
/// the keychain of this profile, never to the backend or QSettings. Operators whose role may
/// not manage the workspace see everything read-only, with the reason at the top. Saves
/// through the backend, then the keychain, and stays open saying why when either refuses.
class SignupSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SignupSettingsDialog(Backend* backend, const Operator& op, CredentialStore* credentials, const QString& profile,
                         QWidget* parent = nullptr);

    /// The settings as the fields show them.
    SignupSettings settings() const;

private:
    /// One captcha key and what the keychain said about it.
    struct CaptchaKey
    {
        QLineEdit* field = nullptr;
        QString what; ///< CredentialStore's "what".
        QString saved; ///< What the keychain holds, when `known`.
        bool answered = false; ///< The keychain answered the read, whatever it said.
        bool known = false; ///< It answered with the key or with "none saved".
        bool edited = false; ///< Typed here.
    };

    void load();
    void loadFailed(const QString& message);
    /// Fills the fields once both the settings and the groups have arrived.
    void showLoaded();
    void readCaptchaKey(CaptchaKey* key);
    void updateKeychainNote();
    /// Why the fields cannot be saved as they are, or an empty string.
    QString problem() const;
    void updateState();
    /// A key is written when it changed, and only over a key the keychain answered for (or
    /// one typed here), so a key that could not be read is not wiped by an empty field.
    bool keyChanged(const CaptchaKey& key) const;
    void save();
    void writeCaptchaKeys(QList<CaptchaKey*> pending);
    void saveFailed(const QString& message);

    Backend* m_backend;
    Operator m_operator;
    CredentialStore* m_credentials;
    QString m_profile;
    /// Why the operator may only look, or nothing.
    std::optional<QString> m_readOnly;
    QLabel* m_loading;
    QCheckBox* m_publicSignup;
    QCheckBox* m_waitlist;
    QLineEdit* m_allowedDomains;
    QComboBox* m_defaultRole;
    QListWidget* m_defaultGroups;
    QSpinBox* m_expiryDays;
    QSpinBox* m_resetMinutes;
    QComboBox* m_language;
    QLineEdit* m_joinUrl;
    QLabel* m_placeholderWarning = nullptr; ///< Under the registration page while it is a placeholder.
    QComboBox* m_captchaProvider;
    CaptchaKey m_siteKey;
    CaptchaKey m_secret;
    QLabel* m_keychainNote;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    /// Every field but the captcha keys, enabled together.
    QList<QWidget*> m_fields;
    std::optional<SignupSettings> m_loaded;
    std::optional<QList<GroupSummary>> m_groups;
    QString m_loadError;
    QString m_keychainError;
    bool m_keychainUnavailable = false;
    bool m_saving = false;
};

} // namespace usher
