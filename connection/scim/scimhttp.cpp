#include "connection/scim/scimhttp.h"

#include "connection/logging.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>

namespace usher::scim {

namespace {
constexpr qint64 maxReplyBytes = 64 * 1024 * 1024;
} // namespace

/// Lives on ScimHttp's thread and owns the QNetworkAccessManager there.
class HttpAgent : public QObject
{
public:
    explicit HttpAgent(const HttpSettings& settings)
        : m_settings(settings)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        if (!settings.caFile.isEmpty()) {
            QFile file(settings.caFile);
            if (file.open(QIODevice::ReadOnly)) {
                QList<QSslCertificate> authorities = m_tls.caCertificates();
                authorities += QSslCertificate::fromData(file.readAll(), QSsl::Pem);
                m_tls.setCaCertificates(authorities);
            }
        }
        m_tls.setPeerVerifyMode(settings.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    }

    void start(const HttpRequest& request, const std::shared_ptr<QPromise<HttpReply>>& promise)
    {
        if (!m_network) {
            m_network = new QNetworkAccessManager(this);
            m_network->setAutoDeleteReplies(true);
        }
        QUrl url = m_settings.base;
        if (request.url.isValid()) {
            url = request.url;
        } else {
            QString path = url.path();
            while (path.endsWith(QLatin1Char('/'))) {
                path.chop(1);
            }
            url.setPath(path + request.path);
        }
        if (!request.query.isEmpty()) {
            url.setQuery(request.query);
        }
        QNetworkRequest http(url);
        http.setSslConfiguration(m_tls);
        http.setTransferTimeout(m_settings.timeoutMs);
        http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        http.setRawHeader("Accept", "application/scim+json, application/json");
        // No Accept-Encoding of ours: Qt asks for gzip itself, and unpacks only what it asked for.
        if (!request.authorization.isEmpty()) {
            http.setRawHeader("Authorization", request.authorization);
        } else if (!request.bearer.isEmpty()) {
            http.setRawHeader("Authorization", "Bearer " + request.bearer);
        } else if (!m_settings.bearerToken.isEmpty()) {
            http.setRawHeader("Authorization", "Bearer " + m_settings.bearerToken);
        }
        if (!request.ifMatch.isEmpty()) {
            http.setRawHeader("If-Match", request.ifMatch);
        }
        QByteArray payload;
        if (!request.form.isEmpty()) {
            payload = request.form;
            http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        } else if (request.body) {
            payload = request.body->toJson(QJsonDocument::Compact);
            http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/scim+json"));
        }
        if (m_closed) {
            HttpReply answer;
            answer.network = QNetworkReply::OperationCanceledError;
            answer.networkText = QStringLiteral("Closed");
            promise->addResult(answer);
            promise->finish();
            return;
        }
        QNetworkReply* reply = m_network->sendCustomRequest(http, request.method, payload);
        m_inFlight.append(reply);
        // A body past what any answer needs is refused as it arrives, not after it filled memory.
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
            if (received > maxReplyBytes || total > maxReplyBytes) {
                reply->setProperty("usherTooLarge", true);
                reply->abort();
            }
        });
        auto tls = std::make_shared<QString>();
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [tls](const QList<QSslError>& errors) {
            for (const QSslError& error : errors) {
                *tls += (tls->isEmpty() ? QString() : QStringLiteral("; ")) + error.errorString();
            }
        });
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, promise, tls] {
            m_inFlight.removeOne(reply);
            HttpReply answer;
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.body = reply->isOpen() ? reply->readAll() : QByteArray();
            answer.etag = reply->rawHeader("ETag");
            const QByteArray retry = reply->rawHeader("Retry-After");
            if (!retry.isEmpty()) {
                bool ok = false;
                const int seconds = retry.trimmed().toInt(&ok);
                answer.retryAfterSeconds = ok ? qMax(0, seconds) : -1;
            }
            if (reply->property("usherTooLarge").toBool()) {
                answer = {};
                answer.network = QNetworkReply::ContentReSendError;
                answer.networkText = QStringLiteral("The answer was larger than %1 MB").arg(maxReplyBytes / (1024 * 1024));
            } else if (answer.status == 0) {
                answer.network = reply->error();
                answer.networkText = reply->errorString();
                answer.timedOut = reply->error() == QNetworkReply::OperationCanceledError && !m_aborting;
                answer.tlsFailed = reply->error() == QNetworkReply::SslHandshakeFailedError || !tls->isEmpty();
                answer.tlsErrors = *tls;
            }
            promise->addResult(answer);
            promise->finish();
        });
    }

    void abortAll()
    {
        m_closed = true; // and nothing new starts
        m_aborting = true;
        const QList<QNetworkReply*> replies = m_inFlight;
        for (QNetworkReply* reply : replies) {
            reply->abort();
        }
        m_aborting = false;
    }

private:
    HttpSettings m_settings;
    QSslConfiguration m_tls;
    QNetworkAccessManager* m_network = nullptr;
    QList<QNetworkReply*> m_inFlight;
    bool m_aborting = false;
    bool m_closed = false;
};

ScimHttp::ScimHttp(HttpSettings settings)
    : m_settings(std::move(settings))
    , m_thread(new QThread)
    , m_agent(new HttpAgent(m_settings))
{
    m_thread->setObjectName(QStringLiteral("usher-scim-http"));
    m_agent->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_agent, &QObject::deleteLater);
    m_thread->start();
}

ScimHttp::~ScimHttp()
{
    abortAll();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QFuture<HttpReply> ScimHttp::send(const HttpRequest& request)
{
    auto promise = std::make_shared<QPromise<HttpReply>>();
    promise->start();
    QFuture<HttpReply> future = promise->future();
    QMetaObject::invokeMethod(m_agent, [agent = m_agent, request, promise] { agent->start(request, promise); },
                              Qt::QueuedConnection);
    return future;
}

void ScimHttp::abortAll()
{
    QMetaObject::invokeMethod(m_agent, [agent = m_agent] { agent->abortAll(); }, Qt::BlockingQueuedConnection);
}

} // namespace usher::scim
