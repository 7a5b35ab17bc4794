#pragma once

#include "connection/mail/smtpclient.h"
#include "core/lifecycle.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace usher {

class Backend;

/// Works through the outbox (I3) in the background, as the signed-in operator: takes the next
/// mail due of their workspace that they may send from the backend,
/// hands it to the SMTP server off the GUI thread, records the server's answer, and goes on
/// until none is due; failed mails come back after their backoff. It belongs to the main
/// window, not to a dialog, so closing the invite dialog does not stop it.
class MailSender : public QObject
{
    Q_OBJECT
public:
    explicit MailSender(QObject* parent = nullptr);

    /// The backend whose outbox to send; nothing is sent without one.
    void setBackend(Backend* backend);
    /// Who sends: the signed-in operator, whose workspace's mail (and only the mail they may
    /// send) is claimed. Nothing is sent without one; clearing it stops after the mail in hand.
    void setOperator(const std::optional<Operator>& op);
    /// How to reach the mail server, password included (from the keychain).
    void setSettings(const SmtpSettings& settings);
    const SmtpSettings& settings() const { return m_settings; }
    bool isConfigured() const { return m_settings.isConfigured(); }

    /// Looks for due mail now, for example right after invitations were queued; resumes
    /// after pause().
    void kick();
    /// Stops after the mail being sent; the rest stays queued in the outbox until kick().
    void pause();
    bool isBusy() const { return m_busy; }
    /// Mails sent and failed since the sender last became busy.
    int sentInRun() const { return m_sent; }
    int failedInRun() const { return m_failed; }


signals:
    void busyChanged(bool busy);
    /// After each mail: how many were sent and failed in this run.
    void progress(int sent, int failed);
    void mailFailed(const QString& to, const QString& reason);
    /// A mail changed state: views showing delivery should reload.
    void outboxChanged();
    /// The outbox could not be read or updated.
    void errorOccurred(const QString& message);

private:
    static constexpr int normalPoll = 30'000;
    /// After a failure that was not final (the server down, the sign-in refused).
    static constexpr int troublePoll = 5 * 60'000;
    /// A backend, a signed-in operator and a mail server: nothing goes out without all three.
    bool canSend() const;
    void next();
    void setBusy(bool busy);

    QPointer<Backend> m_backend;
    std::optional<Operator> m_operator;
    SmtpSettings m_settings;
    QTimer m_poll;
    bool m_busy = false;
    bool m_paused = false;
    int m_sent = 0;
    int m_failed = 0;
};

} // namespace usher
