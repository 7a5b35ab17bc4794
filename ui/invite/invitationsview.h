#pragma once

#include "connection/result.h"
#include "connection/whendone.h"
#include "core/invitation.h"
#include "core/lifecycle.h"
#include "core/stoptoken.h"
#include "ui/common/page.h"

#include <QFuture>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace usher {

class Session;

class Backend;
class EmptyState;
class InvitationsModel;
class WaitlistModel;

/// The Invitations page: open invitations with their time left and their mail's fate
/// (expired ones and those not accepted after three days can be filtered), resent or
/// cancelled in bulk, or a fresh link copied for delivery by hand; and the waitlist (S2),
/// approved or rejected in bulk. Actions the operator may not take are disabled with why.
class InvitationsView : public QWidget
{
    Q_OBJECT
public:
    /// How the main window lists and gates this page.
    static PageInfo pageInfo();
    explicit InvitationsView(QWidget* parent = nullptr);

    /// Follows the session: its backend (when it has invitations), workspace and operator, and
    /// changes to invitations and members (its counts show beside the users, so always).
    void setSession(Session* session);
    void setContext(Backend* backend, const Id& workspaceId);
    void setOperator(const std::optional<Operator>& op);
    /// Whether a mail server is set up: resends and approvals are mailed, or their links copied.
    void setMailConfigured(bool configured);
    /// Reads the lists again when shown; while hidden, only the counts (the lists are read when
    /// the page is next shown: at a million members they take seconds of the backend's time).
    void refresh();
    /// Shows the waitlist tab (or the invitations).
    void showWaitlist(bool waitlist);

    InvitationsModel* invitations() const { return m_invitations; }
    WaitlistModel* waitlist() const { return m_waitlist; }
    QTableView* invitationsTable() const { return m_invitationsTable; }
    QTableView* waitlistTable() const { return m_waitlistTable; }
    QAction* resendAction() const { return m_resend; }
    QAction* copyLinkAction() const { return m_copyLink; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* approveAction() const { return m_approve; }
    QAction* rejectAction() const { return m_reject; }

    /// Answers confirmations itself instead of asking (tests): true confirms.
    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

signals:
    void inviteRequested();
    void signupSettingsRequested();
    /// Members or invitations changed: other views should reload.
    void changed();
    /// Mails were queued: the sender should look at the outbox.
    void mailQueued();
    void countsChanged(qint64 invitations, qint64 waiting);
    void message(const QString& text);
    void errorOccurred(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadLists();
    void refreshCounts();
    QList<Id> selectedInvitations() const;
    QList<Id> selectedEntries() const;
    void updateActions();
    void updateEmptyStates();
    bool confirm(const QString& question);
    void resend(bool sendMail);
    void cancelSelected();
    void decide(bool approve);
    /// Reports a batch's outcomes: a message, and the refusals with why.
    using StartChange = std::function<QFuture<Result<QList<InvitationOutcome>>>(const StopToken& stop)>;
    /// What follows a change: `reported` when a results dialog already listed every person.
    /// What follows a change: `listed` when its results dialog showed every outcome.
    using AfterChange = std::function<void(const QList<InvitationOutcome>& outcomes, bool listed)>;
    /// Runs a change to the chosen invitations or signups: one goes straight through, with a
    /// message; several are followed in a dialog with progress, Stop and a line per person.
    void runChange(const QString& title, int count, const StartChange& start, const AfterChange& after);
    /// Says what a change to one invitation did, in the status line (refusals are told by
    /// followPersonChange; several are listed by its results dialog).
    void reportDone(const QList<InvitationOutcome>& outcomes, const QString& doneText);
    void showLinks(const QList<InvitationOutcome>& outcomes);

    Backend* m_backend = nullptr;
    Id m_workspaceId;
    bool m_listsLoaded = false; ///< the models read this workspace's lists
    Latest m_counting;
    std::optional<Operator> m_operator;
    bool m_mailConfigured = false;
    std::function<bool(const QString&)> m_confirm;

    InvitationsModel* m_invitations;
    WaitlistModel* m_waitlist;
    QTabWidget* m_tabs;
    QComboBox* m_filter;
    QStackedWidget* m_invitationsStack;
    QStackedWidget* m_waitlistStack;
    QTableView* m_invitationsTable;
    QTableView* m_waitlistTable;
    EmptyState* m_noInvitations;
    EmptyState* m_nobodyWaiting;
    QAction* m_invite;
    QAction* m_resend;
    QAction* m_copyLink;
    QAction* m_cancel;
    QAction* m_approve;
    QAction* m_reject;
};

} // namespace usher
