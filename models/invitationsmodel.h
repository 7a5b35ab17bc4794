#pragma once

#include "connection/whendone.h"
#include "connection/backend.h"
#include "core/invitation.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace usher {

/// The open invitations of a workspace (I2, I3) with their time left and their mail's fate,
/// read whole (a workspace has hundreds, not millions) and filtered here.
class InvitationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PersonColumn, RoleColumn, InvitedColumn, ExpiresColumn, DeliveryColumn, InvitedByColumn, ColumnCount };
    enum ItemRole { InviteIdRole = Qt::UserRole + 1, ExpiredRole, StaleRole, MailFailedRole };
    enum class Filter { All, Expired, Stale };

    explicit InvitationsModel(QObject* parent = nullptr);

    void setContext(Backend* backend, const Id& workspaceId);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    /// Reads the invitations again.
    void refresh();
    /// How many open invitations there are, whatever the filter; -1 before the first answer.
    qint64 totalCount() const { return m_loaded ? qint64(m_all.size()) : -1; }
    /// "Now" for time left and staleness (tests set it; otherwise the time of the last read).
    void setNow(const QDateTime& now) { m_now = now; }

    Invitation invitationAt(int row) const { return m_shown.value(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "in 12 days", "expired 2 days ago".
    static QString timeLeft(const QDateTime& expiresAt, const QDateTime& now);
    /// "Sent 12 Nov", "Queued", "Failed: 550 … — next try 14:05", "Link only".
    static QString deliveryText(const Invitation& invitation);

signals:
    void loaded();
    void errorOccurred(const QString& message);

private:
    void applyFilter();

    QPointer<Backend> m_backend;
    Id m_workspaceId;
    QList<Invitation> m_all;
    QList<Invitation> m_shown;
    Filter m_filter = Filter::All;
    QDateTime m_now;
    bool m_loaded = false;
    Latest m_generation;
};

/// The people waiting to join a workspace (S2), oldest first.
class WaitlistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EmailColumn, SignedUpColumn, SourceColumn, ColumnCount };
    enum ItemRole { EntryIdRole = Qt::UserRole + 1 };

    explicit WaitlistModel(QObject* parent = nullptr);

    void setContext(Backend* backend, const Id& workspaceId);
    void refresh();
    /// -1 before the first answer.
    qint64 totalCount() const { return m_loaded ? qint64(m_entries.size()) : -1; }
    WaitlistEntry entryAt(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void errorOccurred(const QString& message);

private:
    QPointer<Backend> m_backend;
    Id m_workspaceId;
    QList<WaitlistEntry> m_entries;
    bool m_loaded = false;
    Latest m_generation;
};

} // namespace usher
