#pragma once

// An in-memory backend offering the member directory and nothing else, as a directory
// service reached with a token would: for widget tests of how the screens follow what a
// connection offers. Its rules are core's; it keeps no audit log, groups or invitations. Its
// ids and versions are strings of its own (a UUID-like id, an ETag), as a SCIM server's are,
// so the screens are tested with ids they cannot read as numbers.

#include "connection/backend.h"
#include "testsupport.h"

#include <QList>

namespace usher::test {

class MemoryDirectory : public Backend, public MemberDirectory
{
    Q_OBJECT
public:
    /// `people` generated members of `workspace`; the first is an active Admin, the one the
    /// connection acts as.
    explicit MemoryDirectory(int people, QObject* parent = nullptr);
    /// These people in `workspace`, in order; the first is the one the connection acts as.
    explicit MemoryDirectory(const QList<SeedUser>& people, QObject* parent = nullptr);

    QString kindName() const override;
    QString location() const override;
    QFuture<Result<OpenInfo>> open() override;
    QFuture<Result<OpenInfo>> probe() override;
    MemberDirectory* members() override { return this; }

    QFuture<Result<UserPage>> listUsers(const UserPageRequest& request) override;
    QFuture<Result<qint64>> countUsers(const UserFilter& filter) override;
    QFuture<Result<MemberDetails>> memberDetails(const Id& workspaceId, const Id& accountId, const Id& viewerId) override;
    QFuture<Result<Id>> createMember(const Operator& op, const NewMember& member) override;
    QFuture<Result<Version>> updateProfile(const Operator& op, const Id& accountId, const ProfileEdit& edit,
                                       const Version& expectedVersion) override;
    QFuture<Result<QList<MemberOutcome>>> changeMembers(const Operator& op, const MemberChange& change) override;
    QFuture<Result<int>> revokeSessions(const Operator& op, const Id& accountId, const Id& sessionId) override;

    /// The one workspace it has.
    static const Id workspace;
    /// The operator the connection acts as.
    Operator connectedAs() const;
    /// How many calls of each kind were made, to check that absent features were never tried.
    int calls = 0;

private:
    struct Person
    {
        Account account;
        Membership membership;
        int revision = 1;
        /// A change: a new version (ETag).
        void bump();
    };
    QList<Person> matching(const UserFilter& filter) const;
    Person* find(const Id& accountId);

    QList<Person> m_people;
};

} // namespace usher::test
