#pragma once

#include "ui/common/page.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace usher {

class Session;

class AuditModel;
class Backend;
class EmptyState;

/// The audit log screen (A1): who did what to whom and when, with names, filtered by actor,
/// action, target and period, and exported to CSV.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    /// How the main window lists and gates this page.
    static PageInfo pageInfo();
    explicit AuditView(QWidget* parent = nullptr);

    /// Shows the log of `workspaceId` (a null backend: nothing).
    /// Follows the session: its backend (when it keeps an audit log), workspace and operator,
    /// and new events while the page is shown.
    void setSession(Session* session);
    void setContext(Backend* backend, const Id& workspaceId);
    /// The operator reading the log (the backend checks they may).
    void setViewer(const Id& accountId);
    AuditModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Re-reads the log (after changes).
    void refresh();
    /// Adds the events recorded since the newest one shown, keeping the scroll position and
    /// the selection.
    void reload();
    /// Writes every event matching the filters to `path` as CSV, in the background.
    void exportTo(const QString& path);

signals:
    void exported(const QString& path, int events);
    void exportFailed(const QString& message);

protected:
    /// Reads the page again, in place: what changed while it was hidden.
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void updateEmptyState();

    Backend* m_backend = nullptr;
    Id m_workspaceId;
    Id m_viewerId;
    AuditModel* m_model = nullptr;
    QLineEdit* m_actor;
    QComboBox* m_action;
    QLineEdit* m_target;
    QComboBox* m_period;
    QPushButton* m_export;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    QTimer* m_typingDelay;
};

} // namespace usher
