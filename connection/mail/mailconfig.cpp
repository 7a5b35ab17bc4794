#include "connection/mail/mailconfig.h"

#include <QSettings>

namespace usher {

namespace {

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

QString securityKey(SmtpSettings::Security security)
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

/// Unknown or missing keys read as STARTTLS, never as plain text.
SmtpSettings::Security securityFromKey(const QString& key)
{
    if (key == QLatin1String("tls")) {
        return SmtpSettings::Security::Tls;
    }
    if (key == QLatin1String("none")) {
        return SmtpSettings::Security::None;
    }
    return SmtpSettings::Security::StartTls;
}

} // namespace

SmtpSettings loadSmtpSettings(const QString& profile)
{
    const SmtpSettings defaults;
    SmtpSettings loaded;
    QSettings settings;
    settings.beginGroup(groupOf(profile));
    loaded.host = settings.value(QStringLiteral("host")).toString();
    loaded.port = settings.value(QStringLiteral("port"), defaults.port).toInt();
    loaded.security = securityFromKey(settings.value(QStringLiteral("security")).toString());
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

void saveSmtpSettings(const QString& profile, const SmtpSettings& smtp)
{
    QSettings settings;
    settings.beginGroup(groupOf(profile));
    settings.setValue(QStringLiteral("host"), smtp.host);
    settings.setValue(QStringLiteral("port"), smtp.port);
    settings.setValue(QStringLiteral("security"), securityKey(smtp.security));
    settings.setValue(QStringLiteral("user"), smtp.user);
    settings.setValue(QStringLiteral("fromAddress"), smtp.fromAddress);
    settings.setValue(QStringLiteral("fromName"), smtp.fromName);
    settings.setValue(QStringLiteral("timeoutSeconds"), smtp.timeoutSeconds);
    // The password belongs in the keychain; drop any a hand-edited file may hold.
    settings.remove(QStringLiteral("password"));
    settings.endGroup();
}

QString captchaSiteKeyKey(qint64 workspaceId)
{
    return QStringLiteral("captcha-site-key-%1").arg(workspaceId);
}

QString captchaSecretKey(qint64 workspaceId)
{
    return QStringLiteral("captcha-secret-%1").arg(workspaceId);
}

} // namespace usher
