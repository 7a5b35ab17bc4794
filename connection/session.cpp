#include "connection/session.h"

#include "connection/credentialstore.h"
#include "connection/mail/mailsender.h"

#include "core/account.h"

#include <QPromise>
#include <QSettings>
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
        // A secret refused mid-session (a token revoked or expired) is asked for again, like
        // one refused on connecting; given, the connection opens anew with it.
        connect(m_backend.get(), &Backend::secretRefused, this, [this](const QString& message) {
            if (m_stage != Stage::Open) {
                return;
            }
            m_secrets.remove(m_profile.secretScope());
            m_connecting = m_profile;
            m_connectTicket.next();
            ask(m_profile, message, m_credentials != nullptr);
        });
    }
}

void Session::setWorkspace(const Id& id, const QString& name)
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
    // Signed in while the workspace had no active Admin: they have just been made its first one.
    const bool madeFirstAdmin = op && m_needsFirstAdmin;
    if (op) {
        m_needsFirstAdmin = false;
        QSettings().setValue(rememberedOperatorKey(), op->email);
    }
    const bool same = op.has_value() == m_operator.has_value()
        && (!op
            || (op->accountId == m_operator->accountId && op->workspaceId == m_operator->workspaceId
                && op->role == m_operator->role && op->email == m_operator->email
                && op->displayName == m_operator->displayName));
    m_operator = op;
    if (!same) {
        emit operatorChanged();
    }
    if (madeFirstAdmin) {
        // A member, their audit event and the workspace's Admin count: shown at once, as any change.
        announce(Topic::Members | Topic::AuditLog | Topic::Workspace);
    }
}

void Session::follow(QObject* receiver, std::optional<Backend::Feature> feature,
                     std::function<void(Backend*, const Id&)> context,
                     std::function<void(const std::optional<Operator>&)> operatorChanged, Topics topics,
                     std::function<void()> reload)
{
    connect(this, &Session::aboutToChangeBackend, receiver, [context] { context(nullptr, Id()); });
    connect(this, &Session::workspaceChanged, receiver, [this, feature, context] {
        Backend* offered = feature ? offering(*feature) : m_backend.get();
        context(m_workspaceId ? offered : nullptr, m_workspaceId);
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

QFuture<Result<QString>> KeychainCredentials::saved(const ConnectionProfile& profile)
{
    return m_store->read(profile.name);
}

QFuture<Result<Done>> KeychainCredentials::keep(const ConnectionProfile& profile, const QString& secret)
{
    return m_store->write(profile.name, secret);
}

void Session::setStage(Stage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        emit stageChanged(stage);
    }
}

void Session::connectTo(const ConnectionProfile& profile)
{
    m_connecting = profile;
    const quint64 ticket = m_connectTicket.next();
    if (!profile.needsPassword()) {
        openWith(profile, {}, false);
        return;
    }
    if (const auto given = m_secrets.constFind(profile.secretScope()); given != m_secrets.constEnd()) {
        openWith(profile, *given, false);
        return;
    }
    if (!m_credentials) {
        ask(profile, {}, false);
        return;
    }
    setStage(Stage::ReadingSecret);
    whenCurrent(m_credentials->saved(profile), this, m_connectTicket, ticket, [this, profile](const Result<QString>& saved) {
        if (saved.ok()) {
            openWith(profile, saved.value(), false);
            return;
        }
        // Nothing saved is the normal first time; any other failure is worth saying.
        const bool nothingSaved = saved.error().kind == BackendError::Kind::NotFound;
        ask(profile, nothingSaved ? QString() : saved.error().message, nothingSaved);
    });
}

void Session::connectWith(const ConnectionProfile& profile, const QString& secret)
{
    m_connecting = profile;
    m_connectTicket.next();
    openWith(profile, secret, false);
}

void Session::ask(const ConnectionProfile& profile, const QString& problem, bool canKeep)
{
    setStage(Stage::AskingForSecret);
    emit secretNeeded(profile, problem, canKeep);
}

void Session::provideSecret(const QString& secret, bool keep)
{
    if (m_stage == Stage::AskingForSecret) {
        openWith(m_connecting, secret, keep);
    }
}

void Session::declineSecret()
{
    if (m_stage == Stage::AskingForSecret) {
        m_connectTicket.next();
        setStage(m_backend ? Stage::Open : Stage::Idle);
        emit connectDeclined();
    }
}

void Session::openWith(const ConnectionProfile& profile, const QString& secret, bool keep)
{
    setBackend(m_factory ? m_factory(profile, secret) : nullptr, profile);
    if (!m_backend) {
        setStage(Stage::Idle);
        emit openFailed(profile, {BackendError::Kind::Internal, tr("Usher cannot connect to this kind of connection."), {}});
        return;
    }
    setStage(Stage::Opening);
    const quint64 ticket = m_connectTicket.next();
    whenCurrent(m_backend->open(), this, m_connectTicket, ticket,
                [this, profile, secret, keep](const Result<OpenInfo>& result) {
        if (!result.ok()) {
            setBackend(nullptr, m_profile);
            if (result.error().kind == BackendError::Kind::Authentication) {
                m_secrets.remove(profile.secretScope());
                ask(profile, result.error().message, m_credentials != nullptr);
            } else {
                setStage(Stage::Idle);
                emit openFailed(profile, result.error());
            }
            return;
        }
        if (profile.needsPassword()) {
            if (keep && m_credentials) {
                whenDone(m_credentials->keep(profile, secret), this, [this, profile, secret](const Result<Done>& kept) {
                    if (!kept.ok()) {
                        m_secrets.insert(profile.secretScope(), secret);
                        emit secretNotKept(kept.error().message);
                    }
                });
            } else {
                m_secrets.insert(profile.secretScope(), secret);
            }
        }
        setStage(Stage::SigningIn);
        emit opened(profile, result.value());
        beginSignIn(result.value());
    });
}

QFuture<Result<OpenInfo>> Session::testConnection(const ConnectionProfile& profile, const QString& secret)
{
    const std::shared_ptr<Backend> backend = m_factory ? std::shared_ptr<Backend>(m_factory(profile, secret)) : nullptr;
    if (!backend) {
        QPromise<Result<OpenInfo>> promise;
        promise.start();
        promise.addResult(BackendError{BackendError::Kind::Internal, tr("Usher cannot connect to this kind of connection."), {}});
        promise.finish();
        return promise.future();
    }
    // The throwaway backend lives until its answer is in, and goes on this thread.
    return backend->probe().then(this, [backend](const Result<OpenInfo>& probed) { return probed; });
}

void Session::setOperatorHint(const QString& name, const QString& email)
{
    m_hintName = name.trimmed();
    m_hintEmail = email.trimmed();
}

QString Session::rememberedOperatorKey() const
{
    return QStringLiteral("operators/")
        + QString::fromLatin1(m_profile.location().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

Session::SignInMode Session::signInMode() const
{
    if (m_needsFirstAdmin) {
        return SignInMode::FirstAdmin;
    }
    const OperatorSignIn* signIn = m_backend ? m_backend->operatorSignIn() : nullptr;
    return signIn && signIn->requiresSignIn() ? SignInMode::SignIn : SignInMode::Identify;
}

void Session::beginSignIn(const OpenInfo& info)
{
    if (m_workspaceId == 0) {
        setWorkspace(info.workspaceId, info.workspaceName); // as the window does once its first page is asked for
    }
    OperatorSignIn* signIn = m_backend ? m_backend->operatorSignIn() : nullptr;
    if (!signIn) {
        // The connection itself says who it acts as (a service's token names its holder).
        m_needsFirstAdmin = false;
        setOperator(info.connectedAs);
        finishSignIn();
        return;
    }
    m_needsFirstAdmin = info.activeAdmins == 0; // until someone becomes it: signInAgain() offers it again
    const QString remembered = QSettings().value(rememberedOperatorKey()).toString();
    if (signIn->requiresSignIn()) {
        askForOperator(remembered.isEmpty() ? m_hintEmail : remembered, {});
        return;
    }
    const quint64 ticket = m_connectTicket.next();
    auto accept = [this, remembered](const Result<Operator>& result) {
        if (result.ok()) {
            setOperator(result.value());
            finishSignIn();
        } else {
            askForOperator(remembered.isEmpty() ? m_hintEmail : remembered, result.error().message);
        }
    };
    if (m_needsFirstAdmin && !m_hintEmail.isEmpty()) {
        const PersonName name = splitDisplayName(m_hintName);
        const NewMember admin{name.first, name.last, m_hintEmail, Role::Admin, {}};
        whenCurrent(signIn->setUpFirstAdmin(info.workspaceId, admin), this, m_connectTicket, ticket, accept);
        return;
    }
    const QString email = !m_hintEmail.isEmpty() ? m_hintEmail : remembered;
    if (m_needsFirstAdmin || email.isEmpty()) {
        askForOperator(remembered.isEmpty() ? m_hintEmail : remembered, {});
        return;
    }
    whenCurrent(signIn->identify(info.workspaceId, email), this, m_connectTicket, ticket, accept);
}

void Session::askForOperator(const QString& email, const QString& problem)
{
    emit operatorNeeded(signInMode(), email, problem);
}

void Session::signInAgain()
{
    if (m_backend && m_backend->operatorSignIn() && m_workspaceId != 0) {
        askForOperator(m_operator ? m_operator->email : QString(), {});
    }
}

void Session::finishSignIn()
{
    if (m_stage == Stage::SigningIn) {
        setStage(Stage::Open);
        emit signInSettled();
    }
}

} // namespace usher
