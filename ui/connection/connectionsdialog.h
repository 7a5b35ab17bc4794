#pragma once

#include "connection/connectionprofile.h"
#include "connection/session.h"

#include <QDialog>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QFormLayout;

namespace usher {

class CredentialStore;
class ProfileEditor;

/// Add, edit, remove and test connection profiles. Profiles are saved without secrets;
/// a password goes to the keychain when the person asks for it.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Tests connections through `session` (which makes backends as it does for connecting).
    ConnectionsDialog(Session* session, CredentialStore* credentials, QWidget* parent = nullptr);
    ~ConnectionsDialog() override;

    /// Shows this profile in the form (when it exists).
    void select(const QString& name);
    /// Shows the connection that is open: selected when it is saved, otherwise in the form as a
    /// new profile that Save adds to the list (a file opened by hand, a profile from the
    /// command line).
    void showOpen(const ConnectionProfile& profile);

signals:
    /// The person chose Connect: open this profile with this password (may be empty).
    void connectRequested(const ConnectionProfile& profile, const QString& password);

private:
    void reloadList(const QString& selectName = {});
    void showProfile(const ConnectionProfile& profile);
    ConnectionProfile profileFromForm() const;
    /// The editor of the kind chosen in the form.
    ProfileEditor* currentEditor() const;
    void updateKindPage();
    void addProfile();
    void removeProfile();
    /// Saves the form; returns false (and says why) when it cannot.
    bool saveProfile();
    void testConnection();
    void setStatus(const QString& text, bool good);

    Session* m_session;
    CredentialStore* m_credentials;
    ProfileStore m_store;
    QString m_editing; ///< Name of the profile in the form before edits; empty for a new one.

    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QFormLayout* m_form;
    std::vector<std::unique_ptr<ProfileEditor>> m_editors; ///< One per kind, in Kind order.
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLineEdit* m_workspace;
    QLabel* m_status;
    QPushButton* m_test;
    QPushButton* m_save;
    QPushButton* m_connect;
    QPushButton* m_remove;
};

} // namespace usher
