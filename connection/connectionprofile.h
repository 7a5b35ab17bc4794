#pragma once

#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace usher {

/// Where Usher connects: a SQLite file or a PostgreSQL server. Stored without secrets;
/// passwords live only in the OS keychain (see CredentialStore) or in memory.
struct ConnectionProfile
{
    enum class Kind { Sqlite, Postgres };
    enum class TlsMode {
        Disable, ///< Plain text: only for a server on this machine (every address of the host loopback).
        Require, ///< Encrypted, but the server's certificate is not checked.
        /// Encrypted, certificate signed by the CA file (none: the system's CAs) and issued to the host name.
        VerifyFull,
    };

    QString name;
    Kind kind = Kind::Sqlite;
    QString filePath; ///< SQLite
    QString host; ///< PostgreSQL …
    int port = 5432;
    QString database;
    QString user;
    TlsMode tls = TlsMode::Require;
    QString caFile; ///< For VerifyFull; empty: the system's certificate authorities.
    QString workspace; ///< Workspace slug; empty: the first one.

    bool operator==(const ConnectionProfile& other) const;
    /// Whether a password for `other` may be sent to this profile's server: same server,
    /// database, user and encryption.
    bool sameServer(const ConnectionProfile& other) const;

    /// "file.usher" or "user@host:port/database", for titles and messages.
    QString location() const;
    /// Whether the data is a file on this machine (opened by path, remembered as the last file).
    bool isLocalFile() const { return kind == Kind::Sqlite; }
    /// For the window title: the file's name, or the profile's.
    QString title() const;
    /// The location as the person's system writes it (native separators for a file).
    QString displayLocation() const;
    /// The bundled icon for this kind of connection.
    QString iconName() const { return isLocalFile() ? QStringLiteral("file-database") : QStringLiteral("server"); }
    bool needsPassword() const { return kind == Kind::Postgres; }
    /// Why this profile cannot be used as it is (translated), or an empty string.
    QString problem() const;

    /// The system's bundle of trusted certificate authorities, or empty when there is none.
    static QString systemCaBundle();
    /// A profile for a local SQLite file, named after it.
    static ConnectionProfile sqliteFile(const QString& path);
};

QString tlsModeKey(ConnectionProfile::TlsMode mode);
ConnectionProfile::TlsMode tlsModeFromKey(const QString& key);
QString tlsModeDisplayName(ConnectionProfile::TlsMode mode);

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
