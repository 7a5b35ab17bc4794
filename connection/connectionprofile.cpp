#include "connection/connectionprofile.h"

#include "connection/loopback.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::ConnectionProfile)
};

const QString arrayKey = QStringLiteral("connections/profiles");
const QString lastUsedKey = QStringLiteral("connections/lastUsed");
} // namespace

bool ConnectionProfile::operator==(const ConnectionProfile& other) const
{
    return name == other.name && kind == other.kind && filePath == other.filePath && host == other.host
        && port == other.port && database == other.database && user == other.user && tls == other.tls
        && caFile == other.caFile && workspace == other.workspace;
}

bool ConnectionProfile::sameServer(const ConnectionProfile& other) const
{
    return kind == other.kind && host == other.host && port == other.port && database == other.database
        && user == other.user && tls == other.tls && caFile == other.caFile;
}

QString ConnectionProfile::location() const
{
    if (kind == Kind::Sqlite) {
        return filePath;
    }
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString ConnectionProfile::title() const
{
    return isLocalFile() ? QFileInfo(filePath).fileName() : name;
}

QString ConnectionProfile::displayLocation() const
{
    return isLocalFile() ? QDir::toNativeSeparators(location()) : location();
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty()) {
        return Text::tr("Give the connection a name.");
    }
    if (name.contains(QLatin1Char(':'))) {
        return Text::tr("A connection name cannot contain a colon (:).");
    }
    if (kind == Kind::Sqlite) {
        return filePath.trimmed().isEmpty() ? Text::tr("Choose the database file.") : QString();
    }
    if (host.trimmed().isEmpty()) {
        return Text::tr("Enter the server's host name.");
    }
    if (port < 1 || port > 65535) {
        return Text::tr("The port must be between 1 and 65535.");
    }
    if (database.trimmed().isEmpty()) {
        return Text::tr("Enter the database name.");
    }
    if (user.trimmed().isEmpty()) {
        return Text::tr("Enter the user name.");
    }
    for (const QString* field : {&host, &database, &user, &caFile}) {
        if (field->contains(QLatin1Char(';'))) {
            return Text::tr("The connection details cannot contain a semicolon (;).");
        }
    }
    if (tls == TlsMode::Disable && !mayBeLoopback(host)) {
        return Text::tr("Encryption can be off only for a server on this machine (localhost); choose Encrypted and "
                        "verified.");
    }
    if (tls == TlsMode::VerifyFull) {
        if (caFile.trimmed().isEmpty()) {
            if (systemCaBundle().isEmpty()) {
                return Text::tr("Verifying the server needs the CA certificate file that signed its certificate.");
            }
        } else if (!QFileInfo(caFile).isReadable()) {
            return Text::tr("The CA certificate file “%1” cannot be read.").arg(caFile);
        }
    }
    return {};
}

QString ConnectionProfile::systemCaBundle()
{
    for (const char* path : {"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
                             "/etc/ssl/cert.pem", "/usr/local/etc/openssl/cert.pem"}) {
        const QString file = QString::fromLatin1(path);
        if (QFileInfo(file).isReadable()) {
            return file;
        }
    }
    return {};
}

ConnectionProfile ConnectionProfile::sqliteFile(const QString& path)
{
    ConnectionProfile profile;
    profile.kind = Kind::Sqlite;
    profile.filePath = path;
    profile.name = QFileInfo(path).fileName();
    return profile;
}

QString tlsModeKey(ConnectionProfile::TlsMode mode)
{
    switch (mode) {
    case ConnectionProfile::TlsMode::Disable:
        return QStringLiteral("disable");
    case ConnectionProfile::TlsMode::Require:
        return QStringLiteral("require");
    case ConnectionProfile::TlsMode::VerifyFull:
        return QStringLiteral("verify-full");
    }
    Q_UNREACHABLE();
}

ConnectionProfile::TlsMode tlsModeFromKey(const QString& key)
{
    if (key == QLatin1String("disable")) {
        return ConnectionProfile::TlsMode::Disable;
    }
    if (key == QLatin1String("verify-full")) {
        return ConnectionProfile::TlsMode::VerifyFull;
    }
    return ConnectionProfile::TlsMode::Require;
}

QString tlsModeDisplayName(ConnectionProfile::TlsMode mode)
{
    switch (mode) {
    case ConnectionProfile::TlsMode::Disable:
        return Text::tr("Off (this machine only)");
    case ConnectionProfile::TlsMode::Require:
        return Text::tr("Encrypted");
    case ConnectionProfile::TlsMode::VerifyFull:
        return Text::tr("Encrypted and verified");
    }
    Q_UNREACHABLE();
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QSettings settings;
    QList<ConnectionProfile> result;
    const int count = settings.beginReadArray(arrayKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.kind = settings.value(QStringLiteral("kind")).toString() == QLatin1String("postgres")
            ? ConnectionProfile::Kind::Postgres
            : ConnectionProfile::Kind::Sqlite;
        profile.filePath = settings.value(QStringLiteral("file")).toString();
        profile.host = settings.value(QStringLiteral("host")).toString();
        profile.port = settings.value(QStringLiteral("port"), 5432).toInt();
        profile.database = settings.value(QStringLiteral("database")).toString();
        profile.user = settings.value(QStringLiteral("user")).toString();
        profile.tls = tlsModeFromKey(settings.value(QStringLiteral("tls")).toString());
        profile.caFile = settings.value(QStringLiteral("caFile")).toString();
        profile.workspace = settings.value(QStringLiteral("workspace")).toString();
        if (!profile.name.isEmpty()) {
            result.append(profile);
        }
    }
    settings.endArray();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString& name) const
{
    for (const ConnectionProfile& profile : profiles()) {
        if (profile.name == name) {
            return profile;
        }
    }
    return std::nullopt;
}

void ProfileStore::write(const QList<ConnectionProfile>& profiles) const
{
    QSettings settings;
    settings.remove(arrayKey);
    settings.beginWriteArray(arrayKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& profile = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), profile.name);
        settings.setValue(QStringLiteral("kind"), profile.kind == ConnectionProfile::Kind::Postgres
                                                      ? QStringLiteral("postgres")
                                                      : QStringLiteral("sqlite"));
        settings.setValue(QStringLiteral("file"), profile.filePath);
        settings.setValue(QStringLiteral("host"), profile.host);
        settings.setValue(QStringLiteral("port"), profile.port);
        settings.setValue(QStringLiteral("database"), profile.database);
        settings.setValue(QStringLiteral("user"), profile.user);
        settings.setValue(QStringLiteral("tls"), tlsModeKey(profile.tls));
        settings.setValue(QStringLiteral("caFile"), profile.caFile);
        settings.setValue(QStringLiteral("workspace"), profile.workspace);
    }
    settings.endArray();
}

void ProfileStore::save(const ConnectionProfile& profile, const QString& previousName)
{
    QList<ConnectionProfile> all = profiles();
    const QString replacing = previousName.isEmpty() ? profile.name : previousName;
    bool replaced = false;
    for (ConnectionProfile& existing : all) {
        if (existing.name == replacing) {
            existing = profile;
            replaced = true;
            break;
        }
    }
    if (!replaced) {
        all.append(profile);
    }
    write(all);
    if (!previousName.isEmpty() && lastUsed() == previousName) {
        setLastUsed(profile.name);
    }
}

void ProfileStore::remove(const QString& name)
{
    QList<ConnectionProfile> all = profiles();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const ConnectionProfile& p) { return p.name == name; }),
              all.end());
    write(all);
    if (lastUsed() == name) {
        setLastUsed({});
    }
}

QString ProfileStore::lastUsed() const
{
    return QSettings().value(lastUsedKey).toString();
}

void ProfileStore::setLastUsed(const QString& name)
{
    QSettings().setValue(lastUsedKey, name);
}

} // namespace usher
