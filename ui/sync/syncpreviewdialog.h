#pragma once

#include "connection/result.h"
#include "core/directorysync.h"
#include "core/lifecycle.h"
#include "core/stoptoken.h"

#include <QAbstractTableModel>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace usher {

class Backend;

/// The people and groups of a sync, one row each: who, what happens (or happened), and why.
class SyncOutcomeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Change, Details, ColumnCount };
    enum DataRole { ChangeRole = Qt::UserRole + 1, NotReachedRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setOutcomes(const QList<SyncOutcome>& outcomes, bool dryRun);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SyncOutcome> m_outcomes;
    bool m_dryRun = true;
};

/// A directory sync as an admin runs it (G5): the directory is read (progress, Stop), the sync is
/// planned by the backend without changing anything and shown person by person; Apply Sync
/// applies exactly that reading, with the confirmation naming what changes, progress and Stop,
/// and then shows what was done. A sync that would disable more people than the threshold
/// cannot be applied until the admin ticks that they checked the directory. Deletes itself
/// when closed.
class SyncPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    SyncPreviewDialog(Backend* backend, const Operator& op, const DirectorySource& source, const QString& password,
                      QWidget* parent = nullptr);
    ~SyncPreviewDialog() override;

    /// The report shown (the preview, then the applied sync's).
    const SyncReport& report() const { return m_report; }

signals:
    /// A sync was applied (the data changed).
    void applied();

private:
    void readDirectory();
    void plan();
    void showReport(const SyncReport& report);
    void askToApply();
    void apply();
    void setBusy(const QString& what);
    /// The filter and the table, once there is a report to show.
    void showTable(bool shown);
    void filterChanged();
    void updateButtons();

    Backend* m_backend;
    Operator m_operator;
    DirectorySource m_source;
    QString m_password;
    StopToken m_stop;
    DirectorySnapshot m_snapshot;
    SyncReport m_report;
    bool m_busy = false;
    bool m_planned = false;
    bool m_done = false;

    QLabel* m_summary;
    QLabel* m_warning;
    QCheckBox* m_confirmDisables;
    QProgressBar* m_progress;
    QLabel* m_filterLabel = nullptr;
    QComboBox* m_filter;
    SyncOutcomeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
    QPushButton* m_stopButton;
};

} // namespace usher
