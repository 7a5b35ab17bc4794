#include "connection/token.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

namespace usher::token {

QString generate()
{
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
    Q_UNUSED(ready);
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QString token = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return token;
}

QString temporaryPassword()
{
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
    Q_UNUSED(ready);
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr uint32_t size = sizeof(alphabet) - 1;
    QString password;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0) {
            password += QLatin1Char('-');
        }
        password += QLatin1Char(alphabet[randombytes_uniform(size)]);
    }
    return password;
}

QString hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace usher::token
