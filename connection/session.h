#pragma once

#include "connection/backend.h"
#include "connection/connectionprofile.h"
#include "connection/mail/smtpclient.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace usher {

class MailSender;

/// What a change touched, so that each view reloads only what it shows.
enum class Topic {
    Members = 0x01, ///< Who is in the workspace, their roles, statuses and profiles.
    Groups = 0x02, ///< Groups, their members and what they grant.
    Invitations = 0x04, ///< Invitations, the waitlist and the outbox.
    AuditLog = 0x08,
    Workspace = 0x10, ///< Seats, Admin counts, the workspace's settings.
};
Q_DECLARE_FLAGS(Topics, Topic)

/// Every topic: what a change made elsewhere may have touched, since a database cannot say.
inline constexpr Topics everyTopic = Topics(0x1f);

/// The connection as the screens share it: the backend, the workspace shown and the operator at
/// the keyboard, with one path for change notifications. A view receives the session once and
/// follows its signals; it reloads what it shows, in place, when a topic of its own changed,
/// whether the change was made here (announce()) or by another admin or program.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    Backend* backend() const { return m_backend.get(); }
    /// The backend when it offers `feature`, otherwise nullptr.
    Backend* offering(Backend::Feature feature) const;
    const ConnectionProfile& profile() const { return m_profile; }
    qint64 workspaceId() const { return m_workspaceId; }
    const QString& workspaceName() const { return m_workspaceName; }
    const std::optional<Operator>& currentOperator() const { return m_operator; }
    /// Sends the workspace's queued mail from the outbox, as the signed-in operator; screens
    /// reach mail only through the session.
    MailSender* mailSender() const { return m_mailSender; }
    /// Sends one mail through `settings` off the GUI thread (the mail server dialog's test
    /// mail); answers the server's verdict.
    QFuture<SmtpOutcome> sendTestMail(const SmtpSettings& settings, const MailMessage& message) const;

    /// Replaces the backend (nullptr: none); the workspace and operator are forgotten first.
    /// Emits aboutToChangeBackend() while the old one still exists, so that whatever reads from
    /// it lets go.
    void setBackend(std::unique_ptr<Backend> backend, const ConnectionProfile& profile);
    void setWorkspace(qint64 id, const QString& name);
    void setOperator(const std::optional<Operator>& op);

    /// Makes `receiver` follow the session, for as long as it lives: `context` gets the backend
    /// (when it offers `feature`, else nullptr) and the workspace whenever either changes
    /// (nullptr and 0 while there is none), `operatorChanged` the operator, and `reload` runs
    /// when a change touched one of `topics`.
    void follow(QObject* receiver, std::optional<Backend::Feature> feature,
                std::function<void(Backend*, qint64)> context,
                std::function<void(const std::optional<Operator>&)> operatorChanged, Topics topics,
                std::function<void()> reload);

    /// A change made here: every view showing one of `topics` reloads, as for a change made
    /// elsewhere. Changes announced together are delivered together, once.
    void announce(Topics topics);

    /// How long changes made elsewhere are gathered before views are told.
    static constexpr int elsewhereDelayMs = 100;

signals:
    void aboutToChangeBackend();
    void workspaceChanged();
    void operatorChanged();
    /// Something views show changed, here or elsewhere.
    void changed(usher::Topics topics);

private:
    void deliver();

    MailSender* m_mailSender;
    std::unique_ptr<Backend> m_backend;
    ConnectionProfile m_profile;
    qint64 m_workspaceId = 0;
    QString m_workspaceName;
    std::optional<Operator> m_operator;
    Topics m_pending;
    QTimer m_delivery;
};

} // namespace usher

Q_DECLARE_OPERATORS_FOR_FLAGS(usher::Topics)
