#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace usher {

/// The one rule for unencrypted connections (plain SMTP, PostgreSQL with encryption off):
/// they may only reach this computer. A host qualifies when every address it resolves to is a
/// loopback address; its name alone proves nothing ("127.evil.example" is anyone's).

/// Whether `host` can be judged loopback before resolving it: the name "localhost" or a
/// loopback address literal ("127.0.0.1", "::1", "[::1]"). Non-blocking, for forms; a later
/// loopbackAddresses() still decides.
bool mayBeLoopback(const QString& host);

/// The addresses `host` resolves to when there is at least one and every one is loopback;
/// empty otherwise (a remote address among them, or the name does not resolve). Blocking
/// (DNS): call it on a worker thread, never on the GUI thread. Connect to these addresses,
/// not to the name again, so a second lookup cannot answer differently.
QList<QHostAddress> loopbackAddresses(const QString& host);

} // namespace usher
