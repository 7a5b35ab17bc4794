#pragma once

#include "core/directorysync.h"
#include "core/lifecycle.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QToolButton;
class QWidget;

namespace usher {

class Backend;
class CredentialStore;
class Session;

/// Where the workspace's people come from (G5): the LDAP directory, how Usher signs in to it
/// (the password kept in this operator's keychain, under the directory's address and bind DN),
/// what is synced (everyone under a base DN, or the members of chosen groups), how often, and
/// when a sync stops to ask. Test Connection counts what a sync would see and lists the groups
/// to choose from; Preview Sync… saves and opens SyncPreviewDialog. Read and saved
/// asynchronously; Admins only (Action::ManageWorkspace).
class DirectorySyncDialog : public QDialog
{
    Q_OBJECT
public:
    /// `keychainName` is the connection's ConnectionProfile::keychainName().
    DirectorySyncDialog(Session* session, CredentialStore* credentials, const QString& keychainName,
                        QWidget* parent = nullptr);

    /// The settings as typed.
    DirectorySource source() const;

signals:
    /// A sync was applied from the preview (the data changed).
    void synced();

private:
    void readSource();
    void showSource(const DirectorySource& source);
    void readPassword();
    void presetChosen();
    void chooseCaFile();
    void testConnection();
    void showGroups(const QStringList& names);
    void updateState();
    /// Saves the settings, then the password; then `then` (closing, or the preview).
    void save(const std::function<void()>& then);
    void preview();

    Session* m_session;
    Backend* m_backend;
    Operator m_operator;
    CredentialStore* m_credentials;
    QString m_keychainName;
    DirectorySource m_saved;

    QComboBox* m_preset;
    QLineEdit* m_url;
    QComboBox* m_tls;
    QLineEdit* m_caFile;
    QLineEdit* m_bindDn;
    QLineEdit* m_password;
    QLabel* m_keychainStatus;
    QLineEdit* m_peopleBase;
    QLineEdit* m_groupsBase;
    QComboBox* m_scope;
    QListWidget* m_groups;
    QSpinBox* m_interval;
    QSpinBox* m_threshold;
    QToolButton* m_attributesToggle;
    QWidget* m_attributes;
    QLineEdit* m_personClass;
    QLineEdit* m_personFilter;
    QLineEdit* m_groupClass;
    QLineEdit* m_idAttribute;
    QLineEdit* m_emailAttribute;
    QLineEdit* m_nameAttribute;
    QLineEdit* m_givenAttribute;
    QLineEdit* m_surnameAttribute;
    QLineEdit* m_groupNameAttribute;
    QLineEdit* m_memberAttribute;
    QCheckBox* m_memberIsDn;
    QLineEdit* m_loginAttribute;
    QLineEdit* m_changedAttribute;
    QLabel* m_lastRun;
    QPushButton* m_test;
    QLabel* m_testResult;
    QLabel* m_problem;
    QPushButton* m_preview;
    QDialogButtonBox* m_buttons;
    QWidget* m_content = nullptr;

    bool m_reading = true;
    bool m_saving = false;
    bool m_testing = false;
    bool m_touched = false;
    /// The password field holds what the keychain had for the settings as read (or was typed).
    QString m_passwordRead;
    bool m_passwordTyped = false; ///< The password field holds what the admin typed.
};

} // namespace usher
