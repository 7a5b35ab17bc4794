#include "connection/loopback.h"

#include <QHostInfo>

namespace usher {

namespace {
QString bare(const QString& host)
{
    QString name = host.trimmed().toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']'))) {
        name = name.mid(1, name.size() - 2);
    }
    return name;
}
} // namespace

bool mayBeLoopback(const QString& host)
{
    const QString name = bare(host);
    if (name == QLatin1String("localhost")) {
        return true;
    }
    QHostAddress address;
    return address.setAddress(name) && address.isLoopback();
}

QList<QHostAddress> loopbackAddresses(const QString& host)
{
    const QString name = bare(host);
    if (name.isEmpty()) {
        return {};
    }
    QHostAddress literal;
    if (literal.setAddress(name)) {
        return literal.isLoopback() ? QList<QHostAddress>{literal} : QList<QHostAddress>{};
    }
    const QHostInfo info = QHostInfo::fromName(name);
    const QList<QHostAddress> addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        return {};
    }
    for (const QHostAddress& address : addresses) {
        if (!address.isLoopback()) {
            return {};
        }
    }
    return addresses;
}

} // namespace usher
