#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTableView;
class QWidget;

namespace usher {

/// Diagnostics for the benchmark (`usher --report-first-paint`): once the users table has
/// painted its first page, every visible row loaded, prints one line "first-paint <ms>" (the
/// milliseconds since `started`) to standard output and quits the application. An empty
/// table counts once it is known to be empty. Gives up with exit code 3 after a while.
class FirstPaintReporter : public QObject
{
public:
    /// Watches the users table inside `window`; `started` runs from the start of main().
    FirstPaintReporter(QWidget* window, QElapsedTimer started, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Whether the paint now under way shows a whole first page.
    bool pageComplete() const;
    void report();

    QPointer<QTableView> m_table;
    QElapsedTimer m_started;
    bool m_done = false;
};

} // namespace usher
