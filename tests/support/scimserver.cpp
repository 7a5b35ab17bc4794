#include "scimserver.h"

#include "connection/scim/scimbackend.h"
#include "core/role.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace usher::test {

ScimServer::ScimServer()
{
    m_node.setProgram(QStringLiteral("node"));
    m_node.setArguments({QStringLiteral(USHER_SCIM_SERVER), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--token"), token()});
    m_node.setProcessChannelMode(QProcess::SeparateChannels);
    m_node.start();
    if (!m_node.waitForStarted(10000)) {
        qWarning("The SCIM test server did not start: %s", qPrintable(m_node.errorString()));
        return;
    }
    QByteArray said;
    while (!said.contains('\n') && m_node.waitForReadyRead(20000)) {
        said += m_node.readAllStandardOutput();
    }
    if (!said.startsWith("listening ")) {
        qWarning("The SCIM test server did not say where it listens: %s %s", said.constData(),
                 m_node.readAllStandardError().constData());
        return;
    }
    m_port = quint16(said.mid(10).trimmed().toUInt());
}

ScimServer::~ScimServer()
{
    m_node.kill();
    m_node.waitForFinished(5000);
}

QString ScimServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(m_port);
}

QString ScimServer::tokenUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/oauth/token").arg(m_port);
}

void ScimServer::revokeTokens()
{
    send("POST", QStringLiteral("http://127.0.0.1:%1/_test/revoke").arg(m_port), {}, false);
}

void ScimServer::replaceToken(const QString& token)
{
    send("POST", QStringLiteral("http://127.0.0.1:%1/_test/revoke").arg(m_port), {{QStringLiteral("token"), token}},
         false);
}

ConnectionProfile ScimServer::profile(int timeoutSeconds) const
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("SCIM test service");
    ScimService service;
    service.baseUrl = baseUrl();
    service.timeoutSeconds = timeoutSeconds;
    profile.target = service;
    return profile;
}

std::pair<int, QJsonObject> ScimServer::send(const QByteArray& method, const QString& url, const QJsonObject& body,
                                             bool withToken)
{
    QNetworkAccessManager network;
    QNetworkRequest request {QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (withToken) {
        request.setRawHeader("Authorization", "Bearer " + token().toUtf8());
    }
    QNetworkReply* reply = network.sendCustomRequest(
        request, method, body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return {status, answer};
}

QString ScimServer::reset(int people, int groups)
{
    return send("POST", QStringLiteral("http://127.0.0.1:%1/_test/reset").arg(m_port),
                {{QStringLiteral("seed"), people}, {QStringLiteral("groups"), groups}}, false)
        .second.value(QStringLiteral("me"))
        .toString();
}

std::unique_ptr<Backend> scimBackendWith(std::unique_ptr<ScimServer>& service, const QList<SeedUser>& people)
{
    if (!service) {
        service = std::make_unique<ScimServer>();
    }
    if (!service->isRunning()) {
        qWarning("the SCIM test server (node tests/scim/server.mjs) must start");
        return nullptr;
    }
    if (service->reset(people).isEmpty()) {
        return nullptr;
    }
    return std::make_unique<scim::ScimBackend>(service->profile(), ScimServer::token());
}

QString ScimServer::reset(const QList<SeedUser>& people)
{
    QJsonArray given;
    for (const SeedUser& person : people) {
        if (person.status != Status::Active && person.status != Status::Disabled) {
            qWarning() << "a SCIM service holds no" << person.email << "in that status";
            return {};
        }
        given.append(QJsonObject{
            {QStringLiteral("name"), person.name},
            {QStringLiteral("email"), person.email},
            {QStringLiteral("role"), roleKey(person.role)},
            {QStringLiteral("active"), person.status == Status::Active},
            {QStringLiteral("created"), QDateTime::fromSecsSinceEpoch(person.joined, Qt::UTC).toString(Qt::ISODate)},
        });
    }
    return send("POST", QStringLiteral("http://127.0.0.1:%1/_test/reset").arg(m_port),
                {{QStringLiteral("people"), given}}, false)
        .second.value(QStringLiteral("me"))
        .toString();
}

void ScimServer::setFaults(const QJsonObject& faults)
{
    send("POST", QStringLiteral("http://127.0.0.1:%1/_test/faults").arg(m_port), faults, false);
}

QJsonObject ScimServer::stats()
{
    return send("GET", QStringLiteral("http://127.0.0.1:%1/_test/stats").arg(m_port), {}, false).second;
}

std::pair<int, QJsonObject> ScimServer::request(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    return send(method, baseUrl() + path, body, true);
}

} // namespace usher::test
