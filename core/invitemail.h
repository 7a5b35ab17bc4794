#pragma once

#include "core/role.h"

#include <QDateTime>
#include <QString>

namespace usher {

/// What an invitation mail (I3) says. Written in the workspace's language, whatever the
/// language of the screen of whoever sends it.
struct InvitationMailFacts
{
    QString language = QStringLiteral("en");
    QString workspaceName;
    QString inviterName; ///< Empty for an approved waitlist entry.
    QString inviteeName; ///< May be empty.
    Role role = Role::Member;
    QString message; ///< The inviter's welcome message; may be empty.
    QDateTime expiresAt;
    bool approval = false; ///< An approved waitlist entry rather than an invitation.
};

struct ComposedMail
{
    QString subject;
    QString text;
    QString html;
};

/// Stands for the registration link in a queued mail: links are secrets, and the outbox
/// keeps none. withLink() puts the real one in just before sending.
QString registrationLinkPlaceholder();

/// The subject, plain-text and HTML parts of an invitation mail, with the link placeholder.
ComposedMail composeInvitationMail(const InvitationMailFacts& facts);

/// What a password mail (U10) says: a reset link someone asked for or was sent by the helpdesk,
/// or the notice to an Admin that their password was reset or replaced.
struct PasswordMailFacts
{
    QString language = QStringLiteral("en");
    QString workspaceName;
    QString personName; ///< May be empty.
    QString helperName; ///< Who sent it; empty when the person asked for it themselves.
    QDateTime expiresAt; ///< The link's expiry (reset mails).
};

/// A reset link mail, with the link placeholder.
ComposedMail composePasswordResetMail(const PasswordMailFacts& facts);
/// The notice to an Admin that `helperName` reset their password (no link in it).
ComposedMail composePasswordNotice(const PasswordMailFacts& facts);

/// The notice to a person's previous address that `helperName` changed it to `newEmail` (no link).
ComposedMail composeEmailChangedNotice(const PasswordMailFacts& facts, const QString& newEmail);

/// `mail` with the placeholder replaced by `link` (escaped in the HTML part).
ComposedMail withLink(ComposedMail mail, const QString& link);

} // namespace usher
