#include "models/invitationsmodel.h"

#include "connection/whendone.h"
#include "models/timeformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace usher {

namespace {
/// Waits for a whole list from the backend and hands it to `apply`, unless a newer request was
/// made since (`latest` moved on) or it failed (then the model says why).
template<typename Model, typename T, typename Apply>
void whenListed(Model* model, const QFuture<Result<T>>& future, const Latest& latest, Apply apply)
{
    whenCurrent(future, model, latest, latest.current(), [model, apply](const Result<T>& result) {
        if (!result.ok()) {
            emit model->errorOccurred(result.error().message);
            return;
        }
        apply(result.value());
    });
}
} // namespace

InvitationsModel::InvitationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InvitationsModel::setContext(Backend* backend, const Id& workspaceId)
{
    m_generation.next();
    beginResetModel();
    m_backend = backend;
    m_workspaceId = workspaceId;
    m_all.clear();
    m_shown.clear();
    m_loaded = false;
    endResetModel();
    refresh();
}

void InvitationsModel::setFilter(Filter filter)
{
    if (m_filter != filter) {
        m_filter = filter;
        beginResetModel();
        applyFilter();
        endResetModel();
    }
}

void InvitationsModel::refresh()
{
    if (!m_backend || m_workspaceId == 0) {
        return;
    }
    m_generation.next();
    whenListed(this, m_backend->invitations()->listInvitations(m_workspaceId), m_generation, [this](const QList<Invitation>& all) {
        beginResetModel();
        m_all = all;
        m_now = QDateTime::currentDateTimeUtc();
        m_loaded = true;
        applyFilter();
        endResetModel();
        emit loaded();
    });
}

void InvitationsModel::applyFilter()
{
    m_shown.clear();
    for (const Invitation& invitation : std::as_const(m_all)) {
        const bool keep = m_filter == Filter::All
            || (m_filter == Filter::Expired && invitationExpired(invitation, m_now))
            || (m_filter == Filter::Stale && invitationStale(invitation, m_now));
        if (keep) {
            m_shown.append(invitation);
        }
    }
}

int InvitationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int InvitationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvitationsModel::timeLeft(const QDateTime& expiresAt, const QDateTime& now)
{
    if (!expiresAt.isValid()) {
        return {};
    }
    const qint64 seconds = now.secsTo(expiresAt);
    const qint64 days = qAbs(seconds) / 86400;
    const qint64 hours = qAbs(seconds) / 3600;
    if (seconds > 0) {
        return days >= 1 ? tr("in %n day(s)", nullptr, int(days)) : tr("in %n hour(s)", nullptr, int(qMax<qint64>(1, hours)));
    }
    return days >= 1 ? tr("expired %n day(s) ago", nullptr, int(days)) : tr("expired today");
}

QString InvitationsModel::deliveryText(const Invitation& invitation)
{
    const QLocale locale;
    switch (invitation.mailStatus) {
    case MailStatus::None:
        return tr("Link only");
    case MailStatus::Queued:
        return tr("Queued");
    case MailStatus::Sending:
        return tr("Sending…");
    case MailStatus::Sent:
        return tr("Sent %1").arg(shortDateTime(invitation.mailSentAt));
    case MailStatus::Failed:
        return invitation.nextAttemptAt.isValid()
            ? tr("Failed, next try %1: %2")
                  .arg(locale.toString(invitation.nextAttemptAt.toLocalTime().time(), QLocale::ShortFormat),
                       invitation.mailError)
            : tr("Failed: %1").arg(invitation.mailError);
    }
    return {};
}

QVariant InvitationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Invitation& invitation = m_shown.at(index.row());
    const bool expired = invitationExpired(invitation, m_now);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PersonColumn:
            return invitation.name.isEmpty() || invitation.name == invitation.email
                ? invitation.email
                : QStringLiteral("%1 <%2>").arg(invitation.name, invitation.email);
        case RoleColumn:
            return roleDisplayName(invitation.role);
        case InvitedColumn:
            return relativeTime(invitation.createdAt, m_now);
        case ExpiresColumn:
            return timeLeft(invitation.expiresAt, m_now);
        case DeliveryColumn:
            return deliveryText(invitation);
        case InvitedByColumn:
            if (invitation.invitedBy.isEmpty()) {
                return tr("—"); // imported, or the inviter's account is gone
            }
            return invitation.source == QLatin1String("signup") ? tr("Waitlist (approved by %1)").arg(invitation.invitedBy)
                                                                : invitation.invitedBy;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case InvitedColumn:
            return fullDateTime(invitation.createdAt);
        case ExpiresColumn:
            return fullDateTime(invitation.expiresAt);
        case DeliveryColumn:
            return invitation.mailAttempts > 0 ? tr("%1 (attempt %2 of %3)")
                                                     .arg(deliveryText(invitation))
                                                     .arg(invitation.mailAttempts)
                                                     .arg(maxMailAttempts)
                                               : deliveryText(invitation);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if ((index.column() == ExpiresColumn && expired)
            || (index.column() == DeliveryColumn && invitation.mailStatus == MailStatus::Failed)) {
            return QBrush(QColor(0xb0, 0x2a, 0x1f));
        }
        if (index.column() == InvitedColumn && invitationStale(invitation, m_now)) {
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        }
        return {};
    case InviteIdRole:
        return QVariant::fromValue(invitation.id);
    case ExpiredRole:
        return expired;
    case StaleRole:
        return invitationStale(invitation, m_now);
    case MailFailedRole:
        return invitation.mailStatus == MailStatus::Failed;
    default:
        return {};
    }
}

QVariant InvitationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case PersonColumn:
        return tr("Person");
    case RoleColumn:
        return tr("Role");
    case InvitedColumn:
        return tr("Invited");
    case ExpiresColumn:
        return tr("Link expires");
    case DeliveryColumn:
        return tr("Mail");
    case InvitedByColumn:
        return tr("Invited by");
    case ColumnCount:
        break;
    }
    return {};
}

WaitlistModel::WaitlistModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void WaitlistModel::setContext(Backend* backend, const Id& workspaceId)
{
    m_generation.next();
    beginResetModel();
    m_backend = backend;
    m_workspaceId = workspaceId;
    m_entries.clear();
    m_loaded = false;
    endResetModel();
    refresh();
}

void WaitlistModel::refresh()
{
    if (!m_backend || m_workspaceId == 0) {
        return;
    }
    m_generation.next();
    whenListed(this, m_backend->invitations()->listWaitlist(m_workspaceId), m_generation, [this](const QList<WaitlistEntry>& all) {
        beginResetModel();
        m_entries = all;
        m_loaded = true;
        endResetModel();
        emit loaded();
    });
}

int WaitlistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WaitlistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitlistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const WaitlistEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case EmailColumn:
            return entry.email;
        case SignedUpColumn:
            return relativeTime(entry.signedUpAt);
        case SourceColumn:
            return entry.source.isEmpty() ? tr("—") : entry.source;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == SignedUpColumn ? fullDateTime(entry.signedUpAt) : QVariant();
    case EntryIdRole:
        return QVariant::fromValue(entry.id);
    default:
        return {};
    }
}

QVariant WaitlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case EmailColumn:
        return tr("Email");
    case SignedUpColumn:
        return tr("Signed up");
    case SourceColumn:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace usher
