#include "connection/loopback.h"
#include "connection/mail/smtpclient.h"
#include "mailparse.h"
#include "scriptedsmtp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <thread>
#include <vector>

using namespace usher;
using namespace usher::test;

namespace {

SmtpSettings loopbackSettings(quint16 port)
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = SmtpSettings::Security::None;
    settings.fromAddress = QStringLiteral("usher-test@example.org");
    settings.fromName = QStringLiteral("Usher Test");
    settings.timeoutSeconds = 10;
    return settings;
}

MailMessage simpleMessage()
{
    MailMessage message;
    message.to = QStringLiteral("nobody@example.org");
    message.subject = QStringLiteral("Hello");
    message.text = QStringLiteral("Hello");
    message.html = QStringLiteral("<p>Hello</p>");
    return message;
}

QString uniqueToken()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

} // namespace

/// The SMTP client against a real SMTP sink (aiosmtpd writing a maildir, started by scripts/test) and against
/// scripted servers that refuse, stall or are not there; and the test suite's own MIME parser.
class TestSmtp : public QObject
{
    Q_OBJECT
private slots:
    void mailArrivesIntact_data();
    void mailArrivesIntact();
    void parallelSendsAllArrive();
    void refusalsQuoteTheServer_data();
    void refusalsQuoteTheServer();
    void silentServerTimesOut();
    void nothingListeningFails();
    void invalidAddressesAreRefusedBeforeConnecting_data();
    void invalidAddressesAreRefusedBeforeConnecting();
    void noPasswordTravelsUnencrypted();
    void plainSmtpOnlyToThisComputer_data();
    void plainSmtpOnlyToThisComputer();
    void parseMail_data();
    void parseMail();
    void readMaildirListsOldestFirst();

private:
    static constexpr const char* sinkHelp
        = "Needs the SMTP sink: set USHER_MAILDIR and USHER_SMTP_PORT and start it with "
          "'mkdir -p \"$USHER_MAILDIR\"/{new,cur,tmp} && python3 -m aiosmtpd -n -c aiosmtpd.handlers.Mailbox "
          "\"$USHER_MAILDIR\" -l 127.0.0.1:$USHER_SMTP_PORT' (scripts/test does this).";
    static bool sinkConfigured();
    static SmtpSettings sinkSettings();
    /// Finds the mail to `address` in the sink's maildir.
    static bool arrived(const QString& address, ParsedMail& mail);
};

void TestSmtp::mailArrivesIntact_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("expectedSubject");
    QTest::addColumn<QString>("expectedTo"); // %1: the address

    QTest::newRow("invitation") << QStringLiteral("Einladung zu Müller & Co — ✓")
                                << QStringLiteral("Jürgen Müller-Lüdenscheidt")
                                << QStringLiteral("Einladung zu Müller & Co — ✓")
                                << QStringLiteral("Jürgen Müller-Lüdenscheidt <%1>");
    const QString longSubject = QStringLiteral("Ihr Zugang zum Arbeitsbereich „Grünflächenämter Süd“ 🌳🌲 ist bereit — "
                                               "bitte bestätigen Sie ihn innerhalb von 7 Tagen 👍");
    QTest::newRow("long subject, several words, emoji")
        << longSubject << QStringLiteral("O'Brien, Seán") << longSubject << QStringLiteral("O'Brien, Seán <%1>");
    QTest::newRow("ascii, quoted name") << QStringLiteral("Plain ASCII, with =? in it") << QStringLiteral("Doe, Jane")
                                        << QStringLiteral("Plain ASCII, with =? in it")
                                        << QStringLiteral("\"Doe, Jane\" <%1>");
    QTest::newRow("header injection") << QStringLiteral("Hi\r\nBcc: evil@example.org") << QStringLiteral("Eve\nBcc: x")
                                      << QStringLiteral("Hi  Bcc: evil@example.org")
                                      << QStringLiteral("\"Eve Bcc: x\" <%1>");
}

void TestSmtp::mailArrivesIntact()
{
    QFETCH(QString, subject);
    QFETCH(QString, toName);
    QFETCH(QString, expectedSubject);
    QFETCH(QString, expectedTo);
    if (!sinkConfigured()) {
        QFAIL(sinkHelp);
    }

    const QString token = uniqueToken();
    const QString url = QStringLiteral("https://usher.example.org/invite/accept?token=%1&workspace=m%C3%BCller-co"
                                       "&utm_source=usher&utm_medium=mail")
                            .arg(QString::fromLatin1(QByteArray(40, 'a').toHex()) + token);
    QVERIFY(url.size() > 100);
    MailMessage message;
    message.to = QStringLiteral("invitee-%1@example.org").arg(token);
    message.toName = toName;
    message.subject = subject;
    message.text = QStringLiteral("Hallo Jürgen,\n\nbitte nimm die Einladung an:\n%1\n\n.\n.dot at the start\n"
                                  "trailing blank \nGrüße, Zoë — ✓\n")
                       .arg(url);
    message.html = QStringLiteral("<p>Hallo Jürgen,</p>\n<p><a href=\"%1\">Einladung annehmen</a></p>\n"
                                  "<p>Grüße, Zoë — ✓</p>\n")
                       .arg(url);

    const SmtpOutcome outcome = sendMail(sinkSettings(), message);
    QVERIFY2(outcome.sent, qPrintable(outcome.error));
    QVERIFY(outcome.error.isEmpty());

    ParsedMail mail;
    QTRY_VERIFY_WITH_TIMEOUT(arrived(message.to, mail), 5000);
    QCOMPARE(mail.subject, expectedSubject);
    QCOMPARE(mail.to, expectedTo.arg(message.to));
    QCOMPARE(mail.from, QStringLiteral("Usher Test <usher-test@example.org>"));
    QCOMPARE(mail.text, message.text);
    QCOMPARE(mail.html, message.html);
    QVERIFY(mail.html.contains(url));
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^<[0-9a-f]{32}\.[0-9a-z]+@example\.org>$)"))
                 .match(mail.messageId)
                 .hasMatch(),
             qPrintable(mail.messageId));
    QVERIFY(mail.raw.contains("\nDate: "));
    QVERIFY(!mail.raw.contains("\nBcc:"));
    QVERIFY(mail.raw.contains("multipart/alternative"));
    // The URL travelled quoted-printable, split by soft line breaks: every line stays short.
    QVERIFY(!mail.raw.contains(url.toUtf8()));
    const QByteArray body = mail.raw.mid(mail.raw.indexOf("\n\n"));
    for (const QByteArray& line : body.split('\n')) {
        QVERIFY2(line.size() <= 76 || line.startsWith("Content-Type: multipart/"), line.constData());
    }
    const QByteArray head = mail.raw.left(mail.raw.indexOf("\n\n"));
    for (const QByteArray& line : head.split('\n')) {
        QVERIFY2(line.size() <= 78 || line.startsWith("Content-Type: multipart/"), line.constData());
    }
}

void TestSmtp::parallelSendsAllArrive()
{
    if (!sinkConfigured()) {
        QFAIL(sinkHelp);
    }
    const QString token = uniqueToken();
    constexpr int count = 4;
    std::vector<SmtpOutcome> outcomes(count);
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back([&, i] {
            MailMessage message = simpleMessage();
            message.to = QStringLiteral("parallel-%1-%2@example.org").arg(token).arg(i);
            outcomes[size_t(i)] = sendMail(sinkSettings(), message);
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (int i = 0; i < count; ++i) {
        QVERIFY2(outcomes[size_t(i)].sent, qPrintable(outcomes[size_t(i)].error));
        ParsedMail mail;
        QTRY_VERIFY_WITH_TIMEOUT(arrived(QStringLiteral("parallel-%1-%2@example.org").arg(token).arg(i), mail), 5000);
        QCOMPARE(mail.text, QStringLiteral("Hello"));
    }
}

bool TestSmtp::sinkConfigured()
{
    return !qEnvironmentVariable("USHER_MAILDIR").isEmpty() && qEnvironmentVariableIntValue("USHER_SMTP_PORT") > 0;
}

SmtpSettings TestSmtp::sinkSettings()
{
    return loopbackSettings(quint16(qEnvironmentVariableIntValue("USHER_SMTP_PORT")));
}

bool TestSmtp::arrived(const QString& address, ParsedMail& mail)
{
    for (const ParsedMail& candidate : readMaildir(qEnvironmentVariable("USHER_MAILDIR"))) {
        if (candidate.to.contains(address)) {
            mail = candidate;
            return true;
        }
    }
    return false;
}

void TestSmtp::refusalsQuoteTheServer_data()
{
    QTest::addColumn<QByteArray>("stage");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("permanent");

    QTest::newRow("recipient rejected") << QByteArray("RCPT")
                                        << QByteArray("550 5.1.1 <nobody@example.org>: Recipient address rejected")
                                        << QStringList{QStringLiteral("550"),
                                                       QStringLiteral("Recipient address rejected")}
                                        << true;
    QTest::newRow("busy at greeting") << QByteArray("greeting")
                                      << QByteArray("421 4.3.2 Service not available, try again later")
                                      << QStringList{QStringLiteral("421 4.3.2 Service not available")} << false;
    QTest::newRow("greylisted") << QByteArray("RCPT")
                                << QByteArray("450 4.2.0 <nobody@example.org>: Recipient address rejected: Greylisted")
                                << QStringList{QStringLiteral("450"), QStringLiteral("Greylisted")} << false;
    QTest::newRow("sender deferred") << QByteArray("MAIL") << QByteArray("451 4.3.0 Temporary local problem")
                                     << QStringList{QStringLiteral("451 4.3.0 Temporary local problem")} << false;
    QTest::newRow("bad credentials") << QByteArray("AUTH") << QByteArray("535 5.7.8 Authentication credentials invalid")
                                     << QStringList{QStringLiteral("535 5.7.8")} << false; // the server's, not the mail's
    QTest::newRow("relay denied") << QByteArray("RCPT") << QByteArray("550 5.7.1 Relaying denied")
                                  << QStringList{QStringLiteral("Relaying denied")} << false;
    QTest::newRow("multi-line refusal after data")
        << QByteArray("END") << QByteArray("554-5.7.1 Message rejected as spam\r\n554 5.7.1 See https://example.org")
        << QStringList{QStringLiteral("554-5.7.1 Message rejected as spam\n554 5.7.1 See https://example.org")} << false;
    QTest::newRow("mailbox full") << QByteArray("END") << QByteArray("552 5.2.2 Mailbox full")
                                  << QStringList{QStringLiteral("552 5.2.2 Mailbox full")} << true;
}

void TestSmtp::refusalsQuoteTheServer()
{
    QFETCH(QByteArray, stage);
    QFETCH(QByteArray, reply);
    QFETCH(QStringList, expected);
    QFETCH(bool, permanent);

    ScriptedSmtpServer server({{stage, reply}});
    QVERIFY(server.port() != 0);
    SmtpSettings settings = loopbackSettings(server.port());
    settings.user = QStringLiteral("usher");
    settings.password = QStringLiteral("pw-Ä-secret-42");
    const SmtpOutcome outcome = sendMail(settings, simpleMessage());

    QVERIFY(!outcome.sent);
    for (const QString& part : expected) {
        QVERIFY2(outcome.error.contains(part), qPrintable(outcome.error));
    }
    QCOMPARE(outcome.permanent, permanent);
    QVERIFY(!outcome.error.contains(settings.password));
    QVERIFY(!outcome.error.contains(QString::fromLatin1(settings.password.toUtf8().toBase64())));
}

void TestSmtp::silentServerTimesOut()
{
    ScriptedSmtpServer server({{"greeting", {}}});
    SmtpSettings settings = loopbackSettings(server.port());
    settings.timeoutSeconds = 2;
    QElapsedTimer timer;
    timer.start();
    const SmtpOutcome outcome = sendMail(settings, simpleMessage());
    const qint64 elapsed = timer.elapsed();

    QVERIFY(!outcome.sent);
    QVERIFY(!outcome.permanent);
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY2(elapsed >= 1500 && elapsed < 10000, qPrintable(QString::number(elapsed)));
    qInfo().noquote() << "silent server:" << outcome.error << "after" << elapsed << "ms";
}

void TestSmtp::nothingListeningFails()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const SmtpOutcome outcome = sendMail(loopbackSettings(port), simpleMessage());
    QVERIFY(!outcome.sent);
    QVERIFY(!outcome.permanent);
    QVERIFY(!outcome.error.isEmpty());
    qInfo().noquote() << "nothing listening:" << outcome.error;
}

void TestSmtp::invalidAddressesAreRefusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("permanent"); // a bad recipient is this mail's fault; a bad sender, the settings'

    const QString from = QStringLiteral("usher-test@example.org");
    QTest::newRow("empty recipient") << QString() << from << true;
    QTest::newRow("no at sign") << QStringLiteral("nobody.example.org") << from << true;
    QTest::newRow("smuggled command") << QStringLiteral("a@example.org>\r\nRCPT TO:<evil@example.org") << from << true;
    QTest::newRow("two recipients") << QStringLiteral("a@example.org, b@example.org") << from << true;
    QTest::newRow("bad sender") << QStringLiteral("a@example.org") << QStringLiteral("usher test@example.org") << false;
    QTest::newRow("no sender") << QStringLiteral("a@example.org") << QString() << false;
}

void TestSmtp::invalidAddressesAreRefusedBeforeConnecting()
{
    QFETCH(QString, to);
    QFETCH(QString, from);
    QFETCH(bool, permanent);

    ScriptedSmtpServer server;
    SmtpSettings settings = loopbackSettings(server.port());
    settings.fromAddress = from;
    MailMessage message = simpleMessage();
    message.to = to;
    const SmtpOutcome outcome = sendMail(settings, message);
    QVERIFY(!outcome.sent);
    QCOMPARE(outcome.permanent, permanent);
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY(!outcome.error.contains(QLatin1Char('\n')));
    QCOMPARE(server.received(), QByteArray());
}

void TestSmtp::noPasswordTravelsUnencrypted()
{
    SmtpSettings settings = loopbackSettings(25);
    settings.host = QStringLiteral("smtp.example.org");
    settings.user = QStringLiteral("usher");
    settings.password = QStringLiteral("secret");
    QVERIFY(securityProblem(settings));
    const SmtpOutcome outcome = sendMail(settings, simpleMessage());
    QVERIFY(!outcome.sent);
    QVERIFY(outcome.error.contains(QLatin1String("STARTTLS")));
    settings.security = SmtpSettings::Security::StartTls;
    QVERIFY(!securityProblem(settings));
    settings.security = SmtpSettings::Security::None;
    for (const char* local : {"localhost", "127.0.0.1", "::1"}) {
        settings.host = QString::fromLatin1(local);
        QVERIFY2(!securityProblem(settings), local);
    }
}

void TestSmtp::plainSmtpOnlyToThisComputer_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("ipv4 loopback") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("other ipv4 loopback") << QStringLiteral("127.0.0.2") << true;
    QTest::newRow("ipv6 loopback") << QStringLiteral("::1") << true;
    QTest::newRow("bracketed ipv6 loopback") << QStringLiteral("[::1]") << true;
    // Names are judged by where they lead, not by how they begin.
    QTest::newRow("name starting with 127.") << QStringLiteral("127.evil.example") << false;
    QTest::newRow("name embedding 127.0.0.1") << QStringLiteral("127.0.0.1.evil.example") << false;
    QTest::newRow("remote address") << QStringLiteral("192.0.2.10") << false;
    QTest::newRow("mapped address") << QStringLiteral("::ffff:192.0.2.10") << false;
}

void TestSmtp::plainSmtpOnlyToThisComputer()
{
    QFETCH(QString, host);
    QFETCH(bool, allowed);
    SmtpSettings settings = loopbackSettings(25);
    settings.host = host;
    QCOMPARE(!securityProblem(settings).has_value(), allowed);
    QCOMPARE(!loopbackAddresses(host).isEmpty(), allowed);
    if (!allowed) {
        // Refused before anything is sent or even looked up by curl.
        const SmtpOutcome outcome = sendMail(settings, simpleMessage());
        QVERIFY(!outcome.sent);
        QVERIFY2(outcome.error.contains(QLatin1String("STARTTLS")), qPrintable(outcome.error));
    }
}

void TestSmtp::parseMail_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");

    const QByteArray softBreaks = "From: a@example.org\r\n"
                                  "To: b@example.org\r\n"
                                  "Subject: Plain\r\n"
                                  "Content-Type: text/plain; charset=utf-8\r\n"
                                  "Content-Transfer-Encoding: quoted-printable\r\n"
                                  "\r\n"
                                  "https://example.org/a?b=3Dc&d=3D=\r\n"
                                  "e-f=C3=\r\n"
                                  "=BC and on\r\n"
                                  "second line=20\r\n"
                                  "soft break with blanks=  \r\n"
                                  "!\r\n";
    QTest::newRow("qp soft breaks") << softBreaks << QStringLiteral("Plain") << QStringLiteral("b@example.org")
                                    << QStringLiteral("https://example.org/a?b=c&d=e-fü and on\nsecond line \n"
                                                      "soft break with blanks!\n")
                                    << QString();

    const QByteArray html = QByteArray("<p>Grüße ✓</p>\r\n<p>zwei</p>").toBase64().insert(20, "\r\n");
    const QByteArray base64Head = "To: =?utf-8?q?J=C3=BCrgen?= <j@example.org>\r\n"
                                  "Subject: Base64\r\n"
                                  "Content-Type: multipart/alternative; boundary=\"b1\"\r\n"
                                  "\r\n"
                                  "preamble\r\n"
                                  "--b1\r\n"
                                  "Content-Type: text/plain; charset=utf-8\r\n"
                                  "\r\n"
                                  "plain\r\n"
                                  "--b1\r\n"
                                  "Content-Type: text/html; charset=\"UTF-8\"\r\n"
                                  "Content-Transfer-Encoding: base64\r\n"
                                  "\r\n";
    const QByteArray base64Part = base64Head + html + "\r\n--b1--\r\nepilogue\r\n";
    QTest::newRow("base64 part") << base64Part << QStringLiteral("Base64") << QStringLiteral("Jürgen <j@example.org>")
                                 << QStringLiteral("plain") << QStringLiteral("<p>Grüße ✓</p>\n<p>zwei</p>");

    // Blanks between adjacent encoded words vanish; those next to plain text stay.
    const QByteArray foldedSubject = "Subject: =?UTF-8?B?R3LDvMOfZSBhdXMg?=\r\n"
                                     "\t=?utf-8?Q?M=C3=BCnchen_=E2=9C=93?= und mehr\r\n"
                                     "  =?ISO-8859-1?Q?=FC?=\r\n"
                                     "\r\n"
                                     "body\r\n";
    QTest::newRow("folded subject with two words") << foldedSubject << QStringLiteral("Grüße aus München ✓ und mehr  ü")
                                                   << QString() << QStringLiteral("body\n") << QString();

    const QByteArray lfOnly = "Subject: =?utf-8?B?4pyT?= done\n"
                              "To: c@example.org\n"
                              "MIME-Version: 1.0\n"
                              "Content-Type: multipart/mixed;\n"
                              " boundary=outer\n"
                              "\n"
                              "--outer\n"
                              "Content-Type: multipart/alternative; boundary=inner\n"
                              "\n"
                              "--inner\n"
                              "Content-Type: text/plain; charset=iso-8859-1\n"
                              "Content-Transfer-Encoding: quoted-printable\n"
                              "\n"
                              "Gr=FC=DFe\n"
                              "zwei\n"
                              "--inner\n"
                              "Content-Type: text/html; charset=utf-8\n"
                              "\n"
                              "<b>fett</b>\n"
                              "--inner--\n"
                              "--outer\n"
                              "Content-Type: application/pdf\n"
                              "\n"
                              "%PDF\n"
                              "--outer--\n";
    QTest::newRow("lf only, nested, latin-1") << lfOnly << QStringLiteral("✓ done") << QStringLiteral("c@example.org")
                                              << QStringLiteral("Grüße\nzwei") << QStringLiteral("<b>fett</b>");

    QTest::newRow("not an encoded word") << QByteArray("Subject: 1 =? 2 ?= =?x\n\nx") << QStringLiteral("1 =? 2 ?= =?x")
                                         << QString() << QStringLiteral("x") << QString();
}

void TestSmtp::parseMail()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, subject);
    QFETCH(QString, to);
    QFETCH(QString, text);
    QFETCH(QString, html);

    const ParsedMail mail = usher::test::parseMail(raw);
    QCOMPARE(mail.subject, subject);
    QCOMPARE(mail.to, to);
    QCOMPARE(mail.text, text);
    QCOMPARE(mail.html, html);
    QCOMPARE(mail.raw, raw);
}

void TestSmtp::readMaildirListsOldestFirst()
{
    QTemporaryDir maildir;
    QVERIFY(maildir.isValid());
    QVERIFY(QDir(maildir.path()).mkpath(QStringLiteral("new")));
    QVERIFY(QDir(maildir.path()).mkpath(QStringLiteral("cur")));
    const QDateTime base = QDateTime::currentDateTime().addSecs(-100);
    const auto write = [&](const QString& path, const QByteArray& subject, int age) {
        QFile file(maildir.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Subject: " + subject + "\n\nbody\n");
        QVERIFY(file.flush()); // before setting the time: writing later would touch it again
        QVERIFY(file.setFileTime(base.addSecs(-age), QFileDevice::FileModificationTime));
    };
    write(QStringLiteral("new/b"), "second", 10);
    write(QStringLiteral("cur/z"), "first", 20);
    write(QStringLiteral("new/a"), "also second", 10);
    write(QStringLiteral("new/c"), "third", 0);

    QStringList subjects;
    for (const ParsedMail& mail : readMaildir(maildir.path())) {
        subjects << mail.subject;
    }
    QCOMPARE(subjects,
             (QStringList{QStringLiteral("first"), QStringLiteral("also second"), QStringLiteral("second"),
                          QStringLiteral("third")}));
}

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
