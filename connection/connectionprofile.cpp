#include "connection/connectionprofile.h"

#include "connection/loopback.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QSettings>
#include <QVariantMap>

#include <algorithm>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::ConnectionProfile)
};

const QString arrayKey = QStringLiteral("connections/profiles");
const QString lastUsedKey = QStringLiteral("connections/lastUsed");

/// The kind-specific part saved under `kind` ("sqlite", "postgres"); a SQLite file when there
/// is no kind (profiles saved before there were kinds); nothing for a kind this Usher does not
/// know (saved by a newer one), which is then kept as it is but not offered.
template<std::size_t index = 0>
std::optional<ConnectionProfile::Target> readTarget(const QSettings& settings, const QString& kind)
{
    if constexpr (index < std::variant_size_v<ConnectionProfile::Target>) {
        std::variant_alternative_t<index, ConnectionProfile::Target> place;
        if (kind == place.settingsKey() || (index == 0 && kind.isEmpty())) {
            place.read(settings);
            return ConnectionProfile::Target {place};
        }
        return readTarget<index + 1>(settings, kind);
    } else {
        return std::nullopt;
    }
}

/// The saved entries of kinds this Usher does not know, each as its keys and values.
QList<QVariantMap> unknownKinds(QSettings& settings)
{
    QList<QVariantMap> kept;
    const int count = settings.beginReadArray(arrayKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        if (!readTarget(settings, settings.value(QStringLiteral("kind")).toString())) {
            QVariantMap entry;
            for (const QString& key : settings.childKeys()) {
                entry.insert(key, settings.value(key));
            }
            kept.append(entry);
        }
    }
    settings.endArray();
    return kept;
}
} // namespace

QString SqliteFile::kindName()
{
    return Text::tr("SQLite");
}

QString SqliteFile::displayLocation() const
{
    return QDir::toNativeSeparators(path);
}

QString SqliteFile::problem() const
{
    return path.trimmed().isEmpty() ? Text::tr("Choose the database file.") : QString();
}

void SqliteFile::read(const QSettings& settings)
{
    path = settings.value(QStringLiteral("file")).toString();
}

void SqliteFile::write(QSettings& settings) const
{
    settings.setValue(QStringLiteral("file"), path);
}

bool PostgresServer::operator==(const PostgresServer& other) const
{
    return host == other.host && port == other.port && database == other.database && user == other.user
        && tls == other.tls && caFile == other.caFile;
}

QString PostgresServer::kindName()
{
    return Text::tr("PostgreSQL");
}

QString PostgresServer::location() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString PostgresServer::problem() const
{
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
            if (ConnectionProfile::systemCaBundle().isEmpty()) {
                return Text::tr("Verifying the server needs the CA certificate file that signed its certificate.");
            }
        } else if (!QFileInfo(caFile).isReadable()) {
            return Text::tr("The CA certificate file “%1” cannot be read.").arg(caFile);
        }
    }
    return {};
}

void PostgresServer::read(const QSettings& settings)
{
    host = settings.value(QStringLiteral("host")).toString();
    port = settings.value(QStringLiteral("port"), 5432).toInt();
    database = settings.value(QStringLiteral("database")).toString();
    user = settings.value(QStringLiteral("user")).toString();
    tls = tlsModeFromKey(settings.value(QStringLiteral("tls")).toString());
    caFile = settings.value(QStringLiteral("caFile")).toString();
}

void PostgresServer::write(QSettings& settings) const
{
    settings.setValue(QStringLiteral("host"), host);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("database"), database);
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(QStringLiteral("tls"), tlsModeKey(tls));
    settings.setValue(QStringLiteral("caFile"), caFile);
}

bool ScimService::operator==(const ScimService& other) const
{
    return baseUrl == other.baseUrl && caFile == other.caFile && timeoutSeconds == other.timeoutSeconds
        && auth == other.auth && tokenUrl == other.tokenUrl && clientId == other.clientId && scope == other.scope
        && roleAttribute == other.roleAttribute;
}

QString ScimService::kindName()
{
    return Text::tr("SCIM");
}

QString ScimService::account() const
{
    return auth == ScimAuth::ClientCredentials ? clientId : QUrl(baseUrl.trimmed()).host();
}

QString ScimService::problem() const
{
    const QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    if (baseUrl.trimmed().isEmpty()) {
        return Text::tr("Enter the service's base URL, for example https://idp.example.org/scim/v2.");
    }
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return Text::tr("The base URL must start with https:// and name a host.");
    }
    if (!url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty()) {
        return Text::tr("The base URL cannot hold a query, a fragment or a user name; the token is asked for separately.");
    }
    if (url.scheme() == QLatin1String("http") && !mayBeLoopback(url.host())) {
        return Text::tr("A token may travel unencrypted (http://) only to a service on this machine (localhost); use "
                        "https://.");
    }
    if (auth == ScimAuth::ClientCredentials) {
        const QUrl token(tokenUrl.trimmed(), QUrl::StrictMode);
        if (tokenUrl.trimmed().isEmpty() || !token.isValid() || token.host().isEmpty()
            || (token.scheme() != QLatin1String("https") && token.scheme() != QLatin1String("http"))) {
            return Text::tr("Enter the OAuth token URL, for example https://idp.example.org/oauth2/token.");
        }
        if (token.scheme() == QLatin1String("http") && !mayBeLoopback(token.host())) {
            return Text::tr("The client secret may travel unencrypted (http://) only to a token URL on this machine "
                            "(localhost); use https://.");
        }
        if (clientId.trimmed().isEmpty()) {
            return Text::tr("Enter the OAuth client id.");
        }
    }
    if (!caFile.trimmed().isEmpty() && !QFileInfo(caFile).isReadable()) {
        return Text::tr("The CA certificate file “%1” cannot be read.").arg(caFile);
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 600) {
        return Text::tr("The time-out must be between 1 and 600 seconds.");
    }
    // An attribute name (RFC 7644 3.10), alone or after its extension's URN: it is written into
    // filters as it stands, so nothing else passes.
    static const QRegularExpression attributeName(
        QStringLiteral("^(urn:[A-Za-z0-9][A-Za-z0-9:._-]*:)?[A-Za-z][A-Za-z0-9_-]*$"));
    if (!roleAttribute.trimmed().isEmpty() && !attributeName.match(roleAttribute.trimmed()).hasMatch()) {
        return Text::tr("The role attribute “%1” is not an attribute name: use a name such as userType, or an "
                        "extension's attribute by its full name (urn:…:User:division).")
            .arg(roleAttribute.trimmed());
    }
    return {};
}

void ScimService::read(const QSettings& settings)
{
    baseUrl = settings.value(QStringLiteral("url")).toString();
    caFile = settings.value(QStringLiteral("caFile")).toString();
    timeoutSeconds = settings.value(QStringLiteral("timeoutSeconds"), 30).toInt();
    auth = settings.value(QStringLiteral("auth")).toString() == QLatin1String("client-credentials")
        ? ScimAuth::ClientCredentials
        : ScimAuth::BearerToken;
    tokenUrl = settings.value(QStringLiteral("tokenUrl")).toString();
    clientId = settings.value(QStringLiteral("clientId")).toString();
    scope = settings.value(QStringLiteral("scope")).toString();
    roleAttribute = settings.value(QStringLiteral("roleAttribute")).toString();
}

void ScimService::write(QSettings& settings) const
{
    settings.setValue(QStringLiteral("url"), baseUrl);
    settings.setValue(QStringLiteral("caFile"), caFile);
    settings.setValue(QStringLiteral("timeoutSeconds"), timeoutSeconds);
    settings.setValue(QStringLiteral("auth"), auth == ScimAuth::ClientCredentials ? QStringLiteral("client-credentials")
                                                                                 : QStringLiteral("bearer-token"));
    settings.setValue(QStringLiteral("tokenUrl"), tokenUrl);
    settings.setValue(QStringLiteral("clientId"), clientId);
    settings.setValue(QStringLiteral("scope"), scope);
    settings.setValue(QStringLiteral("roleAttribute"), roleAttribute);
}

bool ConnectionProfile::operator==(const ConnectionProfile& other) const
{
    return name == other.name && workspace == other.workspace && target == other.target;
}

bool ConnectionProfile::sameServer(const ConnectionProfile& other) const
{
    return target == other.target;
}

QString ConnectionProfile::kindName() const
{
    return std::visit([](const auto& place) { return place.kindName(); }, target);
}

QString ConnectionProfile::location() const
{
    return std::visit([](const auto& place) { return place.location(); }, target);
}

QString ConnectionProfile::title() const
{
    return isLocalFile() ? QFileInfo(file()->path).fileName() : name;
}

QString ConnectionProfile::displayLocation() const
{
    return std::visit([](const auto& place) { return place.displayLocation(); }, target);
}

QString ConnectionProfile::iconName() const
{
    return std::visit([](const auto& place) { return place.iconName(); }, target);
}

bool ConnectionProfile::needsPassword() const
{
    return std::visit([](const auto& place) { return place.needsSecret; }, target);
}

QString ConnectionProfile::secretScope() const
{
    if (const ScimService* service = scim()) {
        return QStringLiteral("scim|%1|%2|%3|%4")
            .arg(service->baseUrl.trimmed(),
                 service->auth == ScimAuth::ClientCredentials ? QStringLiteral("client") : QStringLiteral("bearer"),
                 service->tokenUrl.trimmed(), service->clientId.trimmed());
    }
    return kindName() + QLatin1Char('|') + location();
}

bool ConnectionProfile::secretIsToken() const
{
    return std::visit([](const auto& place) { return place.secretIsToken; }, target);
}

QString ConnectionProfile::account() const
{
    return std::visit([](const auto& place) { return place.account(); }, target);
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty()) {
        return Text::tr("Give the connection a name.");
    }
    if (name.contains(QLatin1Char(':'))) {
        return Text::tr("A connection name cannot contain a colon (:).");
    }
    return std::visit([](const auto& place) { return place.problem(); }, target);
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

QString ConnectionProfile::keychainName() const
{
    if (const SqliteFile* sqlite = file()) {
        return QStringLiteral("file:") + QFileInfo(sqlite->path).absoluteFilePath();
    }
    return name;
}

ConnectionProfile ConnectionProfile::sqliteFile(const QString& path)
{
    ConnectionProfile profile;
    profile.target = SqliteFile {path};
    profile.name = QFileInfo(path).fileName();
    return profile;
}

ConnectionProfile ConnectionProfile::postgresServer(const QString& name, const PostgresServer& server)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.target = server;
    return profile;
}

QString tlsModeKey(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Disable:
        return QStringLiteral("disable");
    case TlsMode::Require:
        return QStringLiteral("require");
    case TlsMode::VerifyFull:
        return QStringLiteral("verify-full");
    }
    Q_UNREACHABLE();
}

TlsMode tlsModeFromKey(const QString& key)
{
    if (key == QLatin1String("disable")) {
        return TlsMode::Disable;
    }
    if (key == QLatin1String("verify-full")) {
        return TlsMode::VerifyFull;
    }
    return TlsMode::Require;
}

QString tlsModeDisplayName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Disable:
        return Text::tr("Off (this machine only)");
    case TlsMode::Require:
        return Text::tr("Encrypted");
    case TlsMode::VerifyFull:
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
        const std::optional<ConnectionProfile::Target> target
            = readTarget(settings, settings.value(QStringLiteral("kind")).toString());
        if (!target) {
            continue;
        }
        profile.target = *target;
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
    // Profiles of kinds a newer Usher saved stay as they were, unless one of ours took the name.
    QList<QVariantMap> kept = unknownKinds(settings);
    kept.erase(std::remove_if(kept.begin(), kept.end(),
                              [&profiles](const QVariantMap& entry) {
                                  const QString name = entry.value(QStringLiteral("name")).toString();
                                  return std::any_of(profiles.begin(), profiles.end(),
                                                     [&name](const ConnectionProfile& p) { return p.name == name; });
                              }),
               kept.end());
    settings.remove(arrayKey);
    settings.beginWriteArray(arrayKey, int(profiles.size() + kept.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& profile = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), profile.name);
        std::visit(
            [&settings](const auto& place) {
                settings.setValue(QStringLiteral("kind"), place.settingsKey());
                place.write(settings);
            },
            profile.target);
        settings.setValue(QStringLiteral("workspace"), profile.workspace);
    }
    for (int i = 0; i < kept.size(); ++i) {
        settings.setArrayIndex(int(profiles.size()) + i);
        for (auto value = kept.at(i).cbegin(); value != kept.at(i).cend(); ++value) {
            settings.setValue(value.key(), value.value());
        }
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
