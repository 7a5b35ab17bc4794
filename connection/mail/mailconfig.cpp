#include "connection/mail/mailconfig.h"

#include "core/email.h"

#include <QCoreApplication>
#include <QSettings>

namespace usher {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::MailConfig)
};

/// "mail/<profile>". QSettings reads '/' and '\' as group separators, so they are escaped (with
/// '%' itself) to keep a profile named "a/b" from landing in another profile's group.
QString groupOf(const QString& profile)
{
    QString escaped = profile;
    escaped.replace(QLatin1Char('%'), QLatin1String("%25"));
    escaped.replace(QLatin1Char('/'), QLatin1String("%2F"));
    escaped.replace(QLatin1Char('\\'), QLatin1String("%5C"));
    if (escaped.isEmpty()) {
        escaped = QStringLiteral("%"); // no escaped name is a lone '%'
    }
    return QStringLiteral("mail/") + escaped;
}

} // namespace

QString smtpSecurityKey(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::None:
        return QStringLiteral("none");
    case SmtpSettings::Security::StartTls:
        return QStringLiteral("starttls");
    case SmtpSettings::Security::Tls:
        return QStringLiteral("tls");
    }
    Q_UNREACHABLE();
}

SmtpSettings::Security smtpSecurityFromKey(const QString& key)
{
    if (key == QLatin1String("tls")) {
        return SmtpSettings::Security::Tls;
    }
    if (key == QLatin1String("none")) {
        return SmtpSettings::Security::None;
    }
    return SmtpSettings::Security::StartTls;
}

std::optional<QString> mailServerProblem(const SmtpSettings& settings)
{
    const QString host = settings.host.trimmed();
    if (host.isEmpty()) {
        return Text::tr("Server host: enter the mail server's name, such as smtp.example.org.");
    }
    if (host.contains(QLatin1String("://")) || host.contains(QLatin1Char(' '))) {
        return Text::tr("Server host: enter the server's name alone, without spaces or a scheme such as smtp://.");
    }
    if (settings.port < 1 || settings.port > 65535) {
        return Text::tr("Port: choose a port between 1 and 65535.");
    }
    if (const auto why = securityProblem(settings)) {
        return why;
    }
    if (const QString why = emailProblem(settings.fromAddress); !why.isEmpty()) {
        return Text::tr("Sender address: %1.").arg(why);
    }
    if (settings.timeoutSeconds < 1 || settings.timeoutSeconds > maxSmtpTimeoutSeconds) {
        return Text::tr("Timeout: choose between 1 and %1 seconds.").arg(maxSmtpTimeoutSeconds);
    }
    return std::nullopt;
}

SmtpSettings loadSmtpSettings(const QString& profile)
{
    const SmtpSettings defaults;
    SmtpSettings loaded;
    QSettings settings;
    settings.beginGroup(groupOf(profile));
    loaded.host = settings.value(QStringLiteral("host")).toString();
    loaded.port = settings.value(QStringLiteral("port"), defaults.port).toInt();
    loaded.security = smtpSecurityFromKey(settings.value(QStringLiteral("security")).toString());
    loaded.user = settings.value(QStringLiteral("user")).toString();
    loaded.fromAddress = settings.value(QStringLiteral("fromAddress")).toString();
    loaded.fromName = settings.value(QStringLiteral("fromName")).toString();
    loaded.timeoutSeconds = settings.value(QStringLiteral("timeoutSeconds"), defaults.timeoutSeconds).toInt();
    settings.endGroup();
    if (loaded.port < 1 || loaded.port > 65535) {
        loaded.port = defaults.port;
    }
    if (loaded.timeoutSeconds < 1 || loaded.timeoutSeconds > maxSmtpTimeoutSeconds) {
        loaded.timeoutSeconds = defaults.timeoutSeconds;
    }
    return loaded;
}

QString smtpPasswordKey(const Id& workspaceId)
{
    return QStringLiteral("smtp-password-%1").arg(workspaceId.text());
}

QString captchaSiteKeyKey(const Id& workspaceId)
{
    return QStringLiteral("captcha-site-key-%1").arg(workspaceId.text());
}

QString captchaSecretKey(const Id& workspaceId)
{
    return QStringLiteral("captcha-secret-%1").arg(workspaceId.text());
}

} // namespace usher
