#pragma once

#include "core/group.h"
#include "core/lifecycle.h"
#include "core/outcome.h"
#include "core/stoptoken.h"
#include "core/userlist.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace usher {

/// How an import applies its rows (B1), as the wizard and `usher csv import` state it.
enum class ImportMode {
    /// Each row on its own, like every change to many: a refused row is reported and the others
    /// go on; Stop keeps the rows done. Rows are committed in batches, so a killed process
    /// leaves whole rows only.
    EachOnItsOwn,
    /// One transaction: one refused row, a Stop or a killed process leaves the workspace exactly
    /// as it was.
    AllOrNothing,
};

/// An import of a checked user list. Addresses that are not members yet are invited (with the
/// row's role, Member when it names none, and its groups); members are updated: their name,
/// their role, and the groups they join (an import never removes anyone from a group). A row
/// is applied whole or not at all.
struct ImportRequest
{
    QList<UserListRow> rows;
    ImportMode mode = ImportMode::EachOnItsOwn;
    /// Check everything the real run checks, inside the backend, and change nothing.
    bool dryRun = false;
    /// Create groups the file names that do not exist (needs the right to manage groups);
    /// otherwise rows naming them are refused.
    bool createGroups = false;
    /// Queue an invitation mail for each new person; otherwise their invitations wait to be
    /// sent from the Invitations page.
    bool sendMail = true;
    StopToken stop;
};

/// What an import did (or, in a dry run, would do) with one row.
enum class ImportChange { Invited, Updated, Unchanged, Refused };

struct ImportOutcome : Outcome
{
    qint64 line = 0;
    QString email;
    ImportChange change = ImportChange::Refused;
    QStringList changes; ///< What changed, one sentence each ("Role: Editor → Manager").
    Id accountId;

    /// "Line 4: Ada Lovelace <ada@example.org>".
    QString label() const;
};

/// The name of an outcome's kind for a column ("Invited", "Not reached").
QString importChangeName(const ImportOutcome& outcome, bool dryRun);

/// What the directory holds about one row's person, read inside the import's transaction.
struct ImportTarget
{
    bool member = false; ///< Has a membership in the workspace (of any status).
    bool self = false;   ///< The operator.
    Role role = Role::Member;
    Status status = Status::Active;
    QString displayName; ///< The name as shown, compared with the file's
    QString firstName;
    QString lastName;
    QStringList groups; ///< The groups they are in.
    QList<SharedMembership> elsewhere; ///< Their other workspaces, for a change of their name.
};

/// The plan for one row: the refusal, or what to change.
struct ImportStep
{
    ImportChange change = ImportChange::Refused;
    QString refusal;
    std::optional<PersonName> name; ///< A new name (an update), or the invited person's name.
    Role role = Role::Member;       ///< The role after the row.
    bool roleChanges = false;
    QStringList joins;        ///< Groups to join, as the directory spells them (or the file, when created).
    QStringList createGroups; ///< Of those, the ones to create first.
    QStringList changes;      ///< As ImportOutcome::changes.
};

/// Decides one row (one rule for every backend): who may invite, who may change whose name
/// and role, the role ceiling, the last Admin (`activeAdmins` before the row), synced and
/// unknown groups, what a group grants, and deleted members. `group` finds a group of the
/// workspace by name, ignoring case.
ImportStep planImportRow(Role opRole, const UserListRow& row, const ImportTarget& target, qint64 activeAdmins,
                         const std::function<std::optional<GroupSummary>(const QString&)>& group, bool createGroups);

/// Why the rows that would invite `adding` new people are refused by the seat cap, or nothing.
std::optional<QString> importSeatRefusal(qint64 used, std::optional<qint64> cap, qint64 adding);

} // namespace usher

Q_DECLARE_METATYPE(usher::ImportOutcome)
