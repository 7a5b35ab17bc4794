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
/// The keychain entry holding the captcha provider's site key of a profile's workspace.
QString captchaSiteKeyKey();
/// The keychain entry holding the captcha provider's secret key of a profile's workspace.
QString captchaSecretKey();

} // namespace usher
