#pragma once

#include "connection/result.h"
#include "core/group.h"
#include "core/userquery.h"

#include <QFuture>
#include <QObject>

namespace usher {

/// What open() learned about the database it connected to.
struct OpenInfo
{
    int schemaVersion = 0; ///< As found (probe) or after migrating (open); 0: empty database.
    int latestVersion = 0; ///< What this Usher would bring it to.
    bool created = false; ///< The database was new and has just been set up.
    qint64 workspaceId = 0;
    QString workspaceName;
};

/// The one door from the application to its data, whatever is behind it (SQLite file,
/// PostgreSQL server, SCIM REST API). Every call returns at once with a future; the work
/// runs elsewhere, so the GUI thread never waits on I/O. Continue with whenDone()
/// (connection/whendone.h), which delivers the result on the receiver's thread.
class Backend : public QObject
{
    Q_OBJECT
public:
    enum class Capability {
        Search = 0x01, ///< Server-side search on name and email.
        Sort = 0x02, ///< Server-side sort on every user column.
        Write = 0x04, ///< Changes are accepted.
        SampleData = 0x08, ///< loadSampleData() is offered.
        LiveRefresh = 0x10, ///< changedElsewhere() is emitted.
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    using QObject::QObject;
    ~Backend() override = default;

    /// "SQLite", "PostgreSQL": for titles and messages.
    virtual QString kindName() const = 0;
    /// The file path or server address, for titles and messages.
    virtual QString location() const = 0;
    virtual Capabilities capabilities() const = 0;

    /// Connects, checks that the data is ours and readable, and brings the schema up to date.
    /// No other call may be made before this one has succeeded.
    virtual QFuture<Result<OpenInfo>> open() = 0;
    /// Connects and looks, changing nothing (no migration, no new file): for "Test
    /// Connection". The backend is not open afterwards.
    virtual QFuture<Result<OpenInfo>> probe() = 0;

    /// One page of members, sorted and filtered by the backend.
    virtual QFuture<Result<UserPage>> listUsers(const UserPageRequest& request) = 0;
    /// How many members match the filter.
    virtual QFuture<Result<qint64>> countUsers(const UserFilter& filter) = 0;
    /// Gives the member `accountId` the role `role`, acting as `operatorId` (both in the
    /// workspace). Every rule of core/permissions.h is checked in the same transaction as the
    /// change, and the change is audited there too. `expectedVersion` is the version the
    /// operator saw; when someone changed the member since, the answer is Kind::Conflict.
    /// Answers the member's new version.
    virtual QFuture<Result<int>> changeRole(qint64 workspaceId, qint64 operatorId, qint64 accountId, Role role,
                                            int expectedVersion) = 0;
    /// The groups of a workspace, by name, with their member counts.
    virtual QFuture<Result<QList<GroupSummary>>> listGroups(qint64 workspaceId) = 0;
    /// Adds `count` generated people to the current workspace in one transaction. Reports
    /// progress (people added) on the future; cancelling it rolls everything back.
    virtual QFuture<Result<qint64>> loadSampleData(int count) = 0;

signals:
    /// Someone else (another admin, another program) changed the data; views should
    /// reload what they show. Within about a second of the change being committed.
    void changedElsewhere();
};

} // namespace usher

Q_DECLARE_OPERATORS_FOR_FLAGS(usher::Backend::Capabilities)
