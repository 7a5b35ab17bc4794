#pragma once

#include <QByteArray>
#include <QFuture>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

class QThread;

namespace usher::scim {

/// One request to a SCIM service, relative to its base URL.
struct HttpRequest
{
    QByteArray method = "GET";
    QString path; ///< "/Users/2819c223", appended to the base URL's path.
    QUrlQuery query;
    std::optional<QJsonDocument> body;
    QByteArray ifMatch; ///< The ETag a change is made from; empty: none sent.
    /// Instead of `path` on the base URL: another address (an OAuth token endpoint).
    QUrl url;
    /// Instead of `body`: a form (application/x-www-form-urlencoded), for a token request.
    QByteArray form;
    /// Instead of the bearer token: this Authorization header (client credentials' Basic).
    QByteArray authorization;
    /// The access token to send, where it changes over the connection's life (OAuth); empty:
    /// the settings' token.
    QByteArray bearer;

    /// GET, PUT and DELETE may be sent again after a failure without doing anything twice, but
    /// not a conditional one: if the first was applied and its answer lost, the second would be
    /// refused (412) for the very change it made.
    bool idempotent() const
    {
        return method == "GET" || (ifMatch.isEmpty() && (method == "PUT" || method == "DELETE"));
    }
};

/// What came back: an HTTP status with its body, or no answer at all (`status` 0, `network`
/// says why).
struct HttpReply
{
    int status = 0;
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    QString networkText;
    QByteArray body;
    QByteArray etag;
    int retryAfterSeconds = -1; ///< From Retry-After; -1 when the server did not say.
    bool timedOut = false;
    bool tlsFailed = false;
    QString tlsErrors; ///< The certificate problems, for the details pane.
};

/// How the service is reached. The bearer token (or OAuth access token) is held in memory only.
struct HttpSettings
{
    QUrl base; ///< "https://idp.example.org/scim/v2"
    QByteArray bearerToken;
    bool verifyPeer = true; ///< Off only for a service on this machine (plain http never gets here).
    QString caFile; ///< Extra certificate authorities to trust (PEM); empty: the system's.
    int timeoutMs = 30000; ///< For one request, reset by every byte that arrives.
};

class HttpAgent;

/// An HTTP/1.1 client for one SCIM service: keep-alive connections, gzip, TLS with the
/// profile's CA file. Its network access lives on a thread of its own, so requests may be sent
/// and waited for from any other thread (the backend's workers wait; the GUI never does).
class ScimHttp
{
public:
    explicit ScimHttp(HttpSettings settings);
    ~ScimHttp();
    ScimHttp(const ScimHttp&) = delete;
    ScimHttp& operator=(const ScimHttp&) = delete;

    const HttpSettings& settings() const { return m_settings; }
    /// Sends a request; the future finishes with its reply (never fails: problems are in it).
    QFuture<HttpReply> send(const HttpRequest& request);
    /// Ends every request in flight at once (closing the connection) and refuses any sent
    /// later; their replies say so. For closing.
    void abortAll();

private:
    HttpSettings m_settings;
    QThread* m_thread = nullptr;
    HttpAgent* m_agent = nullptr;
};

} // namespace usher::scim
