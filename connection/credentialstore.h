#pragma once

#include "connection/result.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

namespace usher {

/// Secrets (database passwords, tokens, SMTP and captcha keys) in the operating system's
/// keychain through QtKeychain: Secret Service on Linux, Keychain on macOS, Credential
/// Manager on Windows. Never in a file: the plain-text fallback is off, and when no
/// keychain is reachable every call fails with Kind::KeychainUnavailable.
///
/// Keys are namespaced "usher:<profile>:<what>". QSettings keeps an index of the keys
/// stored (names only), so forgetAll() can remove every one.
///
/// Jobs run on the calling thread's event loop: continue with whenDone(), never block on
/// the future from that thread.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject* parent = nullptr);

    static QString keyFor(const QString& profile, const QString& what = QStringLiteral("password"));

    /// The secret, or Kind::NotFound when none is saved.
    QFuture<Result<QString>> read(const QString& profile, const QString& what = QStringLiteral("password"));
    QFuture<Result<Done>> write(const QString& profile, const QString& secret,
                                const QString& what = QStringLiteral("password"));
    /// Removes one secret; removing one that is not there succeeds.
    QFuture<Result<Done>> remove(const QString& profile, const QString& what = QStringLiteral("password"));
    /// Removes every secret of a profile (when the profile is deleted).
    QFuture<Result<int>> forgetProfile(const QString& profile);
    /// Removes every secret Usher has stored; answers how many.
    QFuture<Result<int>> forgetAll();

    /// The keys Usher has stored (the index), not the secrets.
    QStringList storedKeys() const;

    /// The keychain service name under which Usher's secrets are filed.
    static QString serviceName();

private:
    QFuture<Result<int>> removeKeys(const QStringList& keys);
};

} // namespace usher
