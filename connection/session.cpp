#include "connection/session.h"

#include "connection/mail/mailsender.h"

#include <QtConcurrent/QtConcurrentRun>

namespace usher {

Session::Session(QObject* parent)
    : QObject(parent)
    , m_mailSender(new MailSender(this))
{
    m_delivery.setSingleShot(true);
    connect(&m_delivery, &QTimer::timeout, this, &Session::deliver);
}

Session::~Session()
{
    setBackend(nullptr, {});
}

Backend* Session::offering(Backend::Feature feature) const
{
    return m_backend && m_backend->offers(feature) ? m_backend.get() : nullptr;
}

void Session::setBackend(std::unique_ptr<Backend> backend, const ConnectionProfile& profile)
{
    setOperator(std::nullopt);
    setWorkspace(0, {});
    emit aboutToChangeBackend();
    m_pending = {};
    m_delivery.stop();
    m_backend = std::move(backend);
    m_profile = profile;
    if (m_backend) {
        connect(m_backend.get(), &Backend::changedElsewhere, this, [this] {
            m_pending |= everyTopic;
            if (!m_delivery.isActive()) {
                m_delivery.start(elsewhereDelayMs);
            }
        });
    }
}

void Session::setWorkspace(qint64 id, const QString& name)
{
    if (id == m_workspaceId && name == m_workspaceName) {
        return;
    }
    m_workspaceId = id;
    m_workspaceName = name;
    emit workspaceChanged();
}

void Session::setOperator(const std::optional<Operator>& op)
{
    const bool same = op.has_value() == m_operator.has_value()
        && (!op
            || (op->accountId == m_operator->accountId && op->workspaceId == m_operator->workspaceId
                && op->role == m_operator->role && op->email == m_operator->email
                && op->displayName == m_operator->displayName));
    m_operator = op;
    if (!same) {
        emit operatorChanged();
    }
}

void Session::follow(QObject* receiver, std::optional<Backend::Feature> feature,
                     std::function<void(Backend*, qint64)> context,
                     std::function<void(const std::optional<Operator>&)> operatorChanged, Topics topics,
                     std::function<void()> reload)
{
    connect(this, &Session::aboutToChangeBackend, receiver, [context] { context(nullptr, 0); });
    connect(this, &Session::workspaceChanged, receiver, [this, feature, context] {
        Backend* offered = feature ? offering(*feature) : m_backend.get();
        context(m_workspaceId != 0 ? offered : nullptr, m_workspaceId);
    });
    connect(this, &Session::operatorChanged, receiver,
            [this, operatorChanged = std::move(operatorChanged)] { operatorChanged(m_operator); });
    connect(this, &Session::changed, receiver, [topics, reload = std::move(reload)](Topics changed) {
        if (changed & topics) {
            reload();
        }
    });
}

void Session::announce(Topics topics)
{
    m_pending |= topics;
    m_delivery.start(0); // sooner than a change elsewhere: the person is waiting to see it
}

void Session::deliver()
{
    const Topics topics = m_pending;
    m_pending = {};
    if (topics && m_backend) {
        emit changed(topics);
    }
}

QFuture<SmtpOutcome> Session::sendTestMail(const SmtpSettings& settings, const MailMessage& message) const
{
    // sendMail waits for the server (or its timeout): never on the GUI thread.
    return QtConcurrent::run([settings, message] { return sendMail(settings, message); });
}

} // namespace usher
