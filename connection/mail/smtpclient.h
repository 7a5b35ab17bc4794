#pragma once

#include <QString>

#include <optional>

namespace usher {

/// How Usher reaches the mail server (I3). The password comes from the keychain, never from settings.
struct SmtpSettings
{
    enum class Security {
        None, ///< Plain SMTP, no TLS at all: only for loopback test sinks.
        StartTls, ///< Plain connect, then STARTTLS; refuses to send if the upgrade fails.
        Tls, ///< Implicit TLS from the first byte (smtps://, usually port 465).
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; ///< Empty: no authentication.
    QString password;
    QString fromAddress;
    QString fromName;
    /// Connect timeout and total time limit per mail: a server that never answers fails after this.
    int timeoutSeconds = 30;

    /// Whether there is enough to try sending: a host and a sender address.
    bool isConfigured() const;
};

/// One mail to one recipient, with a plain-text and an HTML rendering of the same content.
struct MailMessage
{
    QString to; ///< The recipient's address.
    QString toName; ///< May be empty.
    QString subject; ///< Any Unicode; sent RFC 2047-encoded when not plain ASCII.
    QString text; ///< The text/plain part (UTF-8, quoted-printable).
    QString html; ///< The text/html part (UTF-8, quoted-printable); both go in one multipart/alternative.
};

/// What became of one mail.
struct SmtpOutcome
{
    bool sent = false;
    /// When not sent: the server's own reply line(s) when it gave one (e.g. "550 5.1.1 <x@y>: Recipient
    /// address rejected"), otherwise curl's description (e.g. "Timeout was reached after 2 s"). Never
    /// contains the password.
    QString error;
    /// True when retrying will not help: a 5xx reply, or a message that cannot be sent as given (an invalid
    /// address). False for 4xx replies, timeouts and connection failures.
    bool permanent = false;
};

/// Why these settings may not be used, or nothing: a password and the mails must not travel
/// unencrypted, so Security::None is only for a server on this computer (a test sink).
std::optional<QString> securityProblem(const SmtpSettings& settings);

/// Sends one mail and waits for the server's answer. Blocking: call it off the GUI thread. Thread-safe.
SmtpOutcome sendMail(const SmtpSettings& settings, const MailMessage& message);

} // namespace usher
