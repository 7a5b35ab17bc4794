#include "ui/invite/invitationsview.h"
#include "ui/invite/registrationlinks.h"
#include "ui/common/rememberedsize.h"

#include "connection/session.h"
#include "connection/backend.h"
#include "connection/whendone.h"
#include "models/invitationsmodel.h"
#include "ui/common/gate.h"
#include "ui/common/bulkresultdialog.h"
#include "ui/common/personchange.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/common/problemlabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace usher {

namespace {
QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return table;
}

/// How many of a batch's outcomes were done.
int doneCount(const QList<InvitationOutcome>& outcomes)
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const InvitationOutcome& o) { return o.done; }));
}

QToolBar* makeBar(QWidget* parent)
{
    auto* bar = new QToolBar(parent);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    return bar;
}
} // namespace

PageInfo InvitationsView::pageInfo()
{
    return {QStringLiteral("invitations"), tr("&Invitations"), bundledIcon(QStringLiteral("add-user")),
            QKeySequence(Qt::CTRL | Qt::Key_4), tr("Open invitations and the waitlist"), Backend::Feature::Invitations,
            std::nullopt};
}

InvitationsView::InvitationsView(QWidget* parent)
    : QWidget(parent)
    , m_invitations(new InvitationsModel(this))
    , m_waitlist(new WaitlistModel(this))
    , m_tabs(new QTabWidget(this))
    , m_filter(new QComboBox(this))
    , m_invitationsStack(new QStackedWidget(this))
    , m_waitlistStack(new QStackedWidget(this))
    , m_invitationsTable(makeTable(m_invitations, QStringLiteral("invitationsTable"), this))
    , m_waitlistTable(makeTable(m_waitlist, QStringLiteral("waitlistTable"), this))
    , m_noInvitations(new EmptyState(this))
    , m_nobodyWaiting(new EmptyState(this))
{
    setObjectName(QStringLiteral("invitationsView"));
    m_invite = new QAction(bundledIcon(QStringLiteral("add-user")), tr("&Invite People…"), this);
    m_invite->setObjectName(QStringLiteral("invitePageAction"));
    m_resend = new QAction(themedIcon(QStringLiteral("mail-send"), QStringLiteral("refresh")), tr("&Resend"), this);
    m_resend->setObjectName(QStringLiteral("resendAction"));
    m_copyLink = new QAction(themedIcon(QStringLiteral("edit-copy"), QStringLiteral("export")),
                             tr("Copy Registration &Link"), this);
    m_copyLink->setObjectName(QStringLiteral("copyLinkAction"));
    m_cancel = new QAction(bundledIcon(QStringLiteral("remove-user")), tr("&Cancel Invitations…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelInvitationsAction"));
    m_approve = new QAction(bundledIcon(QStringLiteral("reactivate")), tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    m_reject = new QAction(bundledIcon(QStringLiteral("disable")), tr("Re&ject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectAction"));
    auto* settings = new QAction(bundledIcon(QStringLiteral("workspace")), tr("&Signup Settings…"), this);
    settings->setObjectName(QStringLiteral("waitlistSettingsAction"));

    // Invitations tab.
    auto* invitationsPage = new QWidget(this);
    auto* invitationsLayout = new QVBoxLayout(invitationsPage);
    invitationsLayout->setContentsMargins(0, 6, 0, 0);
    QToolBar* bar = makeBar(this);
    bar->addAction(m_invite);
    bar->addSeparator();
    bar->addAction(m_resend);
    bar->addAction(m_copyLink);
    bar->addAction(m_cancel);
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    auto* showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_filter);
    showLabel->setContentsMargins(0, 0, 6, 0);
    m_filter->setObjectName(QStringLiteral("invitationFilter"));
    m_filter->addItem(tr("All open invitations"), int(InvitationsModel::Filter::All));
    m_filter->addItem(tr("Expired"), int(InvitationsModel::Filter::Expired));
    m_filter->addItem(tr("Not accepted after %n day(s)", nullptr, staleInvitationDays),
                      int(InvitationsModel::Filter::Stale));
    bar->addWidget(showLabel);
    bar->addWidget(m_filter);
    invitationsLayout->addWidget(bar);
    m_invitationsTable->addActions({m_resend, m_copyLink, m_cancel});
    const int widths[] = {360, 90, 110, 130, 300};
    for (int column = 0; column < int(std::size(widths)); ++column) {
        m_invitationsTable->horizontalHeader()->resizeSection(column, widths[column]);
    }
    m_noInvitations->setObjectName(QStringLiteral("invitationsEmptyState"));
    m_noInvitations->setPicture(bundledIcon(QStringLiteral("empty-users")));
    m_noInvitations->setTitle(tr("No open invitations"));
    connect(m_noInvitations->addAction(tr("Invite People…"), bundledIcon(QStringLiteral("add-user"))),
            &QPushButton::clicked, this, &InvitationsView::inviteRequested);
    m_invitationsStack->addWidget(m_invitationsTable);
    m_invitationsStack->addWidget(m_noInvitations);
    invitationsLayout->addWidget(m_invitationsStack, 1);

    // Waitlist tab.
    auto* waitlistPage = new QWidget(this);
    auto* waitlistLayout = new QVBoxLayout(waitlistPage);
    waitlistLayout->setContentsMargins(0, 6, 0, 0);
    QToolBar* waitBar = makeBar(this);
    waitBar->addAction(m_approve);
    waitBar->addAction(m_reject);
    waitBar->addSeparator();
    waitBar->addAction(settings);
    waitlistLayout->addWidget(waitBar);
    m_waitlistTable->addActions({m_approve, m_reject});
    m_waitlistTable->horizontalHeader()->resizeSection(WaitlistModel::EmailColumn, 300);
    m_waitlistTable->horizontalHeader()->resizeSection(WaitlistModel::SignedUpColumn, 160);
    m_nobodyWaiting->setObjectName(QStringLiteral("waitlistEmptyState"));
    m_nobodyWaiting->setPicture(bundledIcon(QStringLiteral("empty-users")));
    m_nobodyWaiting->setTitle(tr("Nobody is waiting"));
    m_nobodyWaiting->setMessage(tr("People who sign up while the waitlist is on appear here for you to approve or "
                                   "reject."));
    connect(m_nobodyWaiting->addAction(tr("Signup Settings…"), bundledIcon(QStringLiteral("workspace"))),
            &QPushButton::clicked, this, &InvitationsView::signupSettingsRequested);
    m_waitlistStack->addWidget(m_waitlistTable);
    m_waitlistStack->addWidget(m_nobodyWaiting);
    waitlistLayout->addWidget(m_waitlistStack, 1);

    m_tabs->setObjectName(QStringLiteral("invitationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(invitationsPage, tr("Invitations"));
    m_tabs->addTab(waitlistPage, tr("Waitlist"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_tabs);

    connect(m_invite, &QAction::triggered, this, &InvitationsView::inviteRequested);
    connect(settings, &QAction::triggered, this, &InvitationsView::signupSettingsRequested);
    connect(m_resend, &QAction::triggered, this, [this] { resend(m_mailConfigured); });
    connect(m_copyLink, &QAction::triggered, this, [this] { resend(false); });
    connect(m_cancel, &QAction::triggered, this, &InvitationsView::cancelSelected);
    connect(m_approve, &QAction::triggered, this, [this] { decide(true); });
    connect(m_reject, &QAction::triggered, this, [this] { decide(false); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_invitations->setFilter(InvitationsModel::Filter(m_filter->currentData().toInt()));
        updateEmptyStates();
        updateActions();
    });
    for (auto* table : {m_invitationsTable, m_waitlistTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvitationsView::updateActions);
    }
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(m_invitations),
                                      static_cast<QAbstractItemModel*>(m_waitlist)}) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            updateEmptyStates();
            updateActions();
            if (m_invitations->totalCount() >= 0 && m_waitlist->totalCount() >= 0) {
                emit countsChanged(m_invitations->totalCount(), m_waitlist->totalCount());
            }
        });
    }
    connect(m_invitations, &InvitationsModel::errorOccurred, this, &InvitationsView::errorOccurred);
    connect(m_waitlist, &WaitlistModel::errorOccurred, this, &InvitationsView::errorOccurred);
    updateEmptyStates();
    updateActions();
}

void InvitationsView::setSession(Session* session)
{
    session->follow(
        this, Backend::Feature::Invitations,
        [this](Backend* backend, const Id& workspaceId) { setContext(backend, workspaceId); },
        [this](const std::optional<Operator>& op) { setOperator(op); }, Topic::Invitations | Topic::Members,
        [this] { refresh(); });
}

void InvitationsView::setContext(Backend* backend, const Id& workspaceId)
{
    m_backend = backend;
    m_workspaceId = workspaceId;
    m_listsLoaded = false;
    if (isVisible()) {
        loadLists();
    } else {
        // Another workspace's people must not stay in the hidden tables.
        m_invitations->setContext(nullptr, 0);
        m_waitlist->setContext(nullptr, 0);
        refreshCounts();
    }
}

void InvitationsView::setOperator(const std::optional<Operator>& op)
{
    m_operator = op;
    updateActions();
}

void InvitationsView::setMailConfigured(bool configured)
{
    m_mailConfigured = configured;
    m_resend->setText(configured ? tr("&Resend") : tr("&Resend (New Link)"));
    updateActions();
}

void InvitationsView::refresh()
{
    if (isVisible()) {
        loadLists();
    } else {
        refreshCounts();
    }
}

void InvitationsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        loadLists(); // what changed while hidden
    }
}

void InvitationsView::loadLists()
{
    if (m_listsLoaded) {
        m_invitations->refresh();
        m_waitlist->refresh();
        return;
    }
    m_listsLoaded = m_backend != nullptr;
    m_invitations->setContext(m_backend, m_workspaceId);
    m_waitlist->setContext(m_backend, m_workspaceId);
}

void InvitationsView::refreshCounts()
{
    m_counting.next();
    if (!m_backend || m_workspaceId == 0 || !m_backend->invitations()) {
        return;
    }
    whenCurrent(m_backend->invitations()->countSignups(m_workspaceId), this, m_counting, m_counting.current(),
                [this](const Result<SignupCounts>& counts) {
                    if (counts.ok()) {
                        emit countsChanged(counts.value().openInvitations, counts.value().waiting);
                    } else {
                        emit errorOccurred(counts.error().message);
                    }
                });
}

void InvitationsView::showWaitlist(bool waitlist)
{
    m_tabs->setCurrentIndex(waitlist ? 1 : 0);
}

QList<Id> InvitationsView::selectedInvitations() const
{
    QList<Id> ids;
    for (const QModelIndex& row : m_invitationsTable->selectionModel()->selectedRows()) {
        ids.append(row.data(InvitationsModel::InviteIdRole).value<Id>());
    }
    return ids;
}

QList<Id> InvitationsView::selectedEntries() const
{
    QList<Id> ids;
    for (const QModelIndex& row : m_waitlistTable->selectionModel()->selectedRows()) {
        ids.append(row.data(WaitlistModel::EntryIdRole).value<Id>());
    }
    return ids;
}

void InvitationsView::updateEmptyStates()
{
    const bool noInvitations = m_invitations->rowCount() == 0 && m_invitations->totalCount() >= 0;
    if (noInvitations) {
        m_noInvitations->setMessage(m_invitations->filter() == InvitationsModel::Filter::All
                                        ? tr("Everyone invited has joined. Invite people with Invite People… "
                                             "(Ctrl+I); their invitations wait here until accepted.")
                                        : tr("No open invitation matches this filter."));
    }
    m_invitationsStack->setCurrentWidget(noInvitations ? static_cast<QWidget*>(m_noInvitations) : m_invitationsTable);
    const bool nobodyWaiting = m_waitlist->rowCount() == 0 && m_waitlist->totalCount() >= 0;
    m_waitlistStack->setCurrentWidget(nobodyWaiting ? static_cast<QWidget*>(m_nobodyWaiting) : m_waitlistTable);
    const qint64 waiting = qMax<qint64>(0, m_waitlist->totalCount());
    m_tabs->setTabText(1, waiting > 0 ? tr("Waitlist (%1)").arg(waiting) : tr("Waitlist"));
    const qint64 open = qMax<qint64>(0, m_invitations->totalCount());
    m_tabs->setTabText(0, open > 0 ? tr("Invitations (%1)").arg(open) : tr("Invitations"));
}

void InvitationsView::updateActions()
{
    const Role role = m_operator ? m_operator->role : Role::Member;
    const auto gate = [&](QAction* action, std::optional<QString> why, int selected, bool single = false) {
        if (const auto closed = gateReason(m_backend, Backend::Feature::Invitations, m_operator, std::nullopt)) {
            why = closed;
        } else if (!why && selected == 0) {
            why = tr("Select one or more rows first.");
        } else if (!why && single && selected != 1) {
            why = tr("Select one invitation: each link is for one person.");
        }
        action->setEnabled(!why);
        action->setToolTip(why.value_or(action->text().remove(QLatin1Char('&'))));
    };
    const int invitations = int(m_invitationsTable->selectionModel()->selectedRows().size());
    const int entries = int(m_waitlistTable->selectionModel()->selectedRows().size());
    gate(m_resend, refusal(role, Action::ResendInvitation), invitations);
    gate(m_copyLink, refusal(role, Action::ResendInvitation), invitations, true);
    gate(m_cancel, refusal(role, Action::InviteUser), invitations);
    gate(m_approve, refusal(role, Action::InviteUser), entries);
    gate(m_reject, refusal(role, Action::InviteUser), entries);
    applyGate(m_invite, gateReason(m_backend, Backend::Feature::Invitations, m_operator, Action::InviteUser),
              tr("Invite people by email"));
}

bool InvitationsView::confirm(const QString& question)
{
    if (m_confirm) {
        return m_confirm(question);
    }
    QMessageBox box(QMessageBox::Question, tr("Usher"), question, QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("invitationsConfirm"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void InvitationsView::resend(bool sendMail)
{
    if (!m_backend || !m_operator) {
        return;
    }
    const QList<Id> ids = selectedInvitations();
    if (ids.isEmpty()) {
        return;
    }
    if (!sendMail) {
        const QModelIndexList rows = m_invitationsTable->selectionModel()->selectedRows();
        const Invitation invitation = m_invitations->invitationAt(rows.isEmpty() ? -1 : rows.constFirst().row());
        const bool mailed = invitation.mailStatus == MailStatus::Sent || invitation.mailStatus == MailStatus::Sending
            || invitation.mailStatus == MailStatus::Queued;
        if (mailed
            && !confirm(tr("A new link replaces the one mailed (or being mailed) to %1, which stops working. Copy a "
                           "new link?")
                            .arg(invitation.email))) {
            return;
        }
    }
    const int count = int(ids.size());
    runChange(sendMail ? tr("Send %n Invitation(s) Again", nullptr, count) : tr("Copy %n New Link(s)", nullptr, count),
              count,
              [this, ids, sendMail](const StopToken& stop) {
                  return m_backend->invitations()->resendInvitations(*m_operator, ids, sendMail, stop);
              },
              [this, sendMail](const QList<InvitationOutcome>& outcomes, bool listed) {
                  if (sendMail) {
                      if (!listed) {
                          reportDone(outcomes,
                                 tr("Invitation sent again to %n person(s).", nullptr, doneCount(outcomes)));
                      }
                      emit mailQueued();
                  } else if (outcomes.size() == 1 && outcomes.constFirst().done
                             && !isPlaceholderJoinUrl(outcomes.constFirst().link)) {
                      QApplication::clipboard()->setText(outcomes.constFirst().link);
                      emit message(tr("A new registration link for %1 is on the clipboard; the old one no longer "
                                      "works.")
                                       .arg(outcomes.constFirst().email));
                  } else {
                      showLinks(outcomes);
                  }
              });
}

void InvitationsView::cancelSelected()
{
    if (!m_backend || !m_operator) {
        return;
    }
    const QList<Id> ids = selectedInvitations();
    const int count = int(ids.size());
    if (ids.isEmpty()
        || !confirm(tr("Cancel %n invitation(s)? Their links stop working and the people leave the workspace.",
                       nullptr, count))) {
        return;
    }
    runChange(
        tr("Cancel %n Invitation(s)", nullptr, count), count,
        [this, ids](const StopToken& stop) { return m_backend->invitations()->cancelInvitations(*m_operator, ids, stop); },
        [this](const QList<InvitationOutcome>& outcomes, bool listed) {
            if (!listed) {
                reportDone(outcomes, tr("%n invitation(s) cancelled.", nullptr, doneCount(outcomes)));
            }
        });
}

void InvitationsView::decide(bool approve)
{
    if (!m_backend || !m_operator) {
        return;
    }
    const QList<Id> ids = selectedEntries();
    const int count = int(ids.size());
    if (ids.isEmpty()) {
        return;
    }
    if (!approve && !confirm(tr("Reject %n signup(s)? They are taken off the waitlist.", nullptr, count))) {
        return;
    }
    const bool sendMail = m_mailConfigured;
    runChange(
        approve ? tr("Approve %n Signup(s)", nullptr, count) : tr("Reject %n Signup(s)", nullptr, count), count,
        [this, ids, approve, sendMail](const StopToken& stop) {
            return m_backend->invitations()->decideWaitlist(*m_operator, ids, approve, sendMail, stop);
        },
        [this, approve, sendMail](const QList<InvitationOutcome>& outcomes, bool listed) {
            const int done = doneCount(outcomes);
            if (!listed) {
                reportDone(outcomes, approve ? tr("%n signup(s) approved.", nullptr, done)
                                         : tr("%n signup(s) rejected.", nullptr, done));
            }
            if (approve && sendMail) {
                emit mailQueued();
            } else if (approve && done > 0) {
                showLinks(outcomes);
            }
        });
}

void InvitationsView::runChange(const QString& title, int count, const StartChange& start, const AfterChange& after)
{
    StopToken stop;
    followPersonChange<InvitationOutcome>(this, title, start(stop), stop, count == 1,
                                          [this, after](const QList<InvitationOutcome>& outcomes, bool listed) {
                                              after(outcomes, listed);
                                              refresh();
                                              emit changed();
                                          });
}

void InvitationsView::reportDone(const QList<InvitationOutcome>& outcomes, const QString& doneText)
{
    if (doneCount(outcomes) > 0 && !doneText.isEmpty()) {
        emit message(doneText);
    }
}

void InvitationsView::showLinks(const QList<InvitationOutcome>& outcomes)
{
    // The same table as the invite dialog's links page.
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("linksDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Registration Links"));
    auto* links = new RegistrationLinks(tr("No mail server is set up: send each person their link. The links are "
                                           "shown only now, and each works once."),
                                        dialog);
    if (links->showLinks(outcomes) == 0) {
        delete dialog;
        return;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(links, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 360);
    rememberSize(dialog, QStringLiteral("linksDialog"));
    dialog->open();
}

} // namespace usher
