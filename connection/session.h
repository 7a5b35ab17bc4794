#pragma once

#include "connection/backend.h"
#include "connection/connectionprofile.h"
#include "connection/mail/smtpclient.h"
#include "connection/whendone.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace usher {

class CredentialStore;
class MailSender;

/// How the session gets the secret a connection needs and keeps it for next time: the
/// keychain today, a bearer or OAuth token next. Asking the person is not its part: when it
/// has nothing, the session asks through Session::secretNeeded().
class CredentialStrategy
{
public:
    virtual ~CredentialStrategy() = default;
    /// The saved secret; Kind::NotFound when none is saved (the normal first time).
    virtual QFuture<Result<QString>> saved(const ConnectionProfile& profile) = 0;
    /// Keeps `secret` for the next connection to `profile`.
    virtual QFuture<Result<Done>> keep(const ConnectionProfile& profile, const QString& secret) = 0;
};

/// The operating system's keychain, by profile name.
class KeychainCredentials : public CredentialStrategy
{
public:
    explicit KeychainCredentials(CredentialStore* store) : m_store(store) { }
    QFuture<Result<QString>> saved(const ConnectionProfile& profile) override;
    QFuture<Result<Done>> keep(const ConnectionProfile& profile, const QString& secret) override;

private:
    CredentialStore* m_store;
};

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
    const Id& workspaceId() const { return m_workspaceId; }
    const QString& workspaceName() const { return m_workspaceName; }
    const std::optional<Operator>& currentOperator() const { return m_operator; }
    /// Sends the workspace's queued mail from the outbox, as the signed-in operator; screens
    /// reach mail only through the session.
    MailSender* mailSender() const { return m_mailSender; }
    /// Sends one mail through `settings` off the GUI thread (the mail server dialog's test
    /// mail); answers the server's verdict.
    QFuture<SmtpOutcome> sendTestMail(const SmtpSettings& settings, const MailMessage& message) const;

    /// Makes the backend for a profile and its secret.
    using BackendFactory = std::function<std::unique_ptr<Backend>(const ConnectionProfile&, const QString& secret)>;
    void setBackendFactory(BackendFactory factory) { m_factory = std::move(factory); }
    void setCredentials(CredentialStrategy* credentials) { m_credentials = credentials; }

    /// Where connecting stands: connect → credentials → open → sign-in (who is at the keyboard,
    /// in the workspace the open answered) → open and settled.
    enum class Stage { Idle, ReadingSecret, AskingForSecret, Opening, SigningIn, Open };
    /// How the person at the keyboard says who they are.
    enum class SignInMode {
        FirstAdmin, ///< The workspace has no active Admin yet: they become it.
        Identify, ///< A local file: their email alone (whoever holds the file controls it anyway).
        SignIn, ///< A shared database: email and password.
    };
    Q_ENUM(SignInMode)
    Stage stage() const { return m_stage; }
    /// Connects to `profile`: with no secret when it needs none, else the one given earlier in
    /// this session, the saved one, or one asked for through secretNeeded(); then opens it, and
    /// ends in opened() or openFailed() (a wrong secret is asked for again). A later connect
    /// wins over an unfinished one.
    void connectTo(const ConnectionProfile& profile);
    /// Connects with a secret the person just typed elsewhere (kept for this session only).
    void connectWith(const ConnectionProfile& profile, const QString& secret);
    /// The answer to secretNeeded(): connects with it, keeping it for next time when `keep`.
    void provideSecret(const QString& secret, bool keep);
    /// The person would not give the secret: connecting ends, with connectDeclined().
    void declineSecret();
    /// Tests a connection without opening it for the screens: a throwaway backend made the
    /// same way looks at what is there (probe()), and never creates, upgrades or changes it.
    QFuture<Result<OpenInfo>> testConnection(const ConnectionProfile& profile, const QString& secret);
    /// Forgets the secrets given in this session (they were removed from the keychain too).
    void forgetSecrets() { m_secrets.clear(); }

    /// Who is at the keyboard, as the command line named them (--as "Name <email>"): signing
    /// in after the next open tries them first, and makes them the first Admin where needed.
    void setOperatorHint(const QString& name, const QString& email);
    /// Whether the workspace still has no active Admin (signing in makes one).
    bool needsFirstAdmin() const { return m_needsFirstAdmin; }
    /// How signing in works in the workspace now.
    SignInMode signInMode() const;
    /// File ▸ Sign In: asks again through operatorNeeded(), as someone else or the first Admin.
    void signInAgain();
    /// The person is done with what operatorNeeded() asked (signed in through setOperator(),
    /// or not): signing in after an open settles.
    void finishSignIn();

    /// Replaces the backend (nullptr: none); the workspace and operator are forgotten first.
    /// Emits aboutToChangeBackend() while the old one still exists, so that whatever reads from
    /// it lets go.
    void setBackend(std::unique_ptr<Backend> backend, const ConnectionProfile& profile);
    void setWorkspace(const Id& id, const QString& name);
    void setOperator(const std::optional<Operator>& op);

    /// Makes `receiver` follow the session, for as long as it lives: `context` gets the backend
    /// (when it offers `feature`, else nullptr) and the workspace whenever either changes
    /// (nullptr and 0 while there is none), `operatorChanged` the operator, and `reload` runs
    /// when a change touched one of `topics`.
    void follow(QObject* receiver, std::optional<Backend::Feature> feature,
                std::function<void(Backend*, const Id&)> context,
                std::function<void(const std::optional<Operator>&)> operatorChanged, Topics topics,
                std::function<void()> reload);

    /// A change made here: every view showing one of `topics` reloads, as for a change made
    /// elsewhere. Changes announced together are delivered together, once.
    void announce(Topics topics);

    /// How long changes made elsewhere are gathered before views are told.
    static constexpr int elsewhereDelayMs = 100;

signals:
    void stageChanged(usher::Session::Stage stage);
    /// A secret is needed for `profile`: answer with provideSecret() or declineSecret().
    /// `problem` says why the last one did not do (empty the first time); `canKeep` is false
    /// when the keychain cannot be reached.
    void secretNeeded(const usher::ConnectionProfile& profile, const QString& problem, bool canKeep);
    void opened(const usher::ConnectionProfile& profile, const usher::OpenInfo& info);
    void openFailed(const usher::ConnectionProfile& profile, const usher::BackendError& error);
    /// The person declined to give the secret.
    void connectDeclined();
    /// Who is at the keyboard must be asked: show the sign-in in `mode`, suggesting `email`;
    /// `problem` says why the last try did not do. Answer with setOperator() for whoever
    /// signed in, then finishSignIn().
    void operatorNeeded(usher::Session::SignInMode mode, const QString& email, const QString& problem);
    /// Signing in after an open has ended, with an operator or without (the stage is Open).
    void signInSettled();
    /// The secret works but could not be kept (it is kept for this session only).
    void secretNotKept(const QString& message);
    void aboutToChangeBackend();
    void workspaceChanged();
    void operatorChanged();
    /// Something views show changed, here or elsewhere.
    void changed(usher::Topics topics);

private:
    void deliver();
    void setStage(Stage stage);
    void ask(const ConnectionProfile& profile, const QString& problem, bool canKeep);
    void openWith(const ConnectionProfile& profile, const QString& secret, bool keep);
    void beginSignIn(const OpenInfo& info);
    void askForOperator(const QString& email, const QString& problem);
    /// Where the last operator of this connection is remembered (their email only).
    QString rememberedOperatorKey() const;

    BackendFactory m_factory;
    CredentialStrategy* m_credentials = nullptr;
    Stage m_stage = Stage::Idle;
    ConnectionProfile m_connecting; ///< The profile connectTo() is working on.
    Latest m_connectTicket; ///< A later connect wins.
    QHash<QString, QString> m_secrets; ///< Given in this session, by ConnectionProfile::secretScope().

    MailSender* m_mailSender;
    std::unique_ptr<Backend> m_backend;
    ConnectionProfile m_profile;
    Id m_workspaceId;
    QString m_workspaceName;
    std::optional<Operator> m_operator;
    bool m_needsFirstAdmin = false;
    QString m_hintName;
    QString m_hintEmail;
    Topics m_pending;
    QTimer m_delivery;
};

} // namespace usher

Q_DECLARE_OPERATORS_FOR_FLAGS(usher::Topics)
