#pragma once

#include "connection/mail/smtpclient.h"

#include <QString>

namespace usher {

/// The SMTP settings of a connection profile, kept in QSettings under "mail/<profile>/...". The
/// password is not among them: it lives in the keychain (CredentialStore, what = smtpPasswordKey()),
/// so the answer's password is always empty. Unsaved profiles answer SmtpSettings' defaults.
SmtpSettings loadSmtpSettings(const QString& profile);
/// Saves everything but the password, which is never written to QSettings.
void saveSmtpSettings(const QString& profile, const SmtpSettings& settings);

/// The keychain entry ("what" of CredentialStore) holding a profile's SMTP password.
inline QString smtpPasswordKey()
{
    return QStringLiteral("smtp-password");
}
/// The keychain entry holding the captcha provider's site key of workspace `workspaceId`
/// (one connection can hold several workspaces, each with its own keys).
QString captchaSiteKeyKey(qint64 workspaceId);
/// The keychain entry holding the captcha provider's secret key of workspace `workspaceId`.
QString captchaSecretKey(qint64 workspaceId);

/// The longest a mail server may take over one mail before Usher gives up on it.
constexpr int maxSmtpTimeoutSeconds = 300;

} // namespace usher
