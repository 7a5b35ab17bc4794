#pragma once

// An in-memory backend offering the member directory and nothing else, as a directory
// service reached with a token would: for widget tests of how the screens follow what a
// connection offers. Its rules are core's; it keeps no audit log, groups or invitations.

#include "connection/backend.h"
#include "testsupport.h"

#include <QList>

namespace usher::test {

class MemoryDirectory : public Backend, public MemberDirectory
{
    Q_OBJECT
public:
    /// `people` generated members of workspace 1; the first is an active Admin, the one the
    /// connection acts as.
    explicit MemoryDirectory(int people, QObject* parent = nullptr);
    /// These people in workspace 1, account ids 1, 2, … in order; the first is the one the
    /// connection acts as.
    explicit MemoryDirectory(const QList<SeedUser>& people, QObject* parent = nullptr);

    QString kindName() const override;
    QString location() const override;
    QFuture<Result<OpenInfo>> open() override;
    QFuture<Result<OpenInfo>> probe() override;
    MemberDirectory* members() override { return this; }

    QFuture<Result<UserPage>> listUsers(const UserPageRequest& request) override;
    QFuture<Result<qint64>> countUsers(const UserFilter& filter) override;
    QFuture<Result<MemberDetails>> memberDetails(qint64 workspaceId, qint64 accountId, qint64 viewerId) override;
    QFuture<Result<qint64>> createMember(const Operator& op, const NewMember& member) override;
    QFuture<Result<int>> updateProfile(const Operator& op, qint64 accountId, const ProfileEdit& edit,
                                       int expectedVersion) override;
    QFuture<Result<QList<MemberOutcome>>> changeMembers(const Operator& op, const MemberChange& change) override;
    QFuture<Result<int>> revokeSessions(const Operator& op, qint64 accountId, qint64 sessionId) override;

    /// The operator the connection acts as.
    Operator connectedAs() const;
    /// How many calls of each kind were made, to check that absent features were never tried.
    int calls = 0;

private:
    struct Person
    {
        Account account;
        Membership membership;
    };
    QList<Person> matching(const UserFilter& filter) const;
    Person* find(qint64 accountId);

    QList<Person> m_people;
};

} // namespace usher::test
