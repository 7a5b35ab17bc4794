#pragma once

#include "connection/connectionprofile.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace usher::test {

/// The SCIM test service (tests/scim/server.mjs: SCIMMY and scimmy-routers with our in-memory
/// store and fault layer), started on a free loopback port for the life of this object.
class ScimServer
{
public:
    ScimServer();
    ~ScimServer();
    ScimServer(const ScimServer&) = delete;
    ScimServer& operator=(const ScimServer&) = delete;

    /// False (with a warning saying why) when node or the server could not be started.
    bool isRunning() const { return m_port != 0; }
    QString baseUrl() const;
    static QString token() { return QStringLiteral("usher-test-token"); }
    /// Its OAuth 2.0 token endpoint (client credentials), with the one client it knows.
    QString tokenUrl() const;
    static QString clientId() { return QStringLiteral("usher-client"); }
    static QString clientSecret() { return QStringLiteral("client secret/with:odd chars"); }
    /// Withdraws every OAuth access token issued so far.
    void revokeTokens();
    /// Withdraws the bearer token too: only `token` is accepted until the next reset.
    void replaceToken(const QString& token);
    /// A profile for it; `timeoutSeconds` per request.
    ConnectionProfile profile(int timeoutSeconds = 10) const;

    /// Starts again with `people` generated users (the first, an Admin, holds the token) and
    /// `groups` groups; switches every fault off. Answers the token holder's id.
    QString reset(int people, int groups = 0);
    /// Starts again with exactly `people` (the first holds the token), no groups, no faults.
    /// The service keeps active and disabled people only: an invited or deleted one is refused
    /// (they live in Usher's own databases), answering an empty id.
    QString reset(const QList<SeedUser>& people);
    /// Switches the fault layer's behaviour (see server.mjs); an empty object switches it off.
    void setFaults(const QJsonObject& faults);
    /// Requests seen since the last reset, by "METHOD /Type".
    QJsonObject stats();
    /// A request as another client would make it (another admin's change), with the token;
    /// answers the HTTP status and the JSON body.
    std::pair<int, QJsonObject> request(const QByteArray& method, const QString& path, const QJsonObject& body = {});

private:
    std::pair<int, QJsonObject> send(const QByteArray& method, const QString& url, const QJsonObject& body,
                                     bool withToken);
    QProcess m_node;
    quint16 m_port = 0;
};

/// A backend (not yet opened) on `service`, started first if it is not, holding exactly
/// `people`: how the contract suites join the SCIM service. Nothing, with a warning saying why,
/// when node or the service would not.
std::unique_ptr<Backend> scimBackendWith(std::unique_ptr<ScimServer>& service, const QList<SeedUser>& people);

} // namespace usher::test
