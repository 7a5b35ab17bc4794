#pragma once

// A fault-injecting SMTP server for tests: it follows a script of replies, so a test can make
// a server refuse a recipient, fail temporarily or never answer, on top of the real sink.

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace usher::test {

/// Replies of the scripted server by stage: "greeting", "EHLO", "AUTH", "MAIL", "RCPT", "DATA", "END" (after the
/// mail's final dot). An empty reply means the server stays silent; a 421 reply closes the connection after it.
using Script = QHash<QByteArray, QByteArray>;

inline const Script defaultReplies{
    {"greeting", "220 fake.example ESMTP"},
    {"EHLO", "250-fake.example\r\n250 AUTH PLAIN"},
    {"AUTH", "235 2.7.0 Authentication successful"},
    {"MAIL", "250 2.1.0 Ok"},
    {"RCPT", "250 2.1.5 Ok"},
    {"DATA", "354 End data with <CR><LF>.<CR><LF>"},
    {"END", "250 2.0.0 Ok: queued"},
};

/// The server side of a scripted SMTP conversation. Lives in its own thread: the test thread is blocked in
/// sendMail() while the conversation runs.
class ScriptWorker : public QObject
{
public:
    explicit ScriptWorker(const Script& script)
        : m_script(script)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            return 0;
        }
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                serve(socket);
            }
        });
        return m_server->serverPort();
    }

    QByteArray received() const
    {
        QMutexLocker lock(&m_mutex);
        return m_received;
    }

private:
    struct Session
    {
        QByteArray buffer;
        bool inData = false;
        bool awaitingCredentials = false;
    };

    void reply(QTcpSocket* socket, const QByteArray& stage)
    {
        const QByteArray answer = m_script.value(stage, defaultReplies.value(stage));
        if (answer.isEmpty()) {
            return;
        }
        socket->write(answer + "\r\n");
        if (answer.startsWith("421")) {
            socket->disconnectFromHost();
        }
    }

    void serve(QTcpSocket* socket)
    {
        auto session = std::make_shared<Session>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, session] {
            const QByteArray bytes = socket->readAll();
            {
                QMutexLocker lock(&m_mutex);
                m_received += bytes;
            }
            session->buffer += bytes;
            qsizetype end;
            while ((end = session->buffer.indexOf("\r\n")) >= 0) {
                const QByteArray line = session->buffer.left(end);
                session->buffer.remove(0, end + 2);
                handle(socket, *session, line);
            }
        });
        reply(socket, "greeting");
    }

    void handle(QTcpSocket* socket, Session& session, const QByteArray& line)
    {
        if (session.inData) {
            if (line == ".") {
                session.inData = false;
                reply(socket, "END");
            }
            return;
        }
        if (session.awaitingCredentials) {
            session.awaitingCredentials = false;
            reply(socket, "AUTH");
            return;
        }
        const QList<QByteArray> words = line.split(' ');
        const QByteArray verb = words.first().toUpper();
        if (verb == "EHLO" || verb == "HELO") {
            reply(socket, "EHLO");
        } else if (verb == "AUTH" && words.size() < 3) {
            socket->write("334 \r\n");
            session.awaitingCredentials = true;
        } else if (verb == "AUTH" || verb == "MAIL" || verb == "RCPT") {
            reply(socket, verb);
        } else if (verb == "DATA") {
            reply(socket, "DATA");
            session.inData = m_script.value("DATA", defaultReplies.value("DATA")).startsWith("354");
        } else if (verb == "QUIT") {
            socket->write("221 2.0.0 Bye\r\n");
            socket->disconnectFromHost();
        } else if (verb == "RSET" || verb == "NOOP") {
            socket->write("250 2.0.0 Ok\r\n");
        } else {
            socket->write("502 5.5.2 Error: command not recognized\r\n");
        }
    }

    const Script m_script;
    QTcpServer* m_server = nullptr;
    mutable QMutex m_mutex;
    QByteArray m_received;
};

/// A fault-injecting SMTP server on 127.0.0.1 that follows a script, for as long as the object lives.
class ScriptedSmtpServer
{
public:
    explicit ScriptedSmtpServer(const Script& script = {})
        : m_worker(new ScriptWorker(script))
    {
        m_worker->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    }
    ~ScriptedSmtpServer()
    {
        ScriptWorker* worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    ScriptedSmtpServer(const ScriptedSmtpServer&) = delete;
    ScriptedSmtpServer& operator=(const ScriptedSmtpServer&) = delete;

    quint16 port() const { return m_port; }
    /// Everything the client sent so far.
    QByteArray received() const { return m_worker->received(); }

private:
    QThread m_thread;
    ScriptWorker* m_worker;
    quint16 m_port = 0;
};


} // namespace usher::test
