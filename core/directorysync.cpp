#include "core/directorysync.h"

#include "core/email.h"
#include "core/permissions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace usher {

namespace {
/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::DirectorySync)
};

QString nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

/// An attribute name or OID as LDAP allows it (RFC 4512), with an option (";binary") at most.
bool isAttributeName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+)(;[A-Za-z0-9-]+)?$"));
    return pattern.match(name).hasMatch();
}

QString personName(const DirectoryPerson& person)
{
    return person.displayName.isEmpty() ? person.email : person.displayName;
}

PersonName namesOf(const DirectoryPerson& person)
{
    if (person.firstName.isEmpty() && person.lastName.isEmpty()) {
        return splitDisplayName(person.displayName);
    }
    return {person.firstName, person.lastName};
}
} // namespace

bool isLdapFilter(const QString& filter)
{
    if (!filter.startsWith(QLatin1Char('(')) || !filter.endsWith(QLatin1Char(')'))) {
        return false;
    }
    int depth = 0;
    for (qsizetype i = 0; i < filter.size(); ++i) {
        const QChar c = filter.at(i);
        if (c == QLatin1Char('\\')) {
            ++i; // an escaped character (\28 stands for a parenthesis in a value)
            continue;
        }
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
            if (depth < 0 || (depth == 0 && i != filter.size() - 1)) {
                return false; // closed before its end: something stands outside the filter
            }
        }
    }
    return depth == 0;
}

bool DirectoryMapping::operator==(const DirectoryMapping& other) const
{
    return personClass == other.personClass && personFilter == other.personFilter && groupClass == other.groupClass
        && id == other.id
        && email == other.email && displayName == other.displayName && givenName == other.givenName
        && surname == other.surname && groupName == other.groupName && member == other.member
        && memberIsDn == other.memberIsDn && login == other.login && changed == other.changed;
}

DirectoryMapping presetMapping(DirectoryPreset preset)
{
    DirectoryMapping mapping;
    switch (preset) {
    case DirectoryPreset::OpenLdap:
        break;
    case DirectoryPreset::ActiveDirectory:
        mapping.personClass = QStringLiteral("user");
        // People, not computers (also of class user), and not those disabled in the directory
        // (bit 2 of userAccountControl), who are how people leave there.
        mapping.personFilter
            = QStringLiteral("(&(objectCategory=person)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))");
        mapping.groupClass = QStringLiteral("group");
        mapping.id = QStringLiteral("objectGUID");
        mapping.login = QStringLiteral("sAMAccountName");
        mapping.changed = QStringLiteral("whenChanged");
        break;
    case DirectoryPreset::FreeIpa:
        mapping.personClass = QStringLiteral("person");
        mapping.groupClass = QStringLiteral("groupOfNames");
        mapping.id = QStringLiteral("ipaUniqueID");
        break;
    }
    return mapping;
}

bool sameDirectory(const DirectorySource& a, const DirectorySource& b)
{
    return a.url.trimmed().compare(b.url.trimmed(), Qt::CaseInsensitive) == 0 && a.tls == b.tls
        && a.bindDn.trimmed() == b.bindDn.trimmed() && a.peopleBase.trimmed() == b.peopleBase.trimmed()
        && a.groupsBase.trimmed() == b.groupsBase.trimmed() && a.scope == b.scope && a.chosenGroups == b.chosenGroups
        && a.mapping == b.mapping && a.disableThresholdPercent == b.disableThresholdPercent;
}

bool wantsFullRun(const DirectorySource& source, const QDateTime& now)
{
    return source.highWater.isEmpty() || !source.lastFullRunAt.isValid()
        || source.lastFullRunAt.secsTo(now) >= qint64(fullRunHours) * 3600;
}

bool isGeneralizedTime(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{10,14}([.,][0-9]{1,6})?(Z|[+-][0-9]{4})$"));
    return pattern.match(text).hasMatch();
}

std::optional<QString> directorySourceProblem(const DirectorySource& source)
{
    const QUrl url(source.url.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (source.url.trimmed().isEmpty()) {
        return Text::tr("Server: enter the directory's address, such as ldap://ldap.example.org.");
    }
    if (!url.isValid() || (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps")) || url.host().isEmpty()) {
        return Text::tr("Server: “%1” is not an LDAP address; it starts with ldap:// or ldaps:// and names a host.")
            .arg(source.url);
    }
    if (!url.path().isEmpty() && url.path() != QLatin1String("/")) {
        return Text::tr("Server: give the base DNs in their own fields, not in the address.");
    }
    if ((scheme == QLatin1String("ldaps")) != (source.tls == DirectoryTls::Ldaps)) {
        return scheme == QLatin1String("ldaps")
            ? Text::tr("Security: an ldaps:// address uses TLS from the start; choose “TLS (ldaps)”.")
            : Text::tr("Security: “TLS (ldaps)” needs an ldaps:// address.");
    }
    if (source.peopleBase.trimmed().isEmpty()) {
        return Text::tr("People base DN: enter where the people are, such as ou=people,dc=example,dc=org.");
    }
    if (source.scope == DirectoryScope::ChosenGroups) {
        if (source.groupsBase.trimmed().isEmpty()) {
            return Text::tr("Groups base DN: syncing the members of chosen groups needs to know where the groups are.");
        }
        if (source.chosenGroups.isEmpty()) {
            return Text::tr("Sync: tick at least one group whose members are synced.");
        }
    }
    if (source.disableThresholdPercent < 0 || source.disableThresholdPercent > 100) {
        return Text::tr("Stop when disabling more than: give a percentage from 0 to 100.");
    }
    if (source.intervalMinutes < 0 || source.intervalMinutes > 7 * 24 * 60) {
        return Text::tr("Schedule: give minutes from 0 (only when asked) to a week.");
    }
    const DirectoryMapping& m = source.mapping;
    const QList<std::pair<QString, QString>> attributes {
        {Text::tr("Person class"), m.personClass}, {Text::tr("Group class"), m.groupClass},
        {Text::tr("Id attribute"), m.id},          {Text::tr("Email attribute"), m.email},
        {Text::tr("Name attribute"), m.displayName}, {Text::tr("First name attribute"), m.givenName},
        {Text::tr("Last name attribute"), m.surname}, {Text::tr("Group name attribute"), m.groupName},
        {Text::tr("Member attribute"), m.member},  {Text::tr("Login attribute"), m.login},
        {Text::tr("Change time attribute"), m.changed},
    };
    for (const auto& [field, value] : attributes) {
        if (!isAttributeName(value)) {
            return Text::tr("%1: “%2” is not an attribute or class name.").arg(field, value);
        }
    }
    if (!m.personFilter.isEmpty() && !isLdapFilter(m.personFilter)) {
        return Text::tr("Person filter: write one LDAP filter in parentheses, such as (department=Sales).");
    }
    return std::nullopt;
}

QString directorySourceLabel(const DirectorySource& source)
{
    return QStringLiteral("%1 (%2)").arg(source.url, source.peopleBase);
}

qint64 SyncPlan::count(SyncChange change) const
{
    return std::count_if(people.cbegin(), people.cend(), [change](const SyncStep& step) { return step.change == change; });
}

QString SyncPlan::summary() const
{
    QStringList parts;
    const auto add = [&parts](qint64 n, const QString& text) {
        if (n > 0) {
            parts.append(text);
        }
    };
    add(count(SyncChange::Added), Text::tr("%n added", nullptr, int(count(SyncChange::Added))));
    add(count(SyncChange::Linked), Text::tr("%n linked", nullptr, int(count(SyncChange::Linked))));
    add(count(SyncChange::Updated), Text::tr("%n updated", nullptr, int(count(SyncChange::Updated))));
    add(count(SyncChange::Reactivated), Text::tr("%n reactivated", nullptr, int(count(SyncChange::Reactivated))));
    add(count(SyncChange::Disabled), Text::tr("%n disabled", nullptr, int(count(SyncChange::Disabled))));
    add(count(SyncChange::Skipped), Text::tr("%n skipped for the seat limit", nullptr, int(count(SyncChange::Skipped))));
    add(count(SyncChange::Refused), Text::tr("%n refused", nullptr, int(count(SyncChange::Refused))));
    add(count(SyncChange::Unchanged), Text::tr("%n unchanged", nullptr, int(count(SyncChange::Unchanged))));
    const auto changedGroups = std::count_if(groups.cbegin(), groups.cend(),
                                             [](const GroupSyncStep& step) { return !step.changes.isEmpty(); });
    if (changedGroups > 0) {
        parts.append(Text::tr("%n group(s) changed", nullptr, int(changedGroups)));
    }
    return parts.isEmpty() ? Text::tr("nothing to change") : parts.join(QStringLiteral(", "));
}

SyncPlan planDirectorySync(const DirectorySource& source, const DirectorySnapshot& snapshot, const SyncState& state)
{
    SyncPlan plan;

    // The scope: in ChosenGroups, the chosen groups and their members only.
    QList<DirectoryGroup> groups;
    QSet<QString> inScope;
    if (source.scope == DirectoryScope::ChosenGroups) {
        QSet<QString> chosen;
        for (const QString& name : source.chosenGroups) {
            chosen.insert(nameKey(name));
        }
        for (const DirectoryGroup& group : snapshot.groups) {
            if (chosen.contains(nameKey(group.name))) {
                groups.append(group);
                for (const QString& id : group.memberIds) {
                    inScope.insert(id);
                }
            }
        }
    } else if (!source.groupsBase.isEmpty()) {
        groups = snapshot.groups;
    }

    QHash<QString, const SyncMember*> linked;
    QHash<QString, const SyncMember*> byEmail;
    QHash<qint64, const SyncMember*> byAccount;
    for (const SyncMember& member : state.members) {
        byEmail.insert(normalizedEmail(member.email), &member);
        byAccount.insert(member.accountId, &member);
        if (!member.externalId.isEmpty()) {
            linked.insert(member.externalId, &member);
            if (member.status == Status::Active || member.status == Status::Invited) {
                ++plan.syncedActive; // those a sync may disable: the threshold's whole
            }
        }
    }

    // A run of changes only lists who changed: everyone followed already stays in the groups
    // the run mirrors, and (in ChosenGroups) in the scope.
    QHash<QString, qint64> placed; ///< External id → account id (0: new), of people the sync keeps.
    if (snapshot.incremental) {
        for (const SyncMember& member : state.members) {
            if (!member.externalId.isEmpty() && member.status != Status::Deleted) {
                placed.insert(member.externalId, member.accountId);
                inScope.insert(member.externalId);
            }
        }
    }

    qint64 seatsUsed = state.seatsUsed;
    const auto seatFree = [&]() { return !state.seatCap || seatsUsed < *state.seatCap; };
    QSet<QString> seen;
    QSet<QString> seenEmails;

    for (const DirectoryPerson& person : snapshot.people) {
        if (source.scope == DirectoryScope::ChosenGroups && !inScope.contains(person.externalId)) {
            continue;
        }
        if (seen.contains(person.externalId)) {
            continue; // Listed twice (two base DNs overlap): the first reading counts.
        }
        seen.insert(person.externalId);
        SyncStep step;
        step.externalId = person.externalId;
        step.email = person.email.trimmed();
        step.displayName = personName(person);
        if (state.erased.contains(person.externalId)) {
            step.change = SyncChange::Refused;
            step.refusal = Text::tr("Erased from Usher at their request: take them out of the directory (or the "
                                    "synced groups) to end this.");
            plan.people.append(step);
            continue;
        }
        const QString key = normalizedEmail(step.email);
        const QString problem = emailProblem(step.email);
        if (!problem.isEmpty()) {
            step.change = SyncChange::Refused;
            step.refusal = Text::tr("The directory gives no usable address (%1).").arg(problem);
            plan.people.append(step);
            continue;
        }
        if (seenEmails.contains(key)) {
            step.change = SyncChange::Refused;
            step.refusal = Text::tr("Another person in the directory has the same address.");
            plan.people.append(step);
            continue;
        }
        seenEmails.insert(key);

        const SyncMember* member = linked.value(person.externalId);
        bool linking = false;
        if (!member) {
            const SyncMember* sameAddress = byEmail.value(key);
            if (sameAddress && !sameAddress->externalId.isEmpty()) {
                step.change = SyncChange::Refused;
                step.accountId = sameAddress->accountId;
                step.refusal = Text::tr("This address is %1's, who is linked to another entry of the directory.")
                                   .arg(sameAddress->displayName);
                plan.people.append(step);
                continue;
            }
            member = sameAddress;
            linking = member != nullptr;
        }

        if (!member) {
            step.name = namesOf(person);
            if (!seatFree()) {
                step.change = SyncChange::Skipped;
                step.refusal = refusalForSeats(seatsUsed, state.seatCap, 1).value_or(QString());
            } else {
                ++seatsUsed;
                step.change = SyncChange::Added;
                step.changes.append(Text::tr("Joins as %1, from the directory.").arg(roleDisplayName(Role::Member)));
                placed.insert(person.externalId, 0);
            }
            plan.people.append(step);
            continue;
        }

        step.accountId = member->accountId;
        step.role = member->role;
        step.status = member->status;
        if (member->status == Status::Deleted) {
            step.change = SyncChange::Refused;
            step.refusal = Text::tr("Deleted in Usher: restore or remove them before the sync can follow them.");
            plan.people.append(step);
            continue;
        }
        const PersonName names = namesOf(person);
        if (!person.displayName.isEmpty()
            && (person.displayName != member->displayName || names.first != member->firstName
                || names.last != member->lastName)) {
            step.name = names;
            if (person.displayName != member->displayName) {
                step.changes.append(Text::tr("Name: %1 → %2").arg(member->displayName, person.displayName));
            }
        } else {
            step.displayName = member->displayName;
        }
        if (key != normalizedEmail(member->email) || step.email != member->email) {
            const SyncMember* holder = byEmail.value(key);
            if (holder && holder != member) {
                step.change = SyncChange::Refused;
                step.refusal = Text::tr("The directory's new address %1 is already %2's.").arg(step.email, holder->displayName);
                if (!linking) {
                    placed.insert(person.externalId, member->accountId); // Still followed, only not renamed.
                }
                plan.people.append(step);
                continue;
            }
            step.emailChanges = true;
            step.changes.append(Text::tr("Email: %1 → %2").arg(member->email, step.email));
        } else {
            step.email = member->email;
        }
        bool reactivates = false;
        if (member->status == Status::Disabled && member->disabledBySync) {
            if (!seatFree()) {
                step.change = SyncChange::Skipped;
                step.refusal = refusalForSeats(seatsUsed, state.seatCap, 1).value_or(QString());
                plan.people.append(step);
                continue;
            }
            ++seatsUsed;
            reactivates = true;
            step.reactivates = true;
            step.changes.append(Text::tr("Back in the directory."));
        }
        if (linking) {
            step.change = SyncChange::Linked;
            step.changes.prepend(Text::tr("Already a member with this address: followed by the sync from now on."));
        } else if (reactivates && step.changes.size() == 1) {
            step.change = SyncChange::Reactivated;
        } else {
            step.change = step.changes.isEmpty() ? SyncChange::Unchanged : SyncChange::Updated;
        }
        placed.insert(person.externalId, member->accountId);
        plan.people.append(step);
    }

    // Those the directory no longer lists, in the scope: disabled, never deleted.
    qint64 activeAdmins = state.activeAdmins;
    for (const SyncMember& member : state.members) {
        if (snapshot.incremental || member.externalId.isEmpty() || seen.contains(member.externalId)
            || (member.status != Status::Active && member.status != Status::Invited)) {
            continue;
        }
        if (!snapshot.complete) {
            plan.disablesWithheld = Text::tr("The directory's listing was not complete (%1), so nobody is disabled.")
                                        .arg(snapshot.incompleteWhy);
            continue;
        }
        SyncStep step;
        step.accountId = member.accountId;
        step.externalId = member.externalId;
        step.email = member.email;
        step.displayName = member.displayName;
        step.role = member.role;
        step.status = member.status;
        std::optional<QString> why;
        if (member.accountId == state.operatorAccountId) {
            why = Text::tr("You run this sync: disable yourself by hand if you mean to.");
        } else {
            why = refusalForLastAdmin(activeAdmins, member.role, member.status, member.role, Status::Disabled);
        }
        if (why) {
            step.change = SyncChange::Refused;
            step.refusal = Text::tr("Left the directory, but stays active: %1").arg(*why);
        } else {
            step.change = SyncChange::Disabled;
            step.changes.append(source.scope == DirectoryScope::ChosenGroups
                                    ? Text::tr("Left the directory or its chosen groups.")
                                    : Text::tr("Left the directory."));
            if (isActiveAdmin(member.role, member.status)) {
                --activeAdmins;
            }
        }
        plan.people.append(step);
    }

    const qint64 disables = plan.disables();
    if (disables > 0 && disables * 100 > qint64(source.disableThresholdPercent) * plan.syncedActive) {
        plan.massDisable = Text::tr("This sync would disable %n of the %1 people it follows, more than the %2 % "
                                    "you allow. A wrong base DN or a directory that answered only in part looks "
                                    "like this; check the directory before you confirm.",
                                    nullptr, int(disables))
                               .arg(plan.syncedActive)
                               .arg(source.disableThresholdPercent);
    }
    const qint64 skipped = plan.count(SyncChange::Skipped);
    if (skipped > 0) {
        plan.seatNote = Text::tr("%n person(s) could not be added or reactivated: the workspace has no free seat.",
                                 nullptr, int(skipped));
    }

    plan.followed = placed;
    // Groups: created, renamed, and their members mirrored.
    if (groups.isEmpty() && source.groupsBase.isEmpty()) {
        return plan;
    }
    QHash<QString, const SyncGroup*> syncedGroups;
    QHash<QString, const SyncGroup*> groupByName;
    for (const SyncGroup& group : state.groups) {
        groupByName.insert(nameKey(group.name), &group);
        if (group.synced) {
            syncedGroups.insert(group.externalId, &group);
        }
    }
    QSet<QString> seenGroups;
    QSet<QString> plannedNames; ///< Names the groups of this run will have, so two never meet.
    for (const DirectoryGroup& group : std::as_const(groups)) {
        if (seenGroups.contains(group.externalId)) {
            continue;
        }
        seenGroups.insert(group.externalId);
        GroupSyncStep step;
        step.externalId = group.externalId;
        step.dn = group.dn;
        step.name = group.name;
        const SyncGroup* existing = syncedGroups.value(group.externalId);
        const SyncGroup* sameName = groupByName.value(nameKey(group.name));
        if (plannedNames.contains(nameKey(group.name))) {
            step.refusal = Text::tr("Another group of the directory is also called “%1”.").arg(group.name);
            plannedNames.insert(nameKey(group.name));
            plan.groups.append(step);
            continue;
        }
        plannedNames.insert(nameKey(group.name));
        if (sameName && sameName != existing) {
            step.refusal = sameName->synced
                ? Text::tr("Another synced group is already called “%1”.").arg(group.name)
                : Text::tr("Usher already has a group called “%1” of its own: rename it to sync this one.").arg(group.name);
            plan.groups.append(step);
            continue;
        }
        const QSet<QString> wanted(group.memberIds.cbegin(), group.memberIds.cend());
        QSet<QString> current;
        if (existing) {
            step.groupId = existing->groupId;
            if (existing->name != group.name) {
                step.oldName = existing->name;
                step.changes.append(Text::tr("Renamed: %1 → %2").arg(existing->name, group.name));
            }
            for (qint64 accountId : existing->members) {
                const SyncMember* member = byAccount.value(accountId);
                const QString id = member ? member->externalId : QString();
                // After a listing the server cut short, someone not read may still be a member:
                // the run adds, and removes nobody.
                if (snapshot.complete && (id.isEmpty() || !placed.contains(id) || !wanted.contains(id))) {
                    step.removeIds.append(accountId);
                } else if (!id.isEmpty()) {
                    current.insert(id);
                }
            }
        } else {
            step.changes.append(Text::tr("Created from the directory."));
        }
        for (const QString& id : group.memberIds) {
            if (placed.contains(id) && !current.contains(id)) {
                step.addIds.append(id);
                current.insert(id);
            }
        }
        if (!step.addIds.isEmpty()) {
            step.changes.append(Text::tr("%n member(s) added", nullptr, int(step.addIds.size())));
        }
        if (!step.removeIds.isEmpty()) {
            step.changes.append(Text::tr("%n member(s) removed", nullptr, int(step.removeIds.size())));
        }
        plan.groups.append(step);
    }
    // Synced groups the directory no longer lists (or no longer chosen) are emptied, not
    // deleted: the permissions they granted end, and an admin decides what becomes of them.
    const bool noGroupsListed = groups.isEmpty();
    for (const SyncGroup& group : state.groups) {
        // A group marked synced without the directory's id was not made by a sync: left alone.
        if (!group.synced || group.externalId.isEmpty() || seenGroups.contains(group.externalId) || !snapshot.complete
            || snapshot.incremental || group.members.isEmpty()) {
            continue;
        }
        if (noGroupsListed) {
            plan.groupsWithheld = Text::tr("The directory listed no groups, so the synced groups keep their members. "
                                           "Check the groups base DN.");
            continue;
        }
        GroupSyncStep step;
        step.groupId = group.groupId;
        step.externalId = group.externalId;
        step.name = group.name;
        step.removeIds = group.members;
        step.changes.append(Text::tr("No longer in the directory: its %n member(s) removed", nullptr,
                                     int(group.members.size())));
        plan.groups.append(step);
    }
    return plan;
}

QString SyncOutcome::label() const
{
    if (group) {
        return Text::tr("Group %1").arg(name);
    }
    return name.isEmpty() || name == email ? email : QStringLiteral("%1 <%2>").arg(name, email);
}

QString syncChangeName(const SyncOutcome& outcome, bool dryRun)
{
    if (outcome.notReached) {
        return Text::tr("Not reached");
    }
    switch (outcome.change) {
    case SyncChange::Added:
        return dryRun ? Text::tr("Would be added") : Text::tr("Added");
    case SyncChange::Linked:
        return dryRun ? Text::tr("Would be linked") : Text::tr("Linked");
    case SyncChange::Updated:
        return dryRun ? Text::tr("Would be updated") : Text::tr("Updated");
    case SyncChange::Reactivated:
        return dryRun ? Text::tr("Would be reactivated") : Text::tr("Reactivated");
    case SyncChange::Disabled:
        return dryRun ? Text::tr("Would be disabled") : Text::tr("Disabled");
    case SyncChange::Unchanged:
        return Text::tr("Unchanged");
    case SyncChange::Skipped:
        return Text::tr("Skipped");
    case SyncChange::Refused:
        return Text::tr("Refused");
    }
    return {};
}

} // namespace usher
