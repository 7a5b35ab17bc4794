#pragma once

#include "core/directorysync.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace usher::test {

/// A person in the test directory: an inetOrgPerson `uid=<uid>,ou=people,dc=example,dc=org`.
struct LdapPerson
{
    QString uid;
    QString mail;
    QString givenName;
    QString sn; ///< Required by inetOrgPerson: the uid stands in when it is empty.
    /// Also the cn; when empty the cn is "givenName sn" (the uid when both are empty too).
    QString displayName;
};

/// A groupOfNames `cn=<cn>,ou=groups,dc=example,dc=org` whose members are the people with these
/// uids (`member: uid=X,ou=people,dc=example,dc=org`, whether or not such a person was seeded).
/// A groupOfNames must have a member, so one without members holds LdapServer::placeholderMemberDn()
/// (cn=nobody,dc=example,dc=org, no such entry) alone; not its own DN, which would read as a group
/// nested in itself. Each uid is a member once, whatever its case.
struct LdapGroup
{
    QString cn;
    QStringList memberUids;
    QString description;
};

/// A throwaway OpenLDAP slapd (back_mdb) in a temporary directory on a free loopback port, for the
/// life of this object: StartTLS with a throwaway CA, a non-root service account with a size limit
/// of 500 (paged searches get everything), and a tree that tests replace wholesale with seed().
/// slapd runs in the foreground as this object's child and dies with the test process.
class LdapServer
{
public:
    /// Writes the certificates and slapd.conf and starts slapd with the empty tree (dc=example,
    /// dc=org; ou=people, ou=groups, ou=empty; ou=services with the service account). On failure
    /// a warning says why and isRunning() is false.
    LdapServer();
    /// Stops slapd (SIGTERM, then SIGKILL if it lingers).
    ~LdapServer();
    LdapServer(const LdapServer&) = delete;
    LdapServer& operator=(const LdapServer&) = delete;

    bool isRunning() const;
    /// "ldap://127.0.0.1:<port>"; StartTLS is offered on it (there is no ldaps:// port). Use the
    /// address, not "localhost": libldap checks a loopback "localhost" against the machine's
    /// host name instead.
    QString url() const;
    /// The CA (PEM) that signed the server's certificate (SAN IP:127.0.0.1, DNS:localhost).
    QString caFile() const;
    /// A CA (PEM) unrelated to the server's certificate: StartTLS trusting it alone must fail.
    QString wrongCaFile() const;

    static QString baseDn() { return QStringLiteral("dc=example,dc=org"); }
    static QString peopleDn() { return QStringLiteral("ou=people,dc=example,dc=org"); }
    static QString groupsDn() { return QStringLiteral("ou=groups,dc=example,dc=org"); }
    /// An organizational unit with nothing below it.
    static QString emptyDn() { return QStringLiteral("ou=empty,dc=example,dc=org"); }
    /// The service account Usher binds as (simple bind): not the root DN, reads every entry and
    /// the operational attributes (entryUUID, entryCSN, modifyTimestamp), never a userPassword.
    static QString bindDn() { return QStringLiteral("cn=usher,ou=services,dc=example,dc=org"); }
    static QString bindPassword() { return QStringLiteral("sync secret/with:odd chars"); }
    /// The size limit for the service account and anonymous binds: an unpaged search of more
    /// entries ends with sizeLimitExceeded (4) after this many; a paged search (RFC 2696, any
    /// page size) gets them all.
    static int sizeLimit() { return 500; }
    /// The one member of a group seeded without members (no such entry exists).
    static QString placeholderMemberDn() { return QStringLiteral("cn=nobody,dc=example,dc=org"); }

    /// Stops slapd, replaces the whole tree with the empty tree plus these people and groups
    /// (offline, with slapadd: 100,000 people in about 5 s) and starts slapd again. Every entry
    /// gets an entryUUID derived from its DN (name-based, RFC 4122 version 5), so the same uid
    /// keeps its entryUUID across seeds; entryCSN and modifyTimestamp are the time of the seed.
    /// False with a warning when anything failed (slapd then runs with what was loaded).
    bool seed(const QList<LdapPerson>& people, const QList<LdapGroup>& groups = {});
    /// Applies LDIF change records (changetype: add, modify, delete, modrdn) as the root DN over
    /// the running server, as another administrator would; an added entry gets a fresh random
    /// entryUUID. False with the tool's output as a warning on failure (the records before the
    /// failing one stay applied).
    bool modify(const QString& ldif);
    /// Stops slapd now (a test stops it mid-sync); the data stays.
    void stop();
    /// Starts slapd again on the same port with the same data; true at once when it runs.
    bool start();

    /// `uid=<uid>,ou=people,dc=example,dc=org`, the uid escaped as RFC 4514 asks.
    static QString personDn(const QString& uid);
    /// `cn=<cn>,ou=groups,dc=example,dc=org`, the cn escaped as RFC 4514 asks.
    static QString groupDn(const QString& cn);

    /// The settings that read this server as a workspace's directory: StartTLS with caFile(),
    /// the service account, the people and groups bases.
    DirectorySource source() const;
    /// `count` people p0000, p0001, … (from `from` on): uid pNNNN, mail pNNNN@example.org,
    /// "Person NumberN" (given name Person, sn NumberN).
    static QList<LdapPerson> numberedPeople(int count, int from = 0);

private:
    QString path(const QString& name) const;
    bool writeCertificates();
    bool writeConfig();
    bool writeSeed(const QString& fileName, const QList<LdapPerson>& people, const QList<LdapGroup>& groups);

    QTemporaryDir m_dir;
    QProcess m_slapd;
    quint16 m_port = 0;
    bool m_configured = false;
};

} // namespace usher::test
