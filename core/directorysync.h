#pragma once
// Directory sync (G5): a workspace's people and groups follow an LDAP directory. What the
// directory is and how its entries read (DirectorySource), what one reading of it found
// (DirectorySnapshot), and the one way every backend decides what a sync changes
// (planDirectorySync) with its safety rules: people are matched by the directory's id, never
// by address alone; people who leave are disabled, never deleted; a listing that is not
// complete disables nobody; a sync that would disable more than the threshold stops and asks;
// the seat cap is kept, naming whom it left out.

#include "core/account.h"
#include "core/id.h"
#include "core/outcome.h"
#include "core/role.h"
#include "core/status.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace usher {

/// How the connection to the directory is protected.
enum class DirectoryTls {
    StartTls, ///< ldap:// upgraded with StartTLS before the password is sent.
    Ldaps,    ///< ldaps://, TLS from the first byte.
    None,     ///< No TLS: the password crosses the network readable (a loopback test server).
};

/// Which people the sync mirrors.
enum class DirectoryScope {
    AllPeople,    ///< Everyone under the people base DN.
    ChosenGroups, ///< Members of the chosen groups only; those groups alone are mirrored.
};

/// The directory software whose usual attributes a mapping starts from.
enum class DirectoryPreset { OpenLdap, ActiveDirectory, FreeIpa };

/// Which attributes and object classes hold what Usher needs.
struct DirectoryMapping
{
    QString personClass = QStringLiteral("inetOrgPerson");
    /// An LDAP filter people must match too, beside their class (Active Directory: people, not
    /// computers, and not disabled there); empty: none.
    QString personFilter;
    QString groupClass = QStringLiteral("groupOfNames");
    /// A value that never changes while the entry lives (entryUUID, objectGUID, ipaUniqueID):
    /// people and groups are matched by it, so a rename or a new address is a change, not a new person.
    QString id = QStringLiteral("entryUUID");
    QString email = QStringLiteral("mail");
    QString displayName = QStringLiteral("displayName"); ///< cn when the entry has none.
    QString givenName = QStringLiteral("givenName");
    QString surname = QStringLiteral("sn");
    QString groupName = QStringLiteral("cn");
    QString member = QStringLiteral("member");
    /// Whether `member` holds the members' DNs (member, uniqueMember) or their login names (memberUid).
    bool memberIsDn = true;
    QString login = QStringLiteral("uid"); ///< What memberUid values name.
    /// When an entry last changed (GeneralizedTime), for runs that read only what changed.
    QString changed = QStringLiteral("modifyTimestamp");

    bool operator==(const DirectoryMapping& other) const;
};

/// Whether `filter` is one parenthesised LDAP filter (its parentheses balanced, nothing outside
/// them), as a source's person filter must be.
bool isLdapFilter(const QString& filter);

/// The usual mapping of a directory product.
DirectoryMapping presetMapping(DirectoryPreset preset);

/// A workspace's directory, without the bind password (that stays in the keychain).
struct DirectorySource
{
    QString url; ///< ldap://host:port or ldaps://host:port; empty: the workspace has no directory.
    DirectoryTls tls = DirectoryTls::StartTls;
    QString caFile; ///< PEM file of the CA that signed the server's certificate; empty: the system's.
    QString bindDn; ///< Empty: an anonymous bind.
    QString peopleBase;
    QString groupsBase; ///< Empty: groups are not mirrored.
    DirectoryScope scope = DirectoryScope::AllPeople;
    QStringList chosenGroups; ///< ChosenGroups: the groups' names (as the directory spells them).
    DirectoryMapping mapping;
    /// A sync that would disable more than this percentage of the synced people stops and asks.
    int disableThresholdPercent = 10;
    /// Minutes between runs while Usher is open; 0: only when asked ("manual").
    int intervalMinutes = 0;
    // Kept by the backend:
    QDateTime lastRunAt;     ///< The last sync applied.
    QString lastRunSummary;  ///< What it did, one sentence.
    /// The latest change time (`mapping.changed`) a complete sync read: a run that reads only
    /// what changed asks for entries changed since then.
    QString highWater;
    QDateTime lastFullRunAt; ///< The last complete sync of the whole directory.

    bool configured() const { return !url.isEmpty(); }
};

/// Whether two settings read the same people and groups the same way and decide alike (address,
/// bind DN, security, bases, scope, chosen groups, attributes, threshold): a listing read with
/// one is applied only while the workspace still has the other.
bool sameDirectory(const DirectorySource& a, const DirectorySource& b);

/// How long a schedule goes on reading only what changed before it reads the whole directory
/// again (which is what finds the people who left).
constexpr int fullRunHours = 24;

/// Whether a scheduled run at `now` must read the whole directory: no complete run yet, no
/// change time kept, or the last complete run fullRunHours ago or more.
bool wantsFullRun(const DirectorySource& source, const QDateTime& now);

/// Whether `text` is an LDAP GeneralizedTime ("20261208013000Z", "20261208013000.0Z"), as a
/// filter may quote it.
bool isGeneralizedTime(const QString& text);

/// What is wrong with a source, one sentence naming the field, or nothing.
std::optional<QString> directorySourceProblem(const DirectorySource& source);

/// The directory's own name of a source for messages and the audit log: "ldap://host:389 (ou=people,dc=example,dc=org)".
QString directorySourceLabel(const DirectorySource& source);

/// A person as the directory lists them.
struct DirectoryPerson
{
    QString externalId;
    QString dn;
    QString login;
    QString email;
    QString displayName;
    QString firstName;
    QString lastName;
};

/// A group as the directory lists it, its members resolved to people's external ids (members
/// outside the people base are left out).
struct DirectoryGroup
{
    QString externalId;
    QString dn;
    QString name;
    QStringList memberIds;
};

/// One complete reading of the directory (or a partial one, which disables nobody).
struct DirectorySnapshot
{
    QList<DirectoryPerson> people;
    QList<DirectoryGroup> groups;
    /// False when the server may have left entries out (a size or time limit reached, paging
    /// refused): a person missing from a partial listing has not left.
    bool complete = true;
    QString incompleteWhy;
    /// Entries that could not be read as people, one sentence each ("uid=x: no mail address").
    QStringList skippedEntries;
    QString sourceLabel; ///< directorySourceLabel() of the source read.
    /// Only the entries changed since a time were read: the people it lists are added or
    /// updated, the groups it lists mirrored (their member lists are whole), and nobody who is
    /// not listed is disabled or removed from a group.
    bool incremental = false;
    QString highWater; ///< The latest change time among the entries read.
};

/// A member of the workspace as a sync sees them.
struct SyncMember
{
    qint64 accountId = 0;
    QString externalId; ///< Empty: not linked to the directory.
    QString email;
    QString displayName;
    QString firstName;
    QString lastName;
    Role role = Role::Member;
    Status status = Status::Active;
    /// Disabled by a sync because they left the directory (and nobody changed their status
    /// since): they are reactivated when they come back.
    bool disabledBySync = false;
};

/// A group of the workspace as a sync sees it.
struct SyncGroup
{
    qint64 groupId = 0;
    QString name;
    bool synced = false;
    QString externalId;
    QList<qint64> members; ///< Account ids; read for synced groups only.
};

/// The workspace as a sync finds it, read inside its transaction.
struct SyncState
{
    QList<SyncMember> members; ///< Linked members, and unlinked ones (who may be matched by address).
    QList<SyncGroup> groups;
    qint64 operatorAccountId = 0;
    qint64 activeAdmins = 0;
    qint64 seatsUsed = 0;
    std::optional<qint64> seatCap;
    /// External ids of people erased at their request (GDPR): never brought back.
    QSet<QString> erased;
};

/// What a sync does to one person.
enum class SyncChange {
    Added,       ///< A new active member from the directory.
    Linked,      ///< An existing member with the directory person's address, now followed by the sync.
    Updated,     ///< Name or address changed (and reactivated, when they had left and came back).
    Reactivated, ///< Back in the directory after a sync disabled them.
    Disabled,    ///< Left the directory (or the chosen groups).
    Unchanged,
    Skipped,     ///< Not added: no free seat.
    Refused,     ///< A rule refused the change (`why` says which).
};

/// The plan for one person.
struct SyncStep
{
    SyncChange change = SyncChange::Unchanged;
    QString refusal;
    qint64 accountId = 0;    ///< 0: a new person.
    QString externalId;
    QString email;           ///< As they will be.
    QString displayName;     ///< As they will be.
    std::optional<PersonName> name; ///< A new first and last name (or a new person's).
    bool emailChanges = false;
    bool reactivates = false; ///< Disabled by a sync, and back in the directory.
    QStringList changes;     ///< One sentence each: "Name: Ada Byron → Ada Lovelace".
    Role role = Role::Member; ///< Their role (a sync never changes it).
    Status status = Status::Active; ///< Their status before.
};

/// The plan for one group.
struct GroupSyncStep
{
    qint64 groupId = 0; ///< 0: created by the sync.
    QString externalId;
    QString dn; ///< Where it is in the directory (empty for a group no longer listed).
    QString name;
    QString oldName; ///< When renamed.
    QStringList addIds;     ///< People to add, by external id.
    QList<qint64> removeIds; ///< Members to remove, by account id.
    QString refusal; ///< A native group of the same name is in the way.
    QStringList changes;
};

/// What a sync would do, as the preview shows it and the apply does it.
struct SyncPlan
{
    QList<SyncStep> people;
    QList<GroupSyncStep> groups;
    qint64 syncedActive = 0; ///< Synced members active or invited before the sync (whom it may disable).
    /// Set when the plan disables more people than the threshold allows, saying how many and why
    /// it stopped; the apply disables nobody until the operator confirms that many.
    QString massDisable;
    /// Set when the listing was partial: nobody is disabled, and this says why.
    QString disablesWithheld;
    QString seatNote; ///< Set when people were skipped for the seat cap.
    /// Set when synced groups were left as they are although the directory did not list them
    /// (a listing of no groups at all looks like a wrong base DN, not like every group gone).
    QString groupsWithheld;
    /// Everyone the sync follows after it, by external id: their account ids (0: added by it).
    QHash<QString, qint64> followed;

    qint64 count(SyncChange change) const;
    /// How many people the plan disables (the number the operator confirms).
    qint64 disables() const { return count(SyncChange::Disabled); }
    /// "3 added, 1 updated, 2 disabled, 120 unchanged; 2 groups changed."
    QString summary() const;
};

/// Decides a sync (one rule for every backend). `state` is the workspace as read inside the
/// sync's transaction, `source` the settings the snapshot was read with.
SyncPlan planDirectorySync(const DirectorySource& source, const DirectorySnapshot& snapshot, const SyncState& state);

/// What a sync did (or in a dry run would do) to one person or group.
struct SyncOutcome : Outcome
{
    QString email;
    SyncChange change = SyncChange::Unchanged;
    QStringList changes;
    Id accountId;
    QString externalId; ///< The directory's id of the person or group.
    bool group = false; ///< The outcome of a group (its name in Outcome::name).

    /// "Ada Lovelace <ada@example.org>", or "Group Engineering".
    QString label() const;
};

/// The name of an outcome's kind for a column ("Added", "Would be disabled", "Not reached").
QString syncChangeName(const SyncOutcome& outcome, bool dryRun);

/// What a sync run answers.
struct SyncReport
{
    SyncPlan plan;
    QList<SyncOutcome> outcomes; ///< People first, then groups; in a dry run what would happen.
    bool dryRun = true;
    /// The apply stopped before changing anything because it would disable more people than the
    /// operator confirmed (plan.massDisable says why).
    bool needsConfirmation = false;
};

} // namespace usher

Q_DECLARE_METATYPE(usher::SyncOutcome)
Q_DECLARE_METATYPE(usher::SyncReport)
