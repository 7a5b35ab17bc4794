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

QString hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace usher::token
