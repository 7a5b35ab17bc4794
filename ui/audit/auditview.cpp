#include "ui/audit/auditview.h"

#include "connection/backend.h"
#include "connection/session.h"
#include "connection/whendone.h"
#include "models/auditmodel.h"
#include "ui/common/csvfile.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace usher {

namespace {
enum Period { AnyTime, Today, Week, Month, Year };

Result<int> writeAuditCsv(const QString& path, const QList<AuditEvent>& events)
{
    QList<QStringList> rows;
    rows.reserve(events.size());
    for (const AuditEvent& event : events) {
        rows.append({event.at.toUTC().toString(Qt::ISODate),
                     event.actorId.text(), event.actorName, event.action,
                     event.targetType, event.targetId.text(), event.targetName, event.before, event.after,
                     event.reason});
    }
    return writeCsvFile(path,
                        {QStringLiteral("time_utc"), QStringLiteral("actor_id"), QStringLiteral("actor"),
                         QStringLiteral("action"), QStringLiteral("target_type"), QStringLiteral("target_id"),
                         QStringLiteral("target"), QStringLiteral("before"), QStringLiteral("after"),
                         QStringLiteral("reason")},
                        rows);
}
} // namespace

PageInfo AuditView::pageInfo()
{
    return {QStringLiteral("audit"), tr("&Audit Log"), bundledIcon(QStringLiteral("audit")),
            QKeySequence(Qt::CTRL | Qt::Key_3), tr("Who changed what, and when"), Backend::Feature::AuditLog,
            Action::ViewAudit};
}

AuditView::AuditView(QWidget* parent)
    : QWidget(parent)
    , m_actor(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_export(new QPushButton(bundledIcon(QStringLiteral("export")), tr("&Export CSV…"), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
    , m_typingDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->setPlaceholderText(tr("Anyone"));
    m_actor->setClearButtonEnabled(true);
    m_target->setObjectName(QStringLiteral("auditTargetFilter"));
    m_target->setPlaceholderText(tr("Anyone"));
    m_target->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(tr("Any change"), QString());
    for (const QString& action : auditActions()) {
        m_action->addItem(auditActionName(action), action);
    }
    m_period->setObjectName(QStringLiteral("auditPeriodFilter"));
    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 7 days"), Week);
    m_period->addItem(tr("Last 30 days"), Month);
    m_period->addItem(tr("Last 12 months"), Year);
    m_export->setObjectName(QStringLiteral("auditExportButton"));

    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    auto addFilter = [this, bar](const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        bar->addWidget(caption);
        bar->addWidget(field);
    };
    addFilter(tr("W&ho:"), m_actor);
    addFilter(tr("&What:"), m_action);
    addFilter(tr("Wh&om:"), m_target);
    addFilter(tr("W&hen:"), m_period);
    bar->addStretch();
    bar->addWidget(m_export);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_empty->setObjectName(QStringLiteral("auditEmptyState"));
    m_empty->setPicture(bundledIcon(QStringLiteral("audit")));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 0);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(250);
    connect(m_typingDelay, &QTimer::timeout, this, &AuditView::applyFilters);
    for (QLineEdit* field : {m_actor, m_target}) {
        connect(field, &QLineEdit::textChanged, m_typingDelay, qOverload<>(&QTimer::start));
    }
    for (QComboBox* combo : {m_action, m_period}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditView::applyFilters);
    }
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Export Audit Log"), QStringLiteral("usher-audit.csv"),
                                       tr("CSV files (*.csv)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &AuditView::exportTo);
        dialog->open();
    });
    setContext(nullptr, 0);
}

void AuditView::setContext(Backend* backend, const Id& workspaceId)
{
    m_backend = backend;
    m_workspaceId = workspaceId;
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    if (backend) {
        m_model = new AuditModel(backend, this);
        m_model->setObjectName(QStringLiteral("auditModel"));
        m_table->setModel(m_model);
        m_table->horizontalHeader()->resizeSection(AuditModel::WhenColumn, 150);
        m_table->horizontalHeader()->resizeSection(AuditModel::ActorColumn, 170);
        m_table->horizontalHeader()->resizeSection(AuditModel::ActionColumn, 170);
        m_table->horizontalHeader()->resizeSection(AuditModel::TargetColumn, 170);
        m_table->horizontalHeader()->resizeSection(AuditModel::ChangeColumn, 260);
        connect(m_model, &AuditModel::loadingChanged, this, &AuditView::updateEmptyState);
        connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateEmptyState);
        connect(m_model, &AuditModel::errorOccurred, this, [this](const QString& message) {
            m_empty->setTitle(tr("The audit log cannot be shown"));
            m_empty->setMessage(message);
            m_stack->setCurrentWidget(m_empty);
        });
        applyFilters();
    }
    m_export->setEnabled(backend != nullptr);
    m_export->setToolTip(backend ? tr("Save the events shown (all of them, not only those loaded) as a CSV file")
                                 : tr("Open a database first."));
    updateEmptyState();
}

void AuditView::setViewer(const Id& accountId)
{
    m_viewerId = accountId;
    applyFilters();
}

void AuditView::setSession(Session* session)
{
    session->follow(
        this, Backend::Feature::AuditLog, [this](Backend* backend, const Id& workspaceId) { setContext(backend, workspaceId); },
        [this](const std::optional<Operator>& op) { setViewer(op ? op->accountId : 0); }, Topic::AuditLog,
        [this] {
            if (isVisible()) {
                reload();
            }
        });
}

void AuditView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        reload();
    }
}

void AuditView::reload()
{
    if (m_model) {
        m_model->fetchNewer();
    }
}

void AuditView::refresh()
{
    if (m_model) {
        m_model->refresh();
    }
}

void AuditView::applyFilters()
{
    if (!m_model) {
        return;
    }
    AuditQuery query;
    query.workspaceId = m_workspaceId;
    query.viewerId = m_viewerId;
    query.actorText = m_actor->text();
    query.targetText = m_target->text();
    query.action = m_action->currentData().toString();
    const QDateTime now = QDateTime::currentDateTime();
    switch (m_period->currentData().toInt()) {
    case Today:
        query.since = now.date().startOfDay();
        break;
    case Week:
        query.since = now.addDays(-7);
        break;
    case Month:
        query.since = now.addDays(-30);
        break;
    case Year:
        query.since = now.addYears(-1);
        break;
    default:
        break;
    }
    m_model->setQuery(query);
}

void AuditView::updateEmptyState()
{
    const bool empty = !m_model || (m_model->rowCount() == 0 && !m_model->isLoading());
    if (m_model && m_model->isLoading()) {
        return; // keep what is shown until the answer arrives
    }
    if (!empty) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    const bool filtered = !m_actor->text().isEmpty() || !m_target->text().isEmpty() || m_action->currentIndex() > 0
        || m_period->currentIndex() > 0;
    if (!m_model) {
        m_empty->setTitle(tr("No database open"));
        m_empty->setMessage(tr("Open a database to see who changed what."));
    } else if (filtered) {
        m_empty->setTitle(tr("No matching changes"));
        m_empty->setMessage(tr("Nothing in the log matches these filters. Widen the period or clear a filter."));
    } else {
        m_empty->setTitle(tr("No changes recorded yet"));
        m_empty->setMessage(tr("Every change to members is recorded here: who did it, to whom, when, and what "
                               "changed."));
    }
    m_stack->setCurrentWidget(m_empty);
}

void AuditView::exportTo(const QString& path)
{
    if (!m_model || !m_backend) {
        return;
    }
    AuditQuery all = m_model->query();
    all.limit = 0;
    all.beforeAt = 0;
    all.beforeId = 0;
    m_export->setEnabled(false);
    m_export->setToolTip(tr("Exporting…"));
    whenDone(m_backend->auditLog()->listAudit(all), this, [this, path](const Result<QList<AuditEvent>>& events) {
        if (!events.ok()) {
            m_export->setEnabled(true);
            emit exportFailed(events.error().message);
            return;
        }
        // Writing runs off the GUI thread: a long log must not freeze the window.
        whenDone(QtConcurrent::run(writeAuditCsv, path, events.value()), this, [this, path](const Result<int>& written) {
            m_export->setEnabled(true);
            m_export->setToolTip(tr("Save the events shown (all of them, not only those loaded) as a CSV file"));
            if (!written.ok()) {
                emit exportFailed(written.error().message);
                return;
            }
            emit exported(path, written.value());
        });
    });
}

} // namespace usher
