#include "connection/backend.h"

#include <QCoreApplication>
#include <QPromise>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Backend)
};

/// The answer of a backend that cannot do something.
template<typename T> QFuture<Result<T>> unsupported(const Backend& backend)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(BackendError{BackendError::Kind::Invalid,
                                   Text::tr("A %1 connection cannot do this.").arg(backend.kindName()), {}});
    promise.finish();
    return promise.future();
}
} // namespace

QFuture<Result<Operator>> Backend::identify(qint64, const QString&)
{
    return unsupported<Operator>(*this);
}

QFuture<Result<Operator>> Backend::setUpFirstAdmin(qint64, const NewMember&)
{
    return unsupported<Operator>(*this);
}

QFuture<Result<Operator>> Backend::signIn(qint64, const QString&, const QString&)
{
    return unsupported<Operator>(*this);
}

QFuture<Result<QList<WorkspaceSummary>>> Backend::listWorkspaces(qint64)
{
    return unsupported<QList<WorkspaceSummary>>(*this);
}

QFuture<Result<MemberDetails>> Backend::memberDetails(qint64, qint64, qint64)
{
    return unsupported<MemberDetails>(*this);
}

QFuture<Result<qint64>> Backend::createMember(const Operator&, const NewMember&)
{
    return unsupported<qint64>(*this);
}

QFuture<Result<int>> Backend::updateProfile(const Operator&, qint64, const ProfileEdit&, int)
{
    return unsupported<int>(*this);
}

QFuture<Result<QList<MemberOutcome>>> Backend::changeMembers(const Operator&, const MemberChange&)
{
    return unsupported<QList<MemberOutcome>>(*this);
}

QFuture<Result<int>> Backend::revokeSessions(const Operator&, qint64, qint64)
{
    return unsupported<int>(*this);
}

QFuture<Result<Done>> Backend::unlockSignIn(const Operator&, qint64)
{
    return unsupported<Done>(*this);
}

QFuture<Result<QList<AuditEvent>>> Backend::listAudit(const AuditQuery&)
{
    return unsupported<QList<AuditEvent>>(*this);
}

QFuture<Result<qint64>> Backend::purgeExpired(const QDateTime&)
{
    return unsupported<qint64>(*this);
}

QFuture<Result<GroupPage>> Backend::listGroupPage(const GroupPageRequest&)
{
    return unsupported<GroupPage>(*this);
}

QFuture<Result<GroupMembersPage>> Backend::listGroupMembers(const GroupMembersRequest&)
{
    return unsupported<GroupMembersPage>(*this);
}

QFuture<Result<qint64>> Backend::createGroup(const Operator&, const GroupEdit&)
{
    return unsupported<qint64>(*this);
}

QFuture<Result<Done>> Backend::updateGroup(const Operator&, qint64, const GroupEdit&)
{
    return unsupported<Done>(*this);
}

QFuture<Result<GroupDeleteImpact>> Backend::groupDeleteImpact(qint64, qint64)
{
    return unsupported<GroupDeleteImpact>(*this);
}

QFuture<Result<Done>> Backend::deleteGroup(const Operator&, qint64)
{
    return unsupported<Done>(*this);
}

QFuture<Result<QList<MemberOutcome>>> Backend::changeGroupMembers(const Operator&, const GroupMembersChange&)
{
    return unsupported<QList<MemberOutcome>>(*this);
}

QFuture<Result<InviteReview>> Backend::reviewInvitations(qint64, const QList<InviteAddress>&)
{
    return unsupported<InviteReview>(*this);
}

QFuture<Result<QList<InvitationOutcome>>> Backend::createInvitations(const Operator&, const InvitationRequest&)
{
    return unsupported<QList<InvitationOutcome>>(*this);
}

QFuture<Result<QList<Invitation>>> Backend::listInvitations(qint64)
{
    return unsupported<QList<Invitation>>(*this);
}

QFuture<Result<QList<InvitationOutcome>>> Backend::resendInvitations(const Operator&, const QList<qint64>&, bool,
                                                                   const StopToken&)
{
    return unsupported<QList<InvitationOutcome>>(*this);
}

QFuture<Result<QList<InvitationOutcome>>> Backend::cancelInvitations(const Operator&, const QList<qint64>&,
                                                                   const StopToken&)
{
    return unsupported<QList<InvitationOutcome>>(*this);
}

QFuture<Result<qint64>> Backend::acceptInvitation(const InviteAcceptance&)
{
    return unsupported<qint64>(*this);
}

QFuture<Result<std::optional<OutgoingMail>>> Backend::claimMail(const Operator&, const QDateTime&)
{
    return unsupported<std::optional<OutgoingMail>>(*this);
}

QFuture<Result<Done>> Backend::finishMail(const Operator&, qint64, bool, const QString&, bool)
{
    return unsupported<Done>(*this);
}

QFuture<Result<SmtpSettings>> Backend::mailServer(qint64)
{
    return unsupported<SmtpSettings>(*this);
}

QFuture<Result<Done>> Backend::saveMailServer(const Operator&, const SmtpSettings&)
{
    return unsupported<Done>(*this);
}

QFuture<Result<SignupSettings>> Backend::signupSettings(qint64)
{
    return unsupported<SignupSettings>(*this);
}

QFuture<Result<Done>> Backend::saveSignupSettings(const Operator&, const SignupSettings&)
{
    return unsupported<Done>(*this);
}

QFuture<Result<QList<WaitlistEntry>>> Backend::listWaitlist(qint64)
{
    return unsupported<QList<WaitlistEntry>>(*this);
}

QFuture<Result<qint64>> Backend::joinWaitlist(qint64, const QString&, const QString&)
{
    return unsupported<qint64>(*this);
}

QFuture<Result<QList<InvitationOutcome>>> Backend::decideWaitlist(const Operator&, const QList<qint64>&, bool, bool,
                                                                const StopToken&)
{
    return unsupported<QList<InvitationOutcome>>(*this);
}

} // namespace usher
