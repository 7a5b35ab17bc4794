#pragma once

#include "connection/result.h"
#include "core/outcome.h"
#include "core/stoptoken.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>
#include <functional>
#include <optional>
#include <type_traits>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace usher {

/// Follows a change to many people (members, group members, invitations, signups): progress
/// with Stop while it runs, then one row per person (done, refused and why, or not reached
/// after a Stop), so nothing stops halfway silently. Stop asks the work to stop through
/// `stop`; the future is never cancelled, so its report of who was changed survives. Deletes
/// itself when closed.
class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    /// Follows any change to many: its answer is a list of outcomes (core/outcome.h), each
    /// reported under its label().
    template<typename T>
    BulkResultDialog(const QString& title, QFuture<Result<QList<T>>> future, const StopToken& stop,
                     QWidget* parent = nullptr)
        : BulkResultDialog(title, stop, parent)
    {
        static_assert(std::is_base_of_v<Outcome, T>, "a change to many answers a list of outcomes");
        auto* watcher = new QFutureWatcher<Result<QList<T>>>(this);
        follow(watcher, [watcher]() -> std::optional<Result<QList<Outcome>>> {
            if (watcher->future().resultCount() == 0) {
                return std::nullopt;
            }
            const Result<QList<T>> result = watcher->future().result();
            if (!result.ok()) {
                return Result<QList<Outcome>>(result.error());
            }
            QList<Outcome> rows;
            rows.reserve(result.value().size());
            for (const T& outcome : result.value()) {
                Outcome row = outcome;
                row.name = outcome.label();
                rows.append(row);
            }
            return Result<QList<Outcome>>(rows);
        });
        watcher->setFuture(future);
    }

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
    void follow(QFutureWatcherBase* watcher, const std::function<std::optional<Result<QList<Outcome>>>()>& rows);
    void showOutcomes(const Result<QList<Outcome>>& result);

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
