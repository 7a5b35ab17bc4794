#include "connection/passwordhash.h"

#include <sodium.h>

#include <QMutex>

#include <atomic>

namespace usher::passwordhash {

namespace {
bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

std::atomic<quint64> verifications{0};
QMutex observerMutex;
std::function<void()> observer;

bool argon2Verify(const QString& stored, const QString& password)
{
    std::function<void()> observe;
    {
        QMutexLocker lock(&observerMutex);
        observe = observer;
    }
    ++verifications;
    if (observe) {
        observe();
    }
    const QByteArray hashed = stored.toLatin1();
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(hashed.constData(), bytes.constData(), quint64(bytes.size())) == 0;
}

bool isArgon2id(const QString& stored)
{
    return stored.startsWith(QLatin1String("$argon2id$"));
}
} // namespace

QString hash(const QString& password)
{
    if (!ready()) {
        return {};
    }
    const QByteArray bytes = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.constData(), quint64(bytes.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool verify(const QString& stored, const QString& password)
{
    if (!ready() || !isArgon2id(stored)) {
        return false;
    }
    return argon2Verify(stored, password);
}

bool verifyInConstantWork(const QString& stored, const QString& password)
{
    if (!ready()) {
        return false;
    }
    if (isArgon2id(stored)) {
        return argon2Verify(stored, password);
    }
    // Made once, with hash()'s parameters, from a random password nobody knows.
    static const QString dummy = [] {
        unsigned char secret[32];
        randombytes_buf(secret, sizeof secret);
        return hash(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(secret), sizeof secret).toHex()));
    }();
    if (!dummy.isEmpty()) {
        argon2Verify(dummy, password);
    }
    return false;
}

quint64 verificationCount()
{
    return verifications.load();
}

void setVerificationObserver(std::function<void()> newObserver)
{
    QMutexLocker lock(&observerMutex);
    observer = std::move(newObserver);
}

} // namespace usher::passwordhash
