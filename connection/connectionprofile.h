#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <variant>

class QSettings;

namespace usher {

/// How a connection to a server is encrypted.
enum class TlsMode {
    Disable, ///< Plain text: only for a server on this machine (every address of the host loopback).
    Require, ///< Encrypted, but the server's certificate is not checked.
    /// Encrypted, certificate signed by the CA file (none: the system's CAs) and issued to the host name.
    VerifyFull,
};

// The kinds of place Usher connects to. Each is one struct holding what that kind needs and
// answering the same few questions (the profile asks them through std::visit), so a new kind
// is a new struct here, an alternative of ConnectionProfile::Target, a case in makeBackend()
// (connection/backendregistry.cpp) and an editor in ui/connection/profileeditors.cpp.

/// A SQLite file on this computer.
struct SqliteFile
{
    QString path;

    bool operator==(const SqliteFile& other) const { return path == other.path; }
    /// "SQLite": for titles and messages.
    static QString kindName();
    QString location() const { return path; }
    QString displayLocation() const;
    QString problem() const;
    /// Whoever holds the file controls it: no secret is asked for.
    static constexpr bool needsSecret = false;
    static constexpr bool secretIsToken = false;
    static QString account() { return {}; }
    static QString iconName() { return QStringLiteral("file-database"); }
    static QString settingsKey() { return QStringLiteral("sqlite"); }
    void read(const QSettings& settings);
    void write(QSettings& settings) const;
};

/// A PostgreSQL server, reached with a user name and a password.
struct PostgresServer
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    TlsMode tls = TlsMode::Require;
    QString caFile; ///< For VerifyFull; empty: the system's certificate authorities.

    bool operator==(const PostgresServer& other) const;
    static QString kindName();
    /// "user@host:port/database".
    QString location() const;
    QString displayLocation() const { return location(); }
    QString problem() const;
    static constexpr bool needsSecret = true;
    static constexpr bool secretIsToken = false;
    /// Whose secret is asked for: the user name.
    QString account() const { return user; }
    static QString iconName() { return QStringLiteral("server"); }
    static QString settingsKey() { return QStringLiteral("postgres"); }
    void read(const QSettings& settings);
    void write(QSettings& settings) const;
};

/// How Usher proves itself to a SCIM service.
enum class ScimAuth {
    BearerToken, ///< A token issued by whoever runs the service, sent as it is.
    /// OAuth 2.0 client credentials (RFC 6749 4.4): a client id and secret exchanged at the token
    /// URL for short-lived access tokens, fetched again when they expire or are refused.
    ClientCredentials,
};

/// A SCIM 2.0 service (RFC 7644), reached over HTTPS with a bearer token or an OAuth client.
struct ScimService
{
    QString baseUrl; ///< "https://idp.example.org/scim/v2"
    ScimAuth auth = ScimAuth::BearerToken;
    QString tokenUrl; ///< For ClientCredentials: "https://idp.example.org/oauth2/token".
    QString clientId; ///< For ClientCredentials; its secret is the profile's secret.
    /// For ClientCredentials: the scope to ask for (space-separated), where the token server
    /// needs one ("api://usher/.default"); empty: none sent.
    QString scope;
    QString caFile; ///< Extra certificate authorities to trust; empty: the system's.
    int timeoutSeconds = 30; ///< How long one request may go without an answer.
    /// Where Usher's role is kept: empty for `roles`, else an attribute of the User schema
    /// ("userType") or of an extension, by its full name (see scim::RoleAttribute).
    QString roleAttribute;

    bool operator==(const ScimService& other) const;
    static QString kindName();
    QString location() const { return baseUrl; }
    QString displayLocation() const { return baseUrl; }
    QString problem() const;
    static constexpr bool needsSecret = true;
    /// The secret is a bearer token the service's administrators issue, not a password.
    static constexpr bool secretIsToken = true;
    /// Whose secret is asked for: the OAuth client, or the service's host.
    QString account() const;
    static QString iconName() { return QStringLiteral("synced"); }
    static QString settingsKey() { return QStringLiteral("scim"); }
    void read(const QSettings& settings);
    void write(QSettings& settings) const;
};

/// Where Usher connects: a name, the workspace to show, and the kind-specific part (a SQLite
/// file or a PostgreSQL server). Stored without secrets; passwords live only in the OS keychain
/// (see CredentialStore) or in memory.
struct ConnectionProfile
{
    /// The alternatives of Target, in order.
    enum class Kind { Sqlite, Postgres, Scim };
    using Target = std::variant<SqliteFile, PostgresServer, ScimService>;
    using TlsMode = usher::TlsMode;

    QString name;
    QString workspace; ///< Workspace slug; empty: the first one.
    Target target;

    Kind kind() const { return Kind(target.index()); }
    /// The file, where the profile is a SQLite file; nullptr otherwise.
    const SqliteFile* file() const { return std::get_if<SqliteFile>(&target); }
    /// The server, where the profile is a PostgreSQL server; nullptr otherwise.
    const PostgresServer* server() const { return std::get_if<PostgresServer>(&target); }
    PostgresServer* server() { return std::get_if<PostgresServer>(&target); }
    /// The SCIM service, where the profile is one; nullptr otherwise.
    const ScimService* scim() const { return std::get_if<ScimService>(&target); }

    bool operator==(const ConnectionProfile& other) const;
    /// Whether a secret kept for `other` may be sent to this profile's server: the same kind
    /// and the same place (server, database, user and encryption).
    bool sameServer(const ConnectionProfile& other) const;

    /// "SQLite", "PostgreSQL": for titles and messages.
    QString kindName() const;
    /// "file.usher" or "user@host:port/database", for titles and messages.
    QString location() const;
    /// Whether the data is a file on this machine (opened by path, remembered as the last file).
    bool isLocalFile() const { return file() != nullptr; }
    /// For the window title: the file's name, or the profile's.
    QString title() const;
    /// The location as the person's system writes it (native separators for a file).
    QString displayLocation() const;
    /// The bundled icon for this kind of connection.
    QString iconName() const;
    /// Whether connecting needs a secret (a password) from the keychain or the person.
    bool needsPassword() const;
    /// What a secret given for this profile belongs to: the place and who signs in there (a
    /// server and its user; a service, how it is signed in to, its token URL and client id).
    /// A secret kept for one scope is never sent to another.
    QString secretScope() const;
    /// The name the secrets of what it connects to (a workspace's directory password) are kept
    /// under in the keychain (CredentialStore's profile): a SQLite file's absolute path, so the
    /// application and `usher sync --database` find the same entry whatever the file is called
    /// in the switcher; a server's profile name.
    QString keychainName() const;
    /// Whether the secret is a bearer token (a SCIM service) rather than a password.
    bool secretIsToken() const;
    /// The account a secret is asked for ("ada" on a server); empty where none is needed.
    QString account() const;
    /// Why this profile cannot be used as it is (translated), or an empty string.
    QString problem() const;

    /// The system's bundle of trusted certificate authorities, or empty when there is none.
    static QString systemCaBundle();
    /// A profile for a local SQLite file, named after it.
    static ConnectionProfile sqliteFile(const QString& path);
    /// A profile named `name` for a PostgreSQL server.
    static ConnectionProfile postgresServer(const QString& name, const PostgresServer& server);
};

QString tlsModeKey(TlsMode mode);
TlsMode tlsModeFromKey(const QString& key);
QString tlsModeDisplayName(TlsMode mode);

/// The saved profiles, in QSettings, without any secret.
class ProfileStore
{
public:
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString& name) const;
    /// Adds or replaces the profile; `previousName` renames an existing one.
    void save(const ConnectionProfile& profile, const QString& previousName = {});
    void remove(const QString& name);

    /// The profile to open at start; empty when the local database is to be used.
    QString lastUsed() const;
    void setLastUsed(const QString& name);

private:
    void write(const QList<ConnectionProfile>& profiles) const;
};

} // namespace usher
