#pragma once

#include "connection/result.h"
#include "core/invitation.h"
#include "core/lifecycle.h"
#include "core/stoptoken.h"

#include <QDialog>
#include <QFuture>
#include <functional>
#include <optional>

class QDialogButtonBox;
class QFutureWatcherBase;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace usher {

/// One person's line in a bulk change's report.
struct BulkResultRow
{
    QString name;
    bool done = false;
    bool notReached = false;
    QString why;
};

/// Follows a change to many people (members, group members, invitations, signups): progress
/// with Stop while it runs, then one row per person (done, refused and why, or not reached
/// after a Stop), so nothing stops halfway silently. Stop asks the work to stop through
/// `stop`; the future is never cancelled, so its report of who was changed survives. Deletes
/// itself when closed.
class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    BulkResultDialog(const QString& title, QFuture<Result<QList<MemberOutcome>>> future, const StopToken& stop,
                     QWidget* parent = nullptr);
    BulkResultDialog(const QString& title, QFuture<Result<QList<InvitationOutcome>>> future, const StopToken& stop,
                     QWidget* parent = nullptr);

    /// People changed, people refused.
    int doneCount() const { return m_done; }
    int refusedCount() const { return m_refused; }
    /// People not reached because the change was stopped (counted among the refused too).
    int notReachedCount() const { return m_notReached; }

signals:
    /// The change ended (completed, stopped or failed); the data may have changed.
    void finishedChange();

private:
    BulkResultDialog(const QString& title, const StopToken& stop, QWidget* parent);
    /// Shows the progress of `watcher` (which follows the change) and, once it finishes, the
    /// rows that `rows` reads from its result.
    void follow(QFutureWatcherBase* watcher, const std::function<std::optional<Result<QList<BulkResultRow>>>()>& rows);
    void showOutcomes(const Result<QList<BulkResultRow>>& result);

    StopToken m_stop;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
    bool m_finished = false;
    int m_done = 0;
    int m_refused = 0;
    int m_notReached = 0;
};

} // namespace usher
