#pragma once

#include "connection/connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace usher {

/// Asks for a connection's password, optionally explaining why (wrong password, no
/// keychain), and whether to keep it in the keychain.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    /// `problem`: why we ask (empty on a first ask). `keychainAvailable`: whether saving
    /// can be offered; when not, the checkbox is disabled and says why.
    PasswordDialog(const ConnectionProfile& profile, const QString& problem, bool keychainAvailable,
                   QWidget* parent = nullptr);

    QString password() const;
    bool rememberPassword() const;

private:
    QLineEdit* m_password;
    QCheckBox* m_remember;
};

} // namespace usher
