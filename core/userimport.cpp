#include "core/userimport.h"

#include "core/account.h"

#include <QCoreApplication>

namespace usher {

namespace {
/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::UserImport)
};

bool sameName(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QString ImportOutcome::label() const
{
    const QString who = name.isEmpty() || name == email ? email : QStringLiteral("%1 <%2>").arg(name, email);
    return Text::tr("Line %1: %2").arg(line).arg(who);
}

QString importChangeName(const ImportOutcome& outcome, bool dryRun)
{
    if (outcome.notReached) {
        return Text::tr("Not reached");
    }
    switch (outcome.change) {
    case ImportChange::Invited:
        return dryRun ? Text::tr("Would be invited") : Text::tr("Invited");
    case ImportChange::Updated:
        return dryRun ? Text::tr("Would be updated") : Text::tr("Updated");
    case ImportChange::Unchanged:
        return Text::tr("Unchanged");
    case ImportChange::Refused:
        return Text::tr("Refused");
    }
    return {};
}

ImportStep planImportRow(Role opRole, const UserListRow& row, const ImportTarget& target, qint64 activeAdmins,
                         const std::function<std::optional<GroupSummary>(const QString&)>& group, bool createGroups)
{
    ImportStep step;
    auto refuse = [&step](const QString& why) {
        step.change = ImportChange::Refused;
        step.refusal = why;
        step.changes.clear();
        return step;
    };
    if (!row.ok()) {
        return refuse(row.problemText());
    }
    const bool invite = !target.member;
    if (!invite && target.status == Status::Deleted) {
        return refuse(Text::tr("%1 is deleted; restore them from the Deleted view before importing them.")
                          .arg(row.email));
    }
    const bool actsOnOther = invite || !target.self;
    if (invite) {
        if (const auto why = refusal(opRole, Action::InviteUser)) {
            return refuse(*why);
        }
        step.role = row.role.value_or(Role::Member);
        if (const auto why = refusalToGrant(opRole, step.role)) {
            return refuse(*why);
        }
        step.name = row.firstName.isEmpty() && row.lastName.isEmpty() ? splitDisplayName(row.name)
                                                                        : PersonName{row.firstName, row.lastName};
    } else {
        step.role = target.role;
        // The name, when the file gives one that differs (an account is shared by its workspaces).
        const PersonName wanted = row.firstName.isEmpty() && row.lastName.isEmpty()
            ? splitDisplayName(row.name)
            : PersonName{row.firstName, row.lastName};
        const QString wantedName = composeDisplayName(wanted.first, wanted.last);
        if (!wantedName.isEmpty() && wantedName != target.displayName) {
            if (actsOnOther) {
                for (const auto& why : {refusal(opRole, Action::EditProfile), refusalOnTarget(opRole, target.role),
                                        refusalOnSharedAccount(row.email, Action::EditProfile, target.elsewhere)}) {
                    if (why) {
                        return refuse(*why);
                    }
                }
            }
            step.name = wanted;
            step.changes.append(Text::tr("Name: %1 → %2").arg(target.displayName, wantedName));
        }
        if (row.role && *row.role != target.role) {
            if (const auto why = refusalOf(opRole, MemberOperation::ChangeRole, target.role, target.status, *row.role,
                                           target.self)) {
                return refuse(*why);
            }
            if (const auto why = refusalForLastAdmin(activeAdmins, target.role, target.status, *row.role,
                                                     target.status)) {
                return refuse(*why);
            }
            step.role = *row.role;
            step.roleChanges = true;
            step.changes.append(
                Text::tr("Role: %1 → %2").arg(roleDisplayName(target.role), roleDisplayName(*row.role)));
        }
    }

    for (const QString& wanted : row.groups) {
        if (std::any_of(target.groups.cbegin(), target.groups.cend(),
                        [&](const QString& in) { return sameName(in, wanted); })) {
            continue;
        }
        const std::optional<GroupSummary> found = group(wanted);
        if (!found) {
            if (!createGroups) {
                return refuse(Text::tr("There is no group “%1”; create it first, or let the import create the "
                                       "groups it names.")
                                  .arg(wanted));
            }
            if (const auto why = refusal(opRole, Action::ManageGroups)) {
                return refuse(Text::tr("There is no group “%1”, and it cannot be created for you: %2")
                                  .arg(wanted, *why));
            }
            if (const auto problem = groupNameProblem(wanted)) {
                return refuse(*problem);
            }
            if (!std::any_of(step.createGroups.cbegin(), step.createGroups.cend(),
                             [&](const QString& made) { return sameName(made, wanted); })) {
                step.createGroups.append(wanted);
            }
            step.joins.append(wanted);
            step.changes.append(Text::tr("Joins the new group %1").arg(wanted));
            continue;
        }
        const Role targetRole = invite ? step.role : target.role;
        if (const auto why = refusalToChangeGroupMember(opRole, *found, true, actsOnOther ? targetRole : Role::Member)) {
            return refuse(*why);
        }
        step.joins.append(found->name);
        step.changes.append(Text::tr("Joins %1").arg(found->name));
    }

    if (invite) {
        step.change = ImportChange::Invited;
        step.changes.prepend(Text::tr("Invited as %1").arg(roleDisplayName(step.role)));
    } else {
        step.change = step.changes.isEmpty() ? ImportChange::Unchanged : ImportChange::Updated;
    }
    return step;
}

std::optional<QString> importSeatRefusal(qint64 used, std::optional<qint64> cap, qint64 adding)
{
    if (const auto why = refusalForSeats(used, cap, adding)) {
        return Text::tr("The file would invite %n new people, more than the free seats: %1", nullptr, int(adding))
            .arg(*why);
    }
    return std::nullopt;
}

} // namespace usher
