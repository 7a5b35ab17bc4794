#pragma once

#include "connection/result.h"
#include "core/lifecycle.h"

#include <QDialog>
#include <QFuture>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace usher {

/// Follows a change to many members: progress with Stop while it runs, then one row per
/// member (done, or refused and why), so nothing stops halfway silently.
class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    BulkResultDialog(const QString& title, QFuture<Result<QList<MemberOutcome>>> future, QWidget* parent = nullptr);

    /// Members changed, members refused.
    int doneCount() const { return m_done; }
    int refusedCount() const { return m_refused; }

signals:
    /// The change ended (completed, stopped or failed); the data may have changed.
    void finishedChange();

private:
    void showOutcomes(const Result<QList<MemberOutcome>>& result);

    QFuture<Result<QList<MemberOutcome>>> m_future;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
    int m_done = 0;
    int m_refused = 0;
};

} // namespace usher
