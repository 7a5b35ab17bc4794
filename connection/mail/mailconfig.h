#pragma once

#include "connection/mail/smtpclient.h"
#include "core/id.h"

#include <QString>

#include <optional>

namespace usher {

/// The SMTP settings a connection profile held before the mail server moved into the workspace
/// (Backend::mailServer()), in QSettings under "mail/<profile>/...": only to offer them once when
/// a workspace has no mail server yet. The password is never among them.
SmtpSettings loadSmtpSettings(const QString& profile);

/// Why the settings cannot be used to send mail, naming the field, or nothing: a server name
/// (alone, without a scheme), a port, a security that keeps the password and mails encrypted,
/// a sender address and a timeout within maxSmtpTimeoutSeconds.
std::optional<QString> mailServerProblem(const SmtpSettings& settings);

/// The stable key of a security setting, as stored ("none", "starttls", "tls").
QString smtpSecurityKey(SmtpSettings::Security security);
/// Parses a stored key; unknown or missing keys read as STARTTLS, never as plain text.
SmtpSettings::Security smtpSecurityFromKey(const QString& key);

/// The keychain entry ("what" of CredentialStore) holding the SMTP password of workspace
/// `workspaceId`, kept by whoever configured or entered it.
QString smtpPasswordKey(const Id& workspaceId);
/// The keychain entry holding the captcha provider's site key of workspace `workspaceId`
/// (one connection can hold several workspaces, each with its own keys).
QString captchaSiteKeyKey(const Id& workspaceId);
/// The keychain entry holding the captcha provider's secret key of workspace `workspaceId`.
QString captchaSecretKey(const Id& workspaceId);

/// The longest a mail server may take over one mail before Usher gives up on it.
constexpr int maxSmtpTimeoutSeconds = 300;

} // namespace usher
