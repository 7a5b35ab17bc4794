#include "core/workspaceknowledge.h"

#include "core/email.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>

namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::UserList)
};

bool containsFolded(const QStringList& names, const QString& name)
{
    const QString wanted = name.trimmed();
    return std::any_of(names.cbegin(), names.cend(),
                       [&wanted](const QString& n) { return n.compare(wanted, Qt::CaseInsensitive) == 0; });
}

} // namespace

QByteArray WorkspaceKnowledge::newSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    return salt;
}

QByteArray WorkspaceKnowledge::hashOf(const QByteArray& salt, const QString& email)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(normalizedEmail(email).toUtf8());
    return hash.result();
}

void WorkspaceKnowledge::addMember(const QString& email)
{
    memberHashes.insert(hashOf(salt, email));
}

bool WorkspaceKnowledge::isMember(const QString& email) const
{
    return membersKnown && memberHashes.contains(hashOf(salt, email));
}

bool WorkspaceKnowledge::hasGroup(const QString& name) const
{
    return containsFolded(groups, name);
}

bool WorkspaceKnowledge::isSynced(const QString& name) const
{
    return containsFolded(syncedGroups, name);
}

QString WorkspaceKnowledge::asOf() const
{
    // The locale's short date with the whole year, and the time without seconds (as the
    // screens write times).
    const QLocale locale;
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy"))) {
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss"));
    const QDateTime local = takenAt.toLocalTime();
    const QString when = locale.toString(local.date(), dateFormat) + QLatin1Char(' ') + locale.toString(local.time(), timeFormat);
    return Text::tr("as of %1 from %2").arg(when, source);
}

QJsonObject WorkspaceKnowledge::toJson() const
{
    QJsonArray hashes;
    for (const QByteArray& hash : memberHashes) {
        hashes.append(QString::fromLatin1(hash.toBase64()));
    }
    QJsonObject object{{QStringLiteral("kind"), QStringLiteral("usher-workspace-knowledge")},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("workspace"), workspace},
                       {QStringLiteral("takenAt"), takenAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
                       {QStringLiteral("syncedGroups"), QJsonArray::fromStringList(syncedGroups)},
                       {QStringLiteral("membersKnown"), membersKnown},
                       {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                       {QStringLiteral("memberHashes"), hashes},
                       {QStringLiteral("seatsUsed"), seatsUsed}};
    if (seatCap) {
        object.insert(QStringLiteral("seatCap"), *seatCap);
    }
    return object;
}

std::optional<WorkspaceKnowledge> WorkspaceKnowledge::fromJson(const QJsonObject& object)
{
    if (object.value(QStringLiteral("kind")).toString() != QLatin1String("usher-workspace-knowledge")) {
        return std::nullopt;
    }
    WorkspaceKnowledge knowledge;
    knowledge.source = object.value(QStringLiteral("source")).toString();
    knowledge.workspace = object.value(QStringLiteral("workspace")).toString();
    knowledge.takenAt = QDateTime::fromString(object.value(QStringLiteral("takenAt")).toString(), Qt::ISODate);
    if (!knowledge.takenAt.isValid()) {
        return std::nullopt;
    }
    for (const QJsonValue& name : object.value(QStringLiteral("groups")).toArray()) {
        knowledge.groups.append(name.toString());
    }
    for (const QJsonValue& name : object.value(QStringLiteral("syncedGroups")).toArray()) {
        knowledge.syncedGroups.append(name.toString());
    }
    knowledge.membersKnown = object.value(QStringLiteral("membersKnown")).toBool();
    knowledge.salt = QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
    for (const QJsonValue& hash : object.value(QStringLiteral("memberHashes")).toArray()) {
        knowledge.memberHashes.insert(QByteArray::fromBase64(hash.toString().toLatin1()));
    }
    knowledge.seatsUsed = object.value(QStringLiteral("seatsUsed")).toInteger();
    if (object.contains(QStringLiteral("seatCap"))) {
        knowledge.seatCap = object.value(QStringLiteral("seatCap")).toInteger();
    }
    return knowledge;
}

} // namespace usher
