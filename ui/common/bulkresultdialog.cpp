#include "ui/common/bulkresultdialog.h"

#include "ui/common/icons.h"
#include "ui/common/rememberedsize.h"

#include <QDialogButtonBox>
#include <algorithm>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace usher {

BulkResultDialog::BulkResultDialog(const QString& title, const StopToken& stopToken, QWidget* parent)
    : QDialog(parent)
    , m_stop(stopToken)
    , m_summary(new QLabel(tr("Working…"), this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setAttribute(Qt::WA_DeleteOnClose); // opened with open() and left to the person
    setWindowTitle(title);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("bulkResults"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Result"), tr("Why")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(620, 420);
    rememberSize(this, QStringLiteral("bulkResult"));
}

void BulkResultDialog::follow(QFutureWatcherBase* watcher,
                              const std::function<std::optional<Result<QList<Outcome>>>()>& rows)
{
    auto* stop = m_buttons->addButton(tr("Stop"), QDialogButtonBox::RejectRole);
    stop->setObjectName(QStringLiteral("stopButton"));
    stop->setToolTip(tr("Stop before the next person; what is done stays done and is listed."));
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Wait for the change to finish, or stop it."));

    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(stop, &QPushButton::clicked, this, [this, stop] {
        stop->setEnabled(false);
        m_summary->setText(tr("Stopping after the current people…"));
        m_stop.requestStop(); // a request: the report of who was changed still arrives
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, rows, stop] {
        m_finished = true;
        stop->hide();
        m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
        m_buttons->button(QDialogButtonBox::Close)->setToolTip({});
        m_progress->hide();
        if (const auto answer = rows()) {
            showOutcomes(*answer);
        } else {
            m_summary->setText(tr("The change was stopped before it started; nobody was changed."));
        }
        emit finishedChange();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_finished) {
            reject();
        }
    });
}

void BulkResultDialog::showOutcomes(const Result<QList<Outcome>>& result)
{
    if (!result.ok()) {
        m_summary->setText(tr("Nothing was changed: %1").arg(result.error().message));
        return;
    }
    QList<Outcome> outcomes = result.value();
    // Refusals first, then whoever a Stop left out, then the done: what the person has to read first.
    auto rank = [](const Outcome& outcome) { return outcome.done ? 2 : outcome.notReached ? 1 : 0; };
    std::stable_sort(outcomes.begin(), outcomes.end(),
                     [&rank](const Outcome& a, const Outcome& b) { return rank(a) < rank(b); });
    m_table->setRowCount(int(outcomes.size()));
    const QIcon doneIcon = bundledIcon(QStringLiteral("reactivate"));
    const QIcon refusedIcon = bundledIcon(QStringLiteral("warning"));
    int notReached = 0;
    for (int row = 0; row < outcomes.size(); ++row) {
        const Outcome& outcome = outcomes[row];
        (outcome.done ? m_done : m_refused)++;
        notReached += outcome.notReached ? 1 : 0;
        m_table->setItem(row, 0, new QTableWidgetItem(outcome.name));
        const QString result = outcome.done ? tr("Done") : outcome.notReached ? tr("Not reached") : tr("Not changed");
        m_table->setItem(row, 1, new QTableWidgetItem(outcome.done ? doneIcon : refusedIcon, result));
        auto* why = new QTableWidgetItem(outcome.why);
        why->setToolTip(outcome.why);
        m_table->setItem(row, 2, why);
    }
    m_notReached = notReached;
    m_table->setVisible(!outcomes.isEmpty());
    if (notReached > 0) {
        m_summary->setText(tr("Stopped. Changed: %1; refused: %2; %n person(s) not reached and left as they were.",
                              nullptr, notReached)
                               .arg(m_done)
                               .arg(m_refused - notReached));
    } else if (m_refused == 0) {
        m_summary->setText(tr("Done for all %n person(s).", nullptr, m_done));
    } else {
        m_summary->setText(
            tr("Done for %1; %n person(s) not changed — see why below.", nullptr, m_refused).arg(m_done));
    }
}

} // namespace usher
