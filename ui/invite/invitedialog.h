#pragma once

#include "connection/whendone.h"
#include "core/invitation.h"
#include "core/lifecycle.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace usher {

class RegistrationLinks;

class Backend;

/// Invite people (I1): paste addresses (commas, semicolons, new lines, "Name <a@b.c>"), pick
/// a role no higher than one's own, first groups and a welcome message. Every address shows
/// its verdict, checked by the backend as you type, and the batch is checked against the
/// seat cap before anything is sent. Without a mail server the invitations are still made,
/// and their links are offered to copy.
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    InviteDialog(Backend* backend, const Operator& op, bool mailConfigured, QWidget* parent = nullptr);

    /// The addresses as pasted (tests and "Invite again" fill it).
    void setAddresses(const QString& text);
    /// The last review's verdicts, in the order pasted.
    const InviteReview& review() const { return m_review; }
    /// Whether a review is running or waiting for typing to pause.
    bool isReviewing() const;

signals:
    /// Invitations were made: the views showing members and invitations should reload, and
    /// queued mail should go.
    void invitationsCreated(int created, bool mailQueued);

private:
    void scheduleReview();
    void runReview();
    void showReview();
    void updateSendButton();
    void send();
    void showLinks(const QList<InvitationOutcome>& outcomes);
    QList<Id> checkedGroups() const;

    Backend* m_backend;
    Operator m_operator;
    bool m_mailConfigured;
    InviteReview m_review;
    Latest m_generation;
    bool m_reviewRunning = false;
    bool m_sending = false;

    QStackedWidget* m_pages;
    QPlainTextEdit* m_addresses;
    QTableWidget* m_verdicts;
    QLabel* m_summary;
    QComboBox* m_role;
    QListWidget* m_groups;
    QPlainTextEdit* m_message;
    QLabel* m_problem;
    QTimer* m_reviewDelay;
    QDialogButtonBox* m_buttons;
    QPushButton* m_send;
    RegistrationLinks* m_links;
};

} // namespace usher
