#pragma once
// Reading an LDAP directory for a sync (G5) with OpenLDAP's libldap: StartTLS or ldaps with
// the certificate verified against the source's CA, a simple bind, and paged searches
// (RFC 2696) so a server's size limit never truncates a listing silently. Blocking: run it off
// the GUI thread (LdapReader::read does).

#include "connection/result.h"
#include "core/directorysync.h"
#include "core/stoptoken.h"

#include <QFuture>

#include <functional>
#include <optional>

namespace usher {

/// What Test Connection found: how many people and groups a sync would see.
struct DirectoryProbe
{
    qint64 people = 0;
    qint64 groups = 0;
    QStringList groupNames; ///< The first few hundred, for choosing groups to sync.
    QStringList findings;   ///< One sentence each, for the dialog.
};

/// The keychain entry of a workspace's bind password (under the connection's
/// ConnectionProfile::keychainName()). It names the directory's address, bind DN and security
/// too, so a password saved for one server is never sent to another the settings were changed
/// to, nor unencrypted where it was saved for TLS.
QString directoryPasswordKey(const Id& workspaceId, const DirectorySource& source);

class LdapReader
{
public:
    /// Entries per page of a paged search.
    static constexpr int pageSize = 500;

    /// Reads every person and group of `source` (blocking), or with `changedSince` (a
    /// GeneralizedTime, DirectorySource::highWater) only those changed since then, as an
    /// incremental snapshot whose groups' members are still resolved against everyone. Progress
    /// counts entries read. A stop, a lost connection or a refused search answers an error:
    /// never a partial listing that looks complete. A listing the server cut short (its size or
    /// time limit) answers a snapshot with complete = false.
    static Result<DirectorySnapshot> readNow(const DirectorySource& source, const QString& password,
                                             const StopToken& stop = {},
                                             const std::function<void(qint64)>& progress = {},
                                             const QString& changedSince = {});
    /// Connects, binds and counts (blocking).
    static Result<DirectoryProbe> probeNow(const DirectorySource& source, const QString& password);

    /// Where the next part of a value list handed out in ranges starts (Active Directory gives a
    /// large group's members as "member;range=0-1499", then asked for "member;range=1500-*"):
    /// for `attribute` ("member") and the name an entry carried, the first value not yet read;
    /// nothing when that name is the last part ("member;range=1500-*") or no range at all.
    static std::optional<qint64> nextRangeStart(const QString& attribute, const QString& carried);

    /// readNow and probeNow on a worker thread.
    static QFuture<Result<DirectorySnapshot>> read(const DirectorySource& source, const QString& password,
                                                   const StopToken& stop = {}, const QString& changedSince = {});
    static QFuture<Result<DirectoryProbe>> probe(const DirectorySource& source, const QString& password);
};

} // namespace usher
