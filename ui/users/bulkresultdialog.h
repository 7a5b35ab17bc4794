#pragma once

#include "connection/result.h"
#include "core/lifecycle.h"
#include "core/stoptoken.h"

#include <QDialog>
#include <QFuture>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace usher {

/// Follows a change to many members: progress with Stop while it runs, then one row per
/// member (done, refused and why, or not reached after a Stop), so nothing stops halfway
/// silently. Stop asks the work to stop through `stop`; the future is never cancelled, so
/// its report of who was changed survives.
class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    BulkResultDialog(const QString& title, QFuture<Result<QList<MemberOutcome>>> future, const StopToken& stop,
                     QWidget* parent = nullptr);

    /// Members changed, members refused.
    int doneCount() const { return m_done; }
    int refusedCount() const { return m_refused; }
    /// Members not reached because the change was stopped (counted among the refused too).
    int notReachedCount() const { return m_notReached; }

signals:
    /// The change ended (completed, stopped or failed); the data may have changed.
    void finishedChange();

private:
    void showOutcomes(const Result<QList<MemberOutcome>>& result);

    QFuture<Result<QList<MemberOutcome>>> m_future;
    StopToken m_stop;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
    int m_done = 0;
    int m_refused = 0;
    int m_notReached = 0;
};

} // namespace usher
