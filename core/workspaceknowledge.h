#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace usher {

/// What the workbench knows of a workspace from the last time a connection was open, so a
/// list prepared offline is checked against it: its groups (and which are synced from a
/// directory), its members' addresses and its seats. Stated with where and when it was taken,
/// since it may be out of date. The addresses are kept only as salted hashes: the cache holds
/// no list of people, and it is never a secret store.
struct WorkspaceKnowledge
{
    QString source;     ///< The connection's name ("Local database", a saved connection).
    QString workspace;  ///< The workspace's name.
    QDateTime takenAt;  ///< When it was read (UTC).
    QStringList groups; ///< Every group's name.
    QStringList syncedGroups;
    /// Members' addresses, hashed; empty (and membersKnown false) when they were not read.
    QSet<QByteArray> memberHashes;
    QByteArray salt;
    bool membersKnown = false;
    qint64 seatsUsed = 0;
    std::optional<qint64> seatCap;

    /// A new, random salt for the hashes.
    static QByteArray newSalt();
    /// The hash of `email` (normalised) under `salt`.
    static QByteArray hashOf(const QByteArray& salt, const QString& email);
    void addMember(const QString& email);
    /// Whether the address belongs to a member, as far as this knows.
    bool isMember(const QString& email) const;
    /// Whether `name` is a group there (ignoring case), and whether it is synced.
    bool hasGroup(const QString& name) const;
    bool isSynced(const QString& name) const;
    /// "as of 7 Dec 2026 13:40 from Local database", for messages.
    QString asOf() const;

    QJsonObject toJson() const;
    /// Read back from toJson(); nothing when the object is not knowledge.
    static std::optional<WorkspaceKnowledge> fromJson(const QJsonObject& object);
};

} // namespace usher
