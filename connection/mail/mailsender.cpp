#include "connection/mail/mailsender.h"

#include "connection/backend.h"
#include "connection/logging.h"
#include "connection/whendone.h"
#include "core/clock.h"

#include <QtConcurrent/QtConcurrentRun>

namespace usher {

MailSender::MailSender(QObject* parent)
    : QObject(parent)
{
    m_poll.setInterval(normalPoll);
    // Mails due again go out by themselves, unless someone stopped the sending.
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_paused) {
            kick();
        }
    });
}

void MailSender::setBackend(Backend* backend)
{
    m_backend = backend;
    if (canSend()) {
        m_poll.start();
        kick();
    } else {
        m_poll.stop();
    }
}

void MailSender::setOperator(const std::optional<Operator>& op)
{
    m_operator = op;
    setBackend(m_backend);
}

void MailSender::setSettings(const SmtpSettings& settings)
{
    m_settings = settings;
    setBackend(m_backend);
}

bool MailSender::canSend() const
{
    return m_backend && m_backend->outbox() && m_operator && isConfigured();
}

void MailSender::kick()
{
    m_paused = false;
    if (m_busy || !canSend()) {
        return;
    }
    m_sent = 0;
    m_failed = 0;
    setBusy(true);
    next();
}

void MailSender::pause()
{
    m_paused = true;
}

void MailSender::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void MailSender::next()
{
    if (m_paused || !canSend()) {
        setBusy(false);
        return;
    }
    // The mail goes through the server configured when it was claimed, and its outcome back to
    // the database it came from, even if the connection is switched meanwhile.
    const QPointer<Backend> source = m_backend;
    const SmtpSettings settings = m_settings;
    const Operator sender = *m_operator;
    whenDone(source->outbox()->claimMail(sender, clock::now()), this,
             [this, source, settings, sender](const Result<std::optional<OutgoingMail>>& claimed) {
                 if (!claimed.ok()) {
                     emit errorOccurred(claimed.error().message);
                     setBusy(false);
                     return;
                 }
                 if (!claimed.value()) {
                     m_poll.setInterval(normalPoll);
                     setBusy(false);
                     return;
                 }
                 emit outboxChanged();
                 const OutgoingMail mail = *claimed.value();
                 MailMessage message{mail.to, mail.toName, mail.subject, mail.text, mail.html};
                 auto sending = QtConcurrent::run([settings, message] { return sendMail(settings, message); });
                 whenDone(sending, this, [this, source, mail, sender](const SmtpOutcome& outcome) {
                     if (outcome.sent) {
                         ++m_sent;
                     } else {
                         ++m_failed;
                         qCInfo(lcMail).noquote() << "Mail" << mail.id.text() << "attempt" << mail.attempt
                                                  << "failed:" << outcome.error;
                         emit mailFailed(mail.to, outcome.error);
                     }
                     emit progress(m_sent, m_failed);
                     if (!source) {
                         setBusy(false);
                         return;
                     }
                     whenDone(source->outbox()->finishMail(sender, mail.id, outcome.sent, outcome.error, outcome.permanent), this,
                              [this, outcome, source, sender](const Result<Done>& finished) {
                                  emit outboxChanged();
                                  if (!finished.ok()) {
                                      emit errorOccurred(finished.error().message);
                                      setBusy(false);
                                      return;
                                  }
                                  if (!outcome.sent && !outcome.permanent) {
                                      // The server (or the way to it) is in trouble: stop this run, so the
                                      // other mails keep their attempts, and look again later.
                                      m_poll.setInterval(troublePoll);
                                      setBusy(false);
                                      return;
                                  }
                                  if (source != m_backend || !m_operator
                                      || m_operator->accountId != sender.accountId
                                      || m_operator->workspaceId != sender.workspaceId) {
                                      // Switched meanwhile: the new connection or operator starts afresh.
                                      setBusy(false);
                                      kick();
                                      return;
                                  }
                                  next();
                              });
                 });
             });
}

} // namespace usher
