#include "connection/passwordhash.h"

#include <sodium.h>

namespace usher::passwordhash {

namespace {
bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
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
    if (!ready() || !stored.startsWith(QLatin1String("$argon2id$"))) {
        return false;
    }
    const QByteArray hashed = stored.toLatin1();
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(hashed.constData(), bytes.constData(), quint64(bytes.size())) == 0;
}

} // namespace usher::passwordhash
