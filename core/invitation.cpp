#include "core/invitation.h"

#include "core/email.h"
#include "core/permissions.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace usher {

namespace {
/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Invitations)
};

bool isSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\t');
}

QString unquoted(QString text)
{
    text = text.trimmed();
    const auto isQuote = [](QChar c) { return c == QLatin1Char('"') || c == QLatin1Char('\''); };
    while (!text.isEmpty() && isQuote(text.front())) {
        text.remove(0, 1);
    }
    while (!text.isEmpty() && isQuote(text.back())) {
        text.chop(1);
    }
    return text.trimmed();
}

InviteAddress addressFrom(const QString& entry)
{
    InviteAddress address;
    address.raw = entry.trimmed();
    QString email = address.raw;
    const int open = email.lastIndexOf(QLatin1Char('<'));
    const int close = email.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open) {
        address.name = unquoted(email.left(open));
        email = email.mid(open + 1, close - open - 1);
    }
    email = unquoted(email);
    if (email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        email = email.mid(7);
    }
    address.email = email.trimmed();
    return address;
}

QString domainOf(const QString& email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toCaseFolded();
}
} // namespace

namespace {
/// Splits one line (or a paste without tabs) at commas and semicolons outside quotes and
/// angle brackets.
void splitEntries(const QString& text, QList<InviteAddress>* addresses)
{
    QString entry;
    bool quoted = false;
    bool angled = false;
    const auto flush = [&] {
        if (!entry.trimmed().isEmpty()) {
            addresses->append(addressFrom(entry));
        }
        entry.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char('<') && !quoted) {
            angled = true;
        } else if (c == QLatin1Char('>') && !quoted) {
            angled = false;
        }
        if (isSeparator(c) && !quoted && !angled) {
            flush();
            continue;
        }
        entry.append(c);
    }
    flush();
}
} // namespace

QList<InviteAddress> parseInviteAddresses(const QString& text)
{
    QList<InviteAddress> addresses;
    // A new line always ends an entry, so one stray quote cannot swallow the rest of a paste.
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")))) {
        // A spreadsheet row: one cell holds the address, the others (first and last name) the name.
        const QStringList cells = line.split(QLatin1Char('\t'));
        QStringList withAt;
        QStringList others;
        for (const QString& cell : cells) {
            (cell.contains(QLatin1Char('@')) ? withAt : others).append(cell.trimmed());
        }
        others.removeAll(QString());
        if (cells.size() > 1 && withAt.size() == 1 && !withAt.constFirst().contains(QLatin1Char(','))
            && !withAt.constFirst().contains(QLatin1Char(';'))) {
            InviteAddress address = addressFrom(withAt.constFirst());
            if (address.name.isEmpty()) {
                address.name = others.join(QLatin1Char(' '));
            }
            address.raw = line.trimmed();
            addresses.append(address);
            continue;
        }
        splitEntries(line, &addresses);
    }
    return addresses;
}

QStringList parseDomainList(const QString& text)
{
    QStringList domains;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part = part.trimmed().toCaseFolded();
        while (part.startsWith(QLatin1Char('@')) || part.startsWith(QLatin1String("*."))) {
            part = part.mid(part.startsWith(QLatin1Char('@')) ? 1 : 2);
        }
        if (!part.isEmpty() && !domains.contains(part)) {
            domains.append(part);
        }
    }
    return domains;
}

std::optional<QString> domainListProblem(const QStringList& domains)
{
    for (const QString& domain : domains) {
        if (!emailProblem(QStringLiteral("someone@") + domain).isEmpty()) {
            return Text::tr("Allowed domains: \"%1\" is not a domain name like example.org.").arg(domain);
        }
    }
    return std::nullopt;
}

bool domainAllowed(const QStringList& allowlist, const QString& email)
{
    return allowlist.isEmpty() || allowlist.contains(domainOf(email));
}

InviteReview reviewInvitations(const QList<InviteAddress>& addresses, const InviteContext& context)
{
    InviteReview review;
    review.seatsUsed = context.seatsUsed;
    review.seatCap = context.seatCap;
    review.expiryDays = context.expiryDays;
    QSet<QString> seen;
    for (const InviteAddress& address : addresses) {
        InviteCheck check;
        check.address = address;
        const QString key = normalizedEmail(address.email);
        const QString problem = emailProblem(address.email);
        if (!problem.isEmpty()) {
            check.verdict = InviteVerdict::BadSyntax;
            check.why = Text::tr("Not an email address: %1.").arg(problem);
        } else if (seen.contains(key)) {
            check.verdict = InviteVerdict::Duplicate;
            check.why = Text::tr("Listed before; invited once.");
        } else if (const auto it = context.members.constFind(key); it != context.members.cend()) {
            if (*it == Status::Invited) {
                check.verdict = InviteVerdict::AlreadyInvited;
                check.why = Text::tr("Already invited; resend the invitation from the Invitations view instead.");
            } else {
                check.verdict = InviteVerdict::AlreadyMember;
                check.why = *it == Status::Deleted
                    ? Text::tr("A deleted member; restore them from the Deleted view instead.")
                    : Text::tr("Already a member (%1).").arg(statusDisplayName(*it).toLower());
            }
        } else if (!domainAllowed(context.allowlist, address.email)) {
            check.verdict = InviteVerdict::OutsideAllowlist;
            check.why = Text::tr("%1 is not an allowed domain (allowed: %2).")
                            .arg(domainOf(address.email), context.allowlist.join(QLatin1String(", ")));
        }
        if (problem.isEmpty()) {
            seen.insert(key);
        }
        if (check.verdict == InviteVerdict::Ok) {
            ++review.acceptable;
        }
        review.checks.append(check);
    }
    review.seatRefusal = refusalForSeats(context.seatsUsed, context.seatCap, review.acceptable);
    if (review.seatRefusal && context.seatCap) {
        const qint64 free = qMax<qint64>(0, *context.seatCap - context.seatsUsed);
        review.seatRefusal = *review.seatRefusal + QLatin1Char(' ')
            + Text::tr("Seats free: %1; invitations in this batch: %2.").arg(free).arg(review.acceptable);
    }
    return review;
}

QString inviteVerdictName(InviteVerdict verdict)
{
    switch (verdict) {
    case InviteVerdict::Ok:
        return Text::tr("Ready");
    case InviteVerdict::BadSyntax:
        return Text::tr("Not an address");
    case InviteVerdict::Duplicate:
        return Text::tr("Listed twice");
    case InviteVerdict::AlreadyMember:
        return Text::tr("Already a member");
    case InviteVerdict::AlreadyInvited:
        return Text::tr("Already invited");
    case InviteVerdict::OutsideAllowlist:
        return Text::tr("Domain not allowed");
    }
    Q_UNREACHABLE();
}

std::optional<QString> inviteMessageProblem(const QString& message)
{
    if (message.size() > 2000) {
        return Text::tr("Welcome message: keep it under 2,000 characters (it has %1).").arg(message.size());
    }
    return std::nullopt;
}

bool invitationExpired(const Invitation& invitation, const QDateTime& now)
{
    return invitation.expiresAt.isValid() && invitation.expiresAt <= now;
}

bool invitationStale(const Invitation& invitation, const QDateTime& now)
{
    return invitation.createdAt.isValid() && invitation.createdAt.addDays(staleInvitationDays) <= now;
}

std::optional<QString> refusalToAccept(const InviteLinkState& link, const QDateTime& now)
{
    const auto when = [](const QDateTime& time) {
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    };
    if (link.acceptedAt.isValid()) {
        return Text::tr("This invitation was accepted on %1 and works only once. Sign in to %2 instead.")
            .arg(when(link.acceptedAt), link.workspaceName);
    }
    if (link.cancelledAt.isValid()) {
        return Text::tr("This invitation to %1 was cancelled on %2. Ask an administrator for a new one.")
            .arg(link.workspaceName, when(link.cancelledAt));
    }
    if (link.supersededAt.isValid()) {
        return Text::tr("A newer invitation to %1 was sent on %2 and replaces this link. Use the link in the "
                        "latest mail.")
            .arg(link.workspaceName, when(link.supersededAt));
    }
    if (link.expiresAt.isValid() && link.expiresAt <= now) {
        return Text::tr("This invitation to %1 expired on %2. Ask an administrator to resend it.")
            .arg(link.workspaceName, when(link.expiresAt));
    }
    return std::nullopt;
}

QString unknownInviteLinkMessage()
{
    return Text::tr("This invitation link is not known. Check that the whole link was copied, or ask an "
                    "administrator to resend the invitation.");
}

std::optional<QString> passwordProblem(const QString& password)
{
    if (password.size() < minPasswordLength) {
        return Text::tr("Password: use at least %n characters.", nullptr, minPasswordLength);
    }
    if (password.trimmed().isEmpty()) {
        return Text::tr("Password: use more than spaces.");
    }
    return std::nullopt;
}

QString registrationLink(const QString& joinUrl, const QString& token)
{
    QUrl url(joinUrl.trimmed());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("invite"));
    query.addQueryItem(QStringLiteral("invite"), token);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

bool isPlaceholderJoinUrl(const QString& urlOrLink)
{
    const QString host = QUrl(urlOrLink.trimmed()).host().toLower();
    return host == QLatin1String("example") || host.endsWith(QLatin1String(".example"));
}

QString placeholderLinksWarning()
{
    return Text::tr("These links lead to a placeholder page that nobody can open: the workspace's registration "
                    "page is not set. Set it in Workspace ▸ Signup Settings, then send the invitations again.");
}

QString tokenFromLink(const QString& link)
{
    const QString text = link.trimmed();
    const QUrl url(text);
    if (url.hasQuery()) {
        return QUrlQuery(url).queryItemValue(QStringLiteral("invite"));
    }
    return text.contains(QLatin1Char('/')) ? QString() : text;
}

std::optional<QDateTime> nextMailAttempt(int attempt, bool permanent, const QDateTime& now)
{
    static constexpr int delayMinutes[] = {1, 5, 30, 120};
    if (permanent || attempt >= maxMailAttempts || attempt < 1) {
        return std::nullopt;
    }
    return now.addSecs(qint64(delayMinutes[qMin(attempt, int(std::size(delayMinutes))) - 1]) * 60);
}

QStringList captchaProviders()
{
    return {QString(), QStringLiteral("hcaptcha"), QStringLiteral("recaptcha"), QStringLiteral("turnstile")};
}

QString captchaProviderName(const QString& provider)
{
    if (provider == QLatin1String("hcaptcha")) {
        return QStringLiteral("hCaptcha");
    }
    if (provider == QLatin1String("recaptcha")) {
        return QStringLiteral("Google reCAPTCHA");
    }
    if (provider == QLatin1String("turnstile")) {
        return QStringLiteral("Cloudflare Turnstile");
    }
    return Text::tr("None");
}

QStringList mailLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de")};
}


std::optional<QString> refusalOfDefaultRole(Role role)
{
    if (role == Role::Admin || role == Role::Manager || role == Role::Helpdesk) {
        return Text::tr("Default role: people who sign up get at most Editor; promote them afterwards.");
    }
    return std::nullopt;
}

std::optional<QString> refusalToIssueInvitation(Role op, Role inviteRole, const QStringList& groupPermissions)
{
    if (auto why = refusalOnTarget(op, inviteRole)) {
        return why;
    }
    // Ranks alone do not do: Helpdesk and Monitor share one and hold different permissions.
    return refusalBeyondRole(op, permissionsOfRole(inviteRole) + groupPermissions);
}

std::optional<QString> refusalOfDefaultGroup(Role op, const GroupSummary& group)
{
    if (group.synced) {
        return Text::tr("“%1” is synced from a directory, which decides its members.").arg(group.name);
    }
    if (auto why = refusalBeyondRole(op, group.permissions)) {
        return why;
    }
    if (refusalBeyondRole(Role::Editor, group.permissions)) {
        return Text::tr("“%1” grants more than an Editor has; people who sign up get at most that.").arg(group.name);
    }
    return std::nullopt;
}

std::optional<QString> signupSettingsProblem(const SignupSettings& settings)
{
    if (auto problem = domainListProblem(settings.allowlist)) {
        return problem;
    }
    if (auto problem = refusalOfDefaultRole(settings.defaultRole)) {
        return problem;
    }
    if (!captchaProviders().contains(settings.captchaProvider)) {
        return Text::tr("Captcha: \"%1\" is not a provider Usher knows.").arg(settings.captchaProvider);
    }
    if (settings.inviteExpiryDays < 1 || settings.inviteExpiryDays > maxInviteExpiryDays) {
        return Text::tr("Invitations expire after: choose between 1 and %1 days.").arg(maxInviteExpiryDays);
    }
    if (settings.resetLinkMinutes < minResetLinkMinutes || settings.resetLinkMinutes > maxResetLinkMinutes) {
        return Text::tr("Password reset links expire after: choose between 5 minutes and 7 days.");
    }
    const QUrl url(settings.joinUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        return Text::tr("Registration page: enter a web address such as https://app.example.org/join.");
    }
    if (!mailLanguages().contains(settings.language)) {
        return Text::tr("Mail language: \"%1\" is not one of Usher's languages.").arg(settings.language);
    }
    return std::nullopt;
}

QString InvitationOutcome::label() const
{
    return !name.isEmpty() && name != email ? QStringLiteral("%1 <%2>").arg(name, email) : email;
}

} // namespace usher
