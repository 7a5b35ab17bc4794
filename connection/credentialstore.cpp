#include "connection/credentialstore.h"

#include "connection/logging.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSettings>
#include <memory>
#include <qt6keychain/keychain.h>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::CredentialStore)
};

const QString indexKey = QStringLiteral("keychain/storedKeys");

BackendError keychainError(QKeychain::Job* job, const QString& what)
{
    using Kind = BackendError::Kind;
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return {Kind::NotFound, Text::tr("No password is saved for this connection."), {}};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {Kind::Invalid, what + QLatin1Char(' ') + Text::tr("The keychain refused access."), job->errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        return {Kind::KeychainUnavailable,
                what + QLatin1Char(' ')
                    + Text::tr("No keychain is available on this computer (%1). Usher does not store passwords in "
                               "plain text; it can ask for the password each time instead.")
                          .arg(job->errorString()),
                job->errorString()};
    }
}

void addToIndex(const QString& key)
{
    QSettings settings;
    QStringList keys = settings.value(indexKey).toStringList();
    if (!keys.contains(key)) {
        keys.append(key);
        settings.setValue(indexKey, keys);
    }
}

void removeFromIndex(const QString& key)
{
    QSettings settings;
    QStringList keys = settings.value(indexKey).toStringList();
    if (keys.removeAll(key) > 0) {
        settings.setValue(indexKey, keys);
    }
}

/// A job without a parent, deleted by itself once finished: deleting a job while the Secret
/// Service is still answering it (the store going away with its window) crashes in
/// libsecret's callback. Its answer then goes nowhere (the connection dies with the store).
template<typename Job>
Job* newJob(const QString& key)
{
    auto* job = new Job(CredentialStore::serviceName(), nullptr);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("Usher");
}

QString CredentialStore::keyFor(const QString& profile, const QString& what)
{
    return QStringLiteral("usher:%1:%2").arg(profile, what);
}

QStringList CredentialStore::storedKeys() const
{
    return QSettings().value(indexKey).toStringList();
}

namespace {
/// Starts a keychain job and answers `onDone(job)`'s result through a future.
template<typename T, typename Job, typename OnDone>
QFuture<Result<T>> startJob(Job* job, QObject* context, OnDone onDone)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QObject::connect(job, &QKeychain::Job::finished, context, [promise, job, onDone] {
        promise->addResult(onDone(job));
        promise->finish();
    });
    job->start();
    return promise->future();
}
} // namespace

QFuture<Result<QString>> CredentialStore::read(const QString& profile, const QString& what)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(keyFor(profile, what));
    return startJob<QString>(job, this, [](QKeychain::ReadPasswordJob* done) -> Result<QString> {
        if (done->error() == QKeychain::NoError) {
            return done->textData();
        }
        return keychainError(done, Text::tr("The password could not be read."));
    });
}

QFuture<Result<Done>> CredentialStore::write(const QString& profile, const QString& secret, const QString& what)
{
    const QString key = keyFor(profile, what);
    auto* job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    return startJob<Done>(job, this, [key](QKeychain::WritePasswordJob* done) -> Result<Done> {
        if (done->error() == QKeychain::NoError) {
            addToIndex(key);
            return Done{};
        }
        qCWarning(lcSql) << "Keychain write failed for" << key << done->errorString();
        return keychainError(done, Text::tr("The password could not be saved."));
    });
}

QFuture<Result<Done>> CredentialStore::remove(const QString& profile, const QString& what)
{
    const QString key = keyFor(profile, what);
    auto* job = newJob<QKeychain::DeletePasswordJob>(key);
    return startJob<Done>(job, this, [key](QKeychain::DeletePasswordJob* done) -> Result<Done> {
        if (done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound) {
            removeFromIndex(key);
            return Done{};
        }
        return keychainError(done, Text::tr("The password could not be removed."));
    });
}

QFuture<Result<int>> CredentialStore::removeKeys(const QStringList& keys)
{
    auto promise = std::make_shared<QPromise<Result<int>>>();
    promise->start();
    if (keys.isEmpty()) {
        promise->addResult(Result<int>(0));
        promise->finish();
        return promise->future();
    }
    // One job after another; the first failure ends the run, the index keeps what is left.
    struct State
    {
        QStringList pending;
        int removed = 0;
    };
    auto state = std::make_shared<State>(State{keys, 0});
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, promise, state, next] {
        if (state->pending.isEmpty()) {
            promise->addResult(Result<int>(state->removed));
            promise->finish();
            *next = nullptr; // break the cycle
            return;
        }
        const QString key = state->pending.takeFirst();
        auto* job = newJob<QKeychain::DeletePasswordJob>(key);
        connect(job, &QKeychain::Job::finished, this, [promise, state, next, job, key] {
            if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
                removeFromIndex(key);
                ++state->removed;
                (*next)();
            } else {
                promise->addResult(Result<int>(keychainError(job, Text::tr("Not every saved password could be removed."))));
                promise->finish();
                *next = nullptr;
            }
        });
        job->start();
    };
    (*next)();
    return promise->future();
}

QFuture<Result<int>> CredentialStore::forgetProfile(const QString& profile)
{
    const QString prefix = keyFor(profile, QString());
    QStringList keys;
    for (const QString& key : storedKeys()) {
        if (key.startsWith(prefix)) {
            keys.append(key);
        }
    }
    // The password may be in the keychain without being indexed (an older index, a crash).
    if (!keys.contains(keyFor(profile))) {
        keys.append(keyFor(profile));
    }
    return removeKeys(keys);
}

QFuture<Result<int>> CredentialStore::forgetAll()
{
    return removeKeys(storedKeys());
}

} // namespace usher
