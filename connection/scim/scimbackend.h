#pragma once

#include "connection/backend.h"
#include "connection/scim/scimjson.h"
#include "connection/connectionprofile.h"

#include <QThreadPool>

#include <memory>

namespace usher::scim {

class ScimEngine;

/// What discovery (RFC 7644 section 4) and a few probes found out about a service. Probes decide
/// where the configuration could be wrong: a filter operator counts as working only when a
/// search with it found the person it must find, and sorting only when the order changed.
struct Discovery
{
    bool patch = false;
    bool etag = false;
    bool bulk = false;
    int bulkMaxOperations = 0;
    bool filter = false;
    bool filterEq = false;
    bool filterSw = false;
    bool filterCo = false;
    /// Its filters tell capitals from small letters in names and addresses (RFC 7644 says they
    /// should not); seen when the probe's person is not found in other capitals.
    bool caseExact = false;
    bool sort = false; ///< Announced and seen to work.
    bool sortAnnounced = false;
    bool groups = false; ///< A Group resource type.
    bool roles = false; ///< The User schema has the attribute where Usher keeps its role.
    RoleAttribute roleAttribute; ///< Where that is: the profile's choice, `roles` by default.
    bool enterprise = false; ///< The enterprise User extension.
    bool changePassword = false; ///< Announced; Usher's password help is not offered on SCIM either way.
    bool me = false; ///< /Me answered who the token belongs to.
    qint64 users = 0;
};

/// Backend over a SCIM 2.0 service: its users are the members of one workspace, listed,
/// searched and sorted by the service, and changed there with the version each was read at
/// (If-Match with its ETag). Usher's role lives in the users' `roles`. The service has no
/// invitations, sessions, sign-in history or audit log that Usher could read, so those features
/// are absent, and the rules Usher checks before sending (role ceiling, nobody above themselves,
/// the last Admin) are advice: the service's answer is what happened.
class ScimBackend : public Backend, public MemberDirectory, public GroupDirectory
{
    Q_OBJECT
public:
    /// `token` is the bearer token, held in memory only.
    ScimBackend(ConnectionProfile profile, QString token, QObject* parent = nullptr);
    ~ScimBackend() override;

    QString kindName() const override;
    QString location() const override;
    QFuture<Result<OpenInfo>> open() override;
    QFuture<Result<OpenInfo>> probe() override;
    QString absence(Feature feature) const override;

    MemberDirectory* members() override { return this; }
    /// Where the service has a Group resource type (known once open() has run).
    GroupDirectory* groups() override;

    QFuture<Result<UserPage>> listUsers(const UserPageRequest& request) override;
    QFuture<Result<qint64>> countUsers(const UserFilter& filter) override;
    QFuture<Result<MemberDetails>> memberDetails(const Id& workspaceId, const Id& accountId, const Id& viewerId) override;
    QFuture<Result<Id>> createMember(const Operator& op, const NewMember& member) override;
    QFuture<Result<Version>> updateProfile(const Operator& op, const Id& accountId, const ProfileEdit& edit,
                                       const Version& expectedVersion) override;
    QFuture<Result<QList<MemberOutcome>>> changeMembers(const Operator& op, const MemberChange& change) override;
    QFuture<Result<int>> revokeSessions(const Operator& op, const Id& accountId, const Id& sessionId) override;
    DirectoryAbilities abilities() const override;

    // Groups: a SCIM group has a name and members, no description or permissions of Usher's.
    QFuture<Result<QList<GroupSummary>>> listGroups(const Id& workspaceId) override;
    QFuture<Result<GroupPage>> listGroupPage(const GroupPageRequest& request) override;
    QFuture<Result<GroupMembersPage>> listGroupMembers(const GroupMembersRequest& request) override;
    QFuture<Result<Id>> createGroup(const Operator& op, const GroupEdit& group) override;
    QFuture<Result<Done>> updateGroup(const Operator& op, const Id& groupId, const GroupEdit& edit) override;
    QFuture<Result<GroupDeleteImpact>> groupDeleteImpact(const Id& workspaceId, const Id& groupId) override;
    QFuture<Result<Done>> deleteGroup(const Operator& op, const Id& groupId) override;
    QFuture<Result<QList<MemberOutcome>>> changeGroupMembers(const Operator& op, const GroupMembersChange& change) override;

    /// What the last open() or probe() found.
    Discovery discovery() const;
    /// The one workspace a service is.
    static Id workspace();

private:
    ConnectionProfile m_profile;
    std::shared_ptr<ScimEngine> m_engine;
    QThreadPool m_pool;
};

} // namespace usher::scim
