#include "ui/sync/syncpreviewdialog.h"

#include "connection/backend.h"
#include "connection/ldap/ldapreader.h"
#include "connection/whendone.h"
#include "ui/common/icons.h"
#include "ui/common/rememberedsize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace usher {

namespace {

/// The filter choices: what rows the table shows.
enum class Show { Changes, Problems, Everyone };

/// The icon of a row: what happens to the person (or that it is a group).
QString iconOf(const SyncOutcome& outcome)
{
    if (outcome.group) {
        return QStringLiteral("group");
    }
    if (outcome.notReached) {
        return QStringLiteral("warning");
    }
    switch (outcome.change) {
    case SyncChange::Added:
        return QStringLiteral("add-user");
    case SyncChange::Linked:
    case SyncChange::Updated:
        return QStringLiteral("edit");
    case SyncChange::Reactivated:
        return QStringLiteral("reactivate");
    case SyncChange::Disabled:
        return QStringLiteral("disable");
    case SyncChange::Skipped:
    case SyncChange::Refused:
        return QStringLiteral("warning");
    case SyncChange::Unchanged:
        break;
    }
    return QStringLiteral("synced");
}

} // namespace

void SyncOutcomeModel::setOutcomes(const QList<SyncOutcome>& outcomes, bool dryRun)
{
    beginResetModel();
    m_outcomes = outcomes;
    m_dryRun = dryRun;
    endResetModel();
}

int SyncOutcomeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int SyncOutcomeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncOutcomeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_outcomes.size()) {
        return {};
    }
    const SyncOutcome& outcome = m_outcomes.at(index.row());
    if (role == ChangeRole) {
        return int(outcome.change);
    }
    if (role == NotReachedRole) {
        return outcome.notReached;
    }
    if (role == Qt::DecorationRole && index.column() == Name) {
        return bundledIcon(iconOf(outcome));
    }
    if (role == Qt::ForegroundRole && index.column() == Change
        && (outcome.change == SyncChange::Refused || outcome.change == SyncChange::Skipped || outcome.notReached)) {
        return QColor(0xc5, 0x22, 0x1f);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Name:
        return outcome.group ? tr("Group %1").arg(outcome.name) : outcome.name;
    case Email:
        return outcome.email;
    case Change:
        return syncChangeName(outcome, m_dryRun);
    case Details: {
        QStringList parts = outcome.changes;
        if (!outcome.why.isEmpty()) {
            parts.prepend(outcome.why);
        }
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SyncOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Change:
        return m_dryRun ? tr("What happens") : tr("What happened");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

SyncPreviewDialog::SyncPreviewDialog(Backend* backend, const Operator& op, const DirectorySource& source,
                                     const QString& password, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_operator(op)
    , m_source(source)
    , m_password(password)
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_confirmDisables(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_filter(new QComboBox(this))
    , m_model(new SyncOutcomeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_apply(m_buttons->addButton(tr("&Apply Sync…"), QDialogButtonBox::AcceptRole))
    , m_stopButton(m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("syncPreviewDialog"));
    setWindowTitle(tr("Directory Sync"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_warning->setObjectName(QStringLiteral("syncWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->hide();
    m_confirmDisables->setObjectName(QStringLiteral("confirmDisables"));
    m_confirmDisables->hide();
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Sync progress"));

    m_filter->setObjectName(QStringLiteral("syncFilter"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("Changes only"), int(Show::Changes));
    m_filter->addItem(tr("Refused and skipped"), int(Show::Problems));
    m_filter->addItem(tr("Everyone"), int(Show::Everyone));
    auto* filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("syncTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SyncOutcomeModel::Name, 200);
    m_table->setColumnWidth(SyncOutcomeModel::Email, 220);
    m_table->setColumnWidth(SyncOutcomeModel::Change, 150);

    m_apply->setObjectName(QStringLiteral("applySync"));
    m_apply->setIcon(bundledIcon(QStringLiteral("synced")));
    m_stopButton->setObjectName(QStringLiteral("stopSync"));

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    m_filterLabel = filterLabel;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_confirmDisables);
    layout->addWidget(m_progress);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addStretch(0);
    layout->addWidget(m_buttons);
    showTable(false);

    connect(m_filter, qOverload<int>(&QComboBox::currentIndexChanged), this, &SyncPreviewDialog::filterChanged);
    connect(m_confirmDisables, &QCheckBox::toggled, this, &SyncPreviewDialog::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &SyncPreviewDialog::askToApply);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_stop.requestStop();
        m_stopButton->setEnabled(false);
        m_summary->setText(tr("Stopping…"));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Apply is handled above; the box must not close the dialog on it.
    disconnect(m_buttons, &QDialogButtonBox::accepted, nullptr, nullptr);

    resize(860, 560);
    rememberSize(this, QStringLiteral("syncPreviewDialog"));
    filterChanged();
    readDirectory();
}

SyncPreviewDialog::~SyncPreviewDialog()
{
    // A reading still under way ends at its next page; an applying sync goes on (it is the
    // backend's, and reports in the audit log).
    if (!m_planned) {
        m_stop.requestStop();
    }
}

void SyncPreviewDialog::showTable(bool shown)
{
    m_filterLabel->setVisible(shown);
    m_filter->setVisible(shown);
    m_table->setVisible(shown);
}

void SyncPreviewDialog::setBusy(const QString& what)
{
    m_busy = true;
    m_summary->setText(what);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stopButton->show();
    m_stopButton->setEnabled(true);
    updateButtons();
}

void SyncPreviewDialog::readDirectory()
{
    setBusy(tr("Reading %1…").arg(directorySourceLabel(m_source)));
    whenDone(LdapReader::read(m_source, m_password, m_stop), this, [this](const Result<DirectorySnapshot>& read) {
        if (!read.ok()) {
            m_busy = false;
            m_progress->hide();
            m_stopButton->hide();
            m_summary->setText(read.error().kind == BackendError::Kind::Cancelled
                                   ? tr("Stopped before the directory was read to the end: nothing was changed.")
                                   : tr("The directory could not be read: nothing was changed."));
            m_warning->setText(read.error().message);
            m_warning->show();
            updateButtons();
            return;
        }
        m_snapshot = read.value();
        plan();
    });
}

void SyncPreviewDialog::plan()
{
    setBusy(tr("Comparing %n person(s) with the workspace…", nullptr, int(m_snapshot.people.size())));
    SyncRequest request;
    request.snapshot = m_snapshot;
    request.dryRun = true;
    whenDone(m_backend->directorySync()->applySync(m_operator, request), this, [this](const Result<SyncReport>& planned) {
        m_busy = false;
        m_planned = true;
        m_progress->hide();
        m_stopButton->hide();
        if (!planned.ok()) {
            m_summary->setText(tr("The sync could not be planned: nothing was changed."));
            m_warning->setText(planned.error().message);
            m_warning->show();
            updateButtons();
            return;
        }
        showReport(planned.value());
    });
}

void SyncPreviewDialog::showReport(const SyncReport& report)
{
    m_report = report;
    m_model->setOutcomes(report.outcomes, report.dryRun);
    showTable(true);
    const SyncPlan& plan = report.plan;
    const qint64 notReached = std::count_if(report.outcomes.cbegin(), report.outcomes.cend(),
                                            [](const SyncOutcome& o) { return o.notReached; });
    if (report.dryRun) {
        m_summary->setText(tr("From %1: %2.").arg(m_snapshot.sourceLabel, plan.summary()));
    } else if (notReached > 0) {
        m_summary->setText(tr("Stopped part way: %n person(s) or group(s) were not reached; what was done stays. "
                              "Planned: %1.",
                              nullptr, int(notReached))
                               .arg(plan.summary()));
    } else {
        m_summary->setText(tr("Synced: %1.").arg(plan.summary()));
    }
    QStringList warnings;
    for (const QString& note : {plan.massDisable, plan.disablesWithheld, plan.seatNote, plan.groupsWithheld}) {
        if (!note.isEmpty()) {
            warnings.append(note);
        }
    }
    if (!m_snapshot.skippedEntries.isEmpty()) {
        warnings.append(tr("%n directory entr(y/ies) could not be read as people and were left out, such as: %1",
                           nullptr, int(m_snapshot.skippedEntries.size()))
                            .arg(m_snapshot.skippedEntries.first()));
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    QPalette palette = m_warning->palette();
    palette.setColor(QPalette::WindowText, plan.massDisable.isEmpty() ? palette.color(QPalette::Text)
                                                                      : QColor(0xc5, 0x22, 0x1f));
    m_warning->setPalette(palette);
    const bool mass = report.dryRun && !plan.massDisable.isEmpty();
    m_confirmDisables->setText(tr("I have checked the directory: disable these %n people.", nullptr,
                                  int(plan.disables())));
    m_confirmDisables->setChecked(false);
    m_confirmDisables->setVisible(mass);
    filterChanged();
    updateButtons();
}

void SyncPreviewDialog::filterChanged()
{
    const auto show = Show(m_filter->currentData().toInt());
    // Rows are filtered on their change's number.
    m_proxy->setFilterRole(SyncOutcomeModel::ChangeRole);
    m_proxy->setFilterKeyColumn(SyncOutcomeModel::Change);
    switch (show) {
    case Show::Everyone:
        m_proxy->setFilterRegularExpression(QString());
        break;
    case Show::Changes:
        m_proxy->setFilterRegularExpression(QStringLiteral("^(?!%1$)").arg(int(SyncChange::Unchanged)));
        break;
    case Show::Problems:
        m_proxy->setFilterRegularExpression(
            QStringLiteral("^(%1|%2)$").arg(int(SyncChange::Refused)).arg(int(SyncChange::Skipped)));
        break;
    }
}

void SyncPreviewDialog::updateButtons()
{
    const SyncPlan& plan = m_report.plan;
    const bool anything = std::any_of(m_report.outcomes.cbegin(), m_report.outcomes.cend(), [](const SyncOutcome& o) {
        return o.done && (o.change != SyncChange::Unchanged || (o.group && !o.changes.isEmpty()));
    });
    const bool mass = !plan.massDisable.isEmpty();
    const bool ready = m_planned && m_report.dryRun && !m_busy && !m_done && anything
        && (!mass || m_confirmDisables->isChecked());
    m_apply->setVisible(!m_done);
    m_apply->setEnabled(ready);
    m_apply->setToolTip(ready             ? tr("Apply the changes listed here.")
                            : m_busy      ? tr("Wait for the directory to be read and compared.")
                            : !m_planned  ? tr("The directory could not be read.")
                            : !anything   ? tr("Nothing to change: the workspace follows the directory.")
                            : mass        ? tr("Tick that you checked the directory before disabling this many people.")
                                          : QString());
    if (!m_busy) {
        m_stopButton->hide();
    }
}

void SyncPreviewDialog::askToApply()
{
    const SyncPlan& plan = m_report.plan;
    auto* confirm = new QMessageBox(QMessageBox::Question, tr("Apply Directory Sync"),
                                    tr("Apply the sync from %1?").arg(m_snapshot.sourceLabel), QMessageBox::NoButton, this);
    confirm->setObjectName(QStringLiteral("confirmSync"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QStringList lines;
    lines << plan.summary() + QLatin1Char('.');
    if (plan.disables() > 0) {
        lines << tr("%n person(s) who left the directory will be disabled (never deleted): they can no longer sign "
                    "in, and their sessions end.",
                    nullptr, int(plan.disables()));
    }
    lines << tr("Every change is recorded in the audit log.");
    confirm->setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton* go = confirm->addButton(tr("Apply Sync"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmApply"));
    confirm->addButton(QMessageBox::Cancel);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(go, &QPushButton::clicked, this, &SyncPreviewDialog::apply);
    confirm->open();
}

void SyncPreviewDialog::apply()
{
    m_stop = StopToken {};
    SyncRequest request;
    request.snapshot = m_snapshot;
    request.dryRun = false;
    request.confirmedDisables = m_confirmDisables->isChecked() ? m_report.plan.disables() : -1;
    for (const SyncOutcome& outcome : std::as_const(m_report.outcomes)) {
        if (outcome.change == SyncChange::Disabled && !outcome.group) {
            request.previewedDisables.append(outcome.externalId);
        }
    }
    request.readWith = m_source;
    request.stop = m_stop;
    setBusy(tr("Applying the sync…"));
    const QFuture<Result<SyncReport>> applying = m_backend->directorySync()->applySync(m_operator, request);
    auto* watcher = new QFutureWatcher<Result<SyncReport>>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(applying);
    whenDone(applying, this, [this](const Result<SyncReport>& done) {
        m_busy = false;
        m_progress->hide();
        if (!done.ok()) {
            m_summary->setText(tr("The sync was not applied: nothing was changed."));
            m_warning->setText(done.error().message);
            m_warning->show();
            updateButtons();
            return;
        }
        if (done.value().needsConfirmation) {
            // The workspace changed since the preview: more people would be disabled than confirmed.
            SyncReport again = done.value();
            again.dryRun = true; // a new preview, to confirm again
            showReport(again);
            m_summary->setText(tr("Not applied: the workspace changed since the preview, and the sync would now "
                                  "disable %n people. Check again before confirming.",
                                  nullptr, int(done.value().plan.disables())));
            return;
        }
        m_done = true;
        showReport(done.value());
        emit applied();
    });
}

} // namespace usher
