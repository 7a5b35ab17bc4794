#include "ldapserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

// What this class runs, tried by hand first (OpenLDAP 2.5.13 on Debian 12, libldap on GnuTLS,
// OpenSSL 3.0; as root) in a temporary directory $T:
//
//   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout $T/ca.key (continued)
//       -out $T/ca.pem -days 30 -subj "/CN=Usher test CA" (continued)
//       -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
//   (the same for wrongca.key/wrongca.pem, "/CN=Unrelated test CA")
//   openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout $T/server.key (continued)
//       -out $T/server.csr -subj /CN=localhost
//   openssl x509 -req -in $T/server.csr -CA $T/ca.pem -CAkey $T/ca.key -CAcreateserial (continued)
//       -out $T/server.pem -days 30 -extfile $T/server.ext
//     server.ext: subjectAltName=IP:127.0.0.1,DNS:localhost[,DNS:<host name>]
//                 basicConstraints=critical,CA:FALSE / keyUsage=critical,digitalSignature /
//                 extendedKeyUsage=serverAuth
//   slaptest -u -f $T/slapd.conf      (without -u it fails: mdb will not open a missing database
//                                      read-only; -u still rejects a bad index, e.g.
//                                      "substr index of attribute modifyTimestamp disallowed")
//   slapadd -q -f $T/slapd.conf -l $T/seed.ldif      (slapd stopped, $T/db emptied first)
//   slapd -d none -h ldap://127.0.0.1:$PORT/ -f $T/slapd.conf
//     (-d none: slapd stays in the foreground as our child and prints only what is always logged:
//      its start, its stop and why it gave up, e.g. "daemon: bind(6) failed errno=98 (Address
//      already in use)" or "TLS: could not use private key file"; -d 0 stays silent even then.
//      Stopping it takes ~10-20 ms. Daemonised it is reparented to init, which here reaps it
//      ~1.5 s late, and it could outlive a crashed test; PR_SET_PDEATHSIG makes it die with us.)
//   LDAPNOINIT=1 ldapmodify -x -H ldap://127.0.0.1:$PORT -D cn=admin,dc=example,dc=org -w ... < changes
//
// and checked with:
//   ldapsearch -x -H $URL -D "$BINDDN" -w "$PW" -b ou=people,dc=example,dc=org (continued)
//       '(objectClass=inetOrgPerson)' uid
//     1,200 people seeded: 500 entries, "result: 4 Size limit exceeded", exit 4 (anonymous too);
//     with -E pr=200/noprompt (or pr=1000): all 1,200, exit 0; as the root DN unpaged: 1,200.
//   LDAPTLS_CACERT=$T/ca.pem ldapsearch -ZZ -x -H $URL ...        exit 0
//   LDAPTLS_CACERT=$T/wrongca.pem ldapsearch -ZZ -x -H $URL ...   exit 1, "ldap_start_tls: Connect
//     error (-11) additional info: (unknown error code)" (-d 1 shows "TLS: peer cert untrusted or
//     revoked (0x42)"); ldap://localhost:$PORT fails with the right CA too unless the certificate
//     names the machine's host name ("hostname (vm) does not match common name (localhost)").
//   slapadd -q still adds entryUUID, entryCSN (microseconds: unique per entry), createTimestamp,
//     modifyTimestamp, creatorsName and modifiersName, and keeps an entryUUID given in the LDIF.
//   ldapmodify (modify, add, delete, modrdn) moves modifyTimestamp and entryCSN; modrdn keeps the
//     entryUUID; a delete of a missing entry exits 32.
//   SIGTERM, then slapd again on the same port: the seeded and modified entries are all there.
//   100,000 people: LDIF 27 MB, slapadd -q 4.7 s (1.6 s without the sub indexes, 1.0 s without
//     any index; tool-threads 2 is slower on 2 cores), database 189 MB (maxsize is 2 GiB).

namespace usher::test {

namespace {

QString rootDn()
{
    return QStringLiteral("cn=admin,dc=example,dc=org");
}

QString rootPassword()
{
    return QStringLiteral("usher-root-secret");
}

/// The OpenLDAP tools live in sbin, which a non-root PATH often lacks.
QString tool(const QString& name)
{
    const QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty()) {
        return found;
    }
    return QStandardPaths::findExecutable(name,
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                                           QStringLiteral("/usr/libexec"), QStringLiteral("/usr/local/libexec")});
}

/// Runs a tool to its end with `input` on its standard input; true when it exited 0. Its standard
/// output and error land in `output`.
bool run(const QString& program, const QStringList& arguments, QByteArray& output, const QByteArray& input = {},
         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    const QString executable = tool(program);
    if (executable.isEmpty()) {
        output = program.toUtf8() + " is not installed (apt-get install slapd ldap-utils openssl)";
        return false;
    }
    QProcess process;
    process.setProgram(executable);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    if (!process.waitForStarted(10000)) {
        output = program.toUtf8() + ": " + process.errorString().toUtf8();
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(300000);
    output = process.readAll();
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        output += "\n" + program.toUtf8() + " did not finish within 5 minutes";
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

/// An attribute value or RDN value with the characters RFC 4514 reserves escaped.
QString escapeRdnValue(const QString& value)
{
    static const QString special = QStringLiteral(",+\"\\<>;=");
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (special.contains(c) || (i == 0 && (c == QLatin1Char(' ') || c == QLatin1Char('#')))
            || (i == value.size() - 1 && c == QLatin1Char(' '))) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    return escaped;
}

/// Appends `attribute: value`, in base64 (`attribute:: ...`) when the value is not an RFC 2849
/// SAFE-STRING (non-ASCII, NUL, CR, LF, a leading space, colon or '<') or ends with a space.
void appendLine(QByteArray& ldif, const char* attribute, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    bool safe
        = utf8.isEmpty() || (utf8.front() != ' ' && utf8.front() != ':' && utf8.front() != '<' && utf8.back() != ' ');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0 || byte == '\n' || byte == '\r' || byte > 127) {
            safe = false;
            break;
        }
    }
    ldif += attribute;
    if (safe) {
        ldif += ": ";
        ldif += utf8;
    } else {
        ldif += ":: ";
        ldif += utf8.toBase64();
    }
    ldif += '\n';
}

/// The same DN always gets the same entryUUID: a name-based UUID (version 5) in the X.500 DN
/// namespace of RFC 4122, so reseeding a person keeps their identity.
QString entryUuid(const QString& dn)
{
    static const QUuid x500Namespace(QStringLiteral("6ba7b814-9dad-11d1-80b4-00c04fd430c8"));
    return QUuid::createUuidV5(x500Namespace, dn.toLower()).toString(QUuid::WithoutBraces);
}

/// Ends the entry that began with `dn: <dn>` (its entryUUID and the blank line).
void endEntry(QByteArray& ldif, const QString& dn)
{
    appendLine(ldif, "entryUUID", entryUuid(dn));
    ldif += '\n';
}

void appendUnit(QByteArray& ldif, const QString& name, const QString& dn)
{
    appendLine(ldif, "dn", dn);
    ldif += "objectClass: organizationalUnit\n";
    appendLine(ldif, "ou", name);
    endEntry(ldif, dn);
}

QString firstExisting(const QStringList& candidates, const QStringList& files)
{
    for (const QString& directory : candidates) {
        for (const QString& file : files) {
            if (QFile::exists(directory + QLatin1Char('/') + file)) {
                return directory;
            }
        }
    }
    return {};
}

QString quoted(const QString& path)
{
    return QLatin1Char('"') + path + QLatin1Char('"');
}

} // namespace

LdapServer::LdapServer()
{
    if (!m_dir.isValid()) {
        qWarning("The LDAP test server has no temporary directory: %s", qPrintable(m_dir.errorString()));
        return;
    }
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        qWarning("The LDAP test server found no free port: %s", qPrintable(probe.errorString()));
        return;
    }
    m_port = probe.serverPort();
    probe.close();
    if (!writeCertificates() || !writeConfig()) {
        return;
    }
    m_configured = true;
    seed({});
}

LdapServer::~LdapServer()
{
    stop();
}

bool LdapServer::isRunning() const
{
    return m_slapd.state() == QProcess::Running;
}

QString LdapServer::url() const
{
    return QStringLiteral("ldap://127.0.0.1:%1").arg(m_port);
}

QString LdapServer::caFile() const
{
    return path(QStringLiteral("ca.pem"));
}

QString LdapServer::wrongCaFile() const
{
    return path(QStringLiteral("wrongca.pem"));
}

QString LdapServer::personDn(const QString& uid)
{
    return QStringLiteral("uid=") + escapeRdnValue(uid) + QLatin1Char(',') + peopleDn();
}

QString LdapServer::groupDn(const QString& cn)
{
    return QStringLiteral("cn=") + escapeRdnValue(cn) + QLatin1Char(',') + groupsDn();
}

QString LdapServer::path(const QString& name) const
{
    return m_dir.filePath(name);
}

bool LdapServer::writeCertificates()
{
    const auto newKey = [](const QString& keyFile) {
        return QStringList{QStringLiteral("-newkey"),
                           QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:prime256v1"),
                           QStringLiteral("-nodes"),
                           QStringLiteral("-keyout"),
                           keyFile};
    };
    const auto authority = [&](const QString& name, const QString& commonName) {
        return QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey(path(name + QStringLiteral(".key")))
            + QStringList{QStringLiteral("-out"),    path(name + QStringLiteral(".pem")),
                          QStringLiteral("-days"),   QStringLiteral("30"),
                          QStringLiteral("-subj"),   QStringLiteral("/CN=") + commonName,
                          QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                          QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    };

    // libldap checks a loopback "localhost" against the machine's host name, so name it too.
    QString names = QStringLiteral("IP:127.0.0.1,DNS:localhost");
    const QString host = QSysInfo::machineHostName();
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    if (host != QStringLiteral("localhost") && hostName.match(host).hasMatch()) {
        names += QStringLiteral(",DNS:") + host;
    }
    QFile extensions(path(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || extensions.write("subjectAltName=" + names.toUtf8()
                            + "\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                              "extendedKeyUsage=serverAuth\n")
            < 0) {
        qWarning("The LDAP test server could not write %s", qPrintable(extensions.fileName()));
        return false;
    }
    extensions.close();

    const QList<QStringList> steps = {
        authority(QStringLiteral("ca"), QStringLiteral("Usher test CA")),
        authority(QStringLiteral("wrongca"), QStringLiteral("Unrelated test CA")),
        QStringList{QStringLiteral("req")} + newKey(path(QStringLiteral("server.key")))
            + QStringList{QStringLiteral("-out"), path(QStringLiteral("server.csr")), QStringLiteral("-subj"),
                          QStringLiteral("/CN=localhost")},
        QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    path(QStringLiteral("server.csr")), QStringLiteral("-CA"), caFile(), QStringLiteral("-CAkey"),
                    path(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                    path(QStringLiteral("server.pem")), QStringLiteral("-days"), QStringLiteral("30"),
                    QStringLiteral("-extfile"), extensions.fileName()},
    };
    for (const QStringList& arguments : steps) {
        QByteArray output;
        if (!run(QStringLiteral("openssl"), arguments, output)) {
            qWarning("The LDAP test server's certificates: openssl %s failed: %s",
                     qPrintable(arguments.join(QStringLiteral(" "))), output.constData());
            return false;
        }
    }
    return true;
}

bool LdapServer::writeConfig()
{
    const QString schemas = firstExisting({QStringLiteral("/etc/ldap/schema"), QStringLiteral("/etc/openldap/schema"),
                                           QStringLiteral("/usr/local/etc/openldap/schema"),
                                           QStringLiteral("/opt/homebrew/etc/openldap/schema")},
                                          {QStringLiteral("core.schema")});
    if (schemas.isEmpty()) {
        qWarning("The LDAP test server found no OpenLDAP schema (apt-get install slapd)");
        return false;
    }
    // Debian builds back_mdb as a module; where none is found it is built into slapd.
    const QString modules = firstExisting({QStringLiteral("/usr/lib/ldap"), QStringLiteral("/usr/lib64/openldap"),
                                           QStringLiteral("/usr/lib/openldap"), QStringLiteral("/usr/libexec/openldap"),
                                           QStringLiteral("/usr/local/libexec/openldap")},
                                          {QStringLiteral("back_mdb.so"), QStringLiteral("back_mdb.la")});
    const QString service = QStringLiteral("dn.exact=\"") + bindDn() + QLatin1Char('"');
    const QString limit = QStringLiteral(" size.soft=%1 size.hard=%1 size.prtotal=unlimited").arg(sizeLimit());

    QStringList lines = {QStringLiteral("# usher::test::LdapServer (tests/support/ldapserver.cpp)")};
    for (const QString& schema :
         {QStringLiteral("core"), QStringLiteral("cosine"), QStringLiteral("inetorgperson"), QStringLiteral("nis")}) {
        lines << QStringLiteral("include ") + quoted(schemas + QLatin1Char('/') + schema + QStringLiteral(".schema"));
    }
    if (!modules.isEmpty()) {
        lines << QStringLiteral("modulepath ") + quoted(modules) << QStringLiteral("moduleload back_mdb");
    }
    lines << QStringLiteral("pidfile ") + quoted(path(QStringLiteral("slapd.pid")))
          << QStringLiteral("argsfile ") + quoted(path(QStringLiteral("slapd.args"))) << QStringLiteral("loglevel 0")
          << QStringLiteral("TLSCACertificateFile ") + quoted(caFile())
          << QStringLiteral("TLSCertificateFile ") + quoted(path(QStringLiteral("server.pem")))
          << QStringLiteral("TLSCertificateKeyFile ") + quoted(path(QStringLiteral("server.key")))
          << QStringLiteral("database mdb") << QStringLiteral("maxsize 2147483648")
          << QStringLiteral("suffix \"") + baseDn() + QLatin1Char('"')
          << QStringLiteral("rootdn \"") + rootDn() + QLatin1Char('"') << QStringLiteral("rootpw ") + rootPassword()
          << QStringLiteral("directory ") + quoted(path(QStringLiteral("db")))
          // No fsync per write: a test's data need not survive a power cut, and SIGTERM still
          // closes the database cleanly.
          << QStringLiteral("dbnosync") << QStringLiteral("index objectClass eq")
          << QStringLiteral("index uid,cn,mail eq,sub") << QStringLiteral("index entryUUID eq")
          << QStringLiteral("index entryCSN eq") << QStringLiteral("index modifyTimestamp eq")
          << QStringLiteral("access to attrs=userPassword") << QStringLiteral("  by self write")
          << QStringLiteral("  by anonymous auth") << QStringLiteral("  by * none") << QStringLiteral("access to *")
          << QStringLiteral("  by ") + service + QStringLiteral(" read") << QStringLiteral("  by * read")
          << QStringLiteral("limits ") + service + limit << QStringLiteral("limits anonymous") + limit;

    QFile config(path(QStringLiteral("slapd.conf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || config.write(lines.join(QStringLiteral("\n")).toUtf8() + '\n') < 0) {
        qWarning("The LDAP test server could not write %s", qPrintable(config.fileName()));
        return false;
    }
    config.close();
    if (!QDir().mkpath(path(QStringLiteral("db")))) {
        qWarning("The LDAP test server could not make %s", qPrintable(path(QStringLiteral("db"))));
        return false;
    }
    QByteArray output;
    if (!run(QStringLiteral("slaptest"), {QStringLiteral("-u"), QStringLiteral("-f"), config.fileName()}, output)) {
        qWarning("The LDAP test server's slapd.conf: slaptest failed: %s", output.constData());
        return false;
    }
    return true;
}

bool LdapServer::writeSeed(const QString& fileName, const QList<LdapPerson>& people, const QList<LdapGroup>& groups)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qWarning("The LDAP test server could not write %s: %s", qPrintable(fileName), qPrintable(file.errorString()));
        return false;
    }
    constexpr qsizetype chunk = 1 << 20;
    QByteArray ldif;
    ldif.reserve(chunk + 4096);
    const auto flush = [&](qsizetype atLeast) {
        if (ldif.size() < atLeast) {
            return true;
        }
        const bool written = file.write(ldif) == ldif.size();
        ldif.resize(0);
        return written;
    };

    appendLine(ldif, "dn", baseDn());
    ldif += "objectClass: dcObject\nobjectClass: organization\ndc: example\no: Example\n";
    endEntry(ldif, baseDn());
    appendUnit(ldif, QStringLiteral("people"), peopleDn());
    appendUnit(ldif, QStringLiteral("groups"), groupsDn());
    appendUnit(ldif, QStringLiteral("empty"), emptyDn());
    const QString services = QStringLiteral("ou=services,") + baseDn();
    appendUnit(ldif, QStringLiteral("services"), services);
    appendLine(ldif, "dn", bindDn());
    ldif += "objectClass: applicationProcess\nobjectClass: simpleSecurityObject\ncn: usher\n";
    appendLine(ldif, "userPassword", bindPassword());
    endEntry(ldif, bindDn());

    for (const LdapPerson& person : people) {
        if (person.uid.isEmpty()) {
            qWarning("The LDAP test server cannot seed a person without a uid (%s)", qPrintable(person.mail));
            return false;
        }
        const QString dn = personDn(person.uid);
        QString cn = person.displayName;
        if (cn.isEmpty()) {
            cn = (person.givenName + QLatin1Char(' ') + person.sn).trimmed();
        }
        if (cn.isEmpty()) {
            cn = person.uid;
        }
        appendLine(ldif, "dn", dn);
        ldif += "objectClass: inetOrgPerson\n";
        appendLine(ldif, "uid", person.uid);
        appendLine(ldif, "cn", cn);
        appendLine(ldif, "sn", person.sn.isEmpty() ? person.uid : person.sn);
        if (!person.givenName.isEmpty()) {
            appendLine(ldif, "givenName", person.givenName);
        }
        if (!person.mail.isEmpty()) {
            appendLine(ldif, "mail", person.mail);
        }
        if (!person.displayName.isEmpty()) {
            appendLine(ldif, "displayName", person.displayName);
        }
        endEntry(ldif, dn);
        if (!flush(chunk)) {
            break;
        }
    }
    for (const LdapGroup& group : groups) {
        if (group.cn.isEmpty()) {
            qWarning("The LDAP test server cannot seed a group without a cn");
            return false;
        }
        const QString dn = groupDn(group.cn);
        appendLine(ldif, "dn", dn);
        ldif += "objectClass: groupOfNames\n";
        appendLine(ldif, "cn", group.cn);
        if (!group.description.isEmpty()) {
            appendLine(ldif, "description", group.description);
        }
        // slapadd takes the same member twice, ldapadd would not: each uid once, whatever its case.
        QSet<QString> seen;
        for (const QString& uid : group.memberUids) {
            if (!seen.contains(uid.toLower())) {
                seen.insert(uid.toLower());
                appendLine(ldif, "member", personDn(uid));
            }
        }
        if (seen.isEmpty()) {
            appendLine(ldif, "member", placeholderMemberDn());
        }
        endEntry(ldif, dn);
        if (!flush(chunk)) {
            break;
        }
    }
    if (!flush(0) || !file.flush()) {
        qWarning("The LDAP test server could not write %s: %s", qPrintable(fileName), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

bool LdapServer::seed(const QList<LdapPerson>& people, const QList<LdapGroup>& groups)
{
    if (!m_configured) {
        qWarning("The LDAP test server was not set up; see the warning before");
        return false;
    }
    const QString ldif = path(QStringLiteral("seed.ldif"));
    bool loaded = writeSeed(ldif, people, groups);
    if (loaded) {
        stop();
        // slapadd adds to what is there: the tree is replaced by emptying the database first.
        QDir database(path(QStringLiteral("db")));
        if (!database.removeRecursively() || !QDir().mkpath(database.path())) {
            qWarning("The LDAP test server could not empty %s", qPrintable(database.path()));
            loaded = false;
        }
    }
    if (loaded) {
        QByteArray output;
        loaded = run(QStringLiteral("slapadd"),
                     {QStringLiteral("-q"), QStringLiteral("-f"), path(QStringLiteral("slapd.conf")),
                      QStringLiteral("-l"), ldif},
                     output);
        if (!loaded) {
            qWarning("The LDAP test server's slapadd failed: %s", output.constData());
        }
    }
    QFile::remove(ldif);
    const bool started = start();
    return loaded && started;
}

bool LdapServer::modify(const QString& ldif)
{
    if (!isRunning()) {
        qWarning("The LDAP test server is not running: nothing to modify");
        return false;
    }
    // LDAPNOINIT: neither ldap.conf nor ~/.ldaprc nor LDAP* variables reach the tool.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    QByteArray output;
    if (!run(QStringLiteral("ldapmodify"),
             {QStringLiteral("-x"), QStringLiteral("-H"), url(), QStringLiteral("-D"), rootDn(), QStringLiteral("-w"),
              rootPassword()},
             output, ldif.toUtf8(), environment)) {
        qWarning("The LDAP test server's ldapmodify failed: %s", output.constData());
        return false;
    }
    return true;
}

void LdapServer::stop()
{
    if (m_slapd.state() == QProcess::NotRunning) {
        return;
    }
    m_slapd.terminate(); // SIGTERM: slapd closes its database and exits within milliseconds
    if (!m_slapd.waitForFinished(10000)) {
        qWarning("slapd lingered 10 s after SIGTERM; killing it");
        m_slapd.kill();
        m_slapd.waitForFinished(5000);
    }
}

bool LdapServer::start()
{
    if (m_slapd.state() != QProcess::NotRunning) {
        return true;
    }
    if (!m_configured) {
        qWarning("The LDAP test server was not set up; see the warning before");
        return false;
    }
    const QString slapd = tool(QStringLiteral("slapd"));
    if (slapd.isEmpty()) {
        qWarning("slapd is not installed (apt-get install slapd ldap-utils)");
        return false;
    }
    const QString log = path(QStringLiteral("slapd.log"));
    m_slapd.setProgram(slapd);
    // -d none: slapd stays in the foreground, our child, instead of daemonising, and logs only its
    // start, its stop and why it gave up.
    m_slapd.setArguments({QStringLiteral("-d"), QStringLiteral("none"), QStringLiteral("-h"), url() + QLatin1Char('/'),
                          QStringLiteral("-f"), path(QStringLiteral("slapd.conf"))});
    m_slapd.setStandardOutputFile(log, QIODevice::Append);
    m_slapd.setStandardErrorFile(log, QIODevice::Append);
#if defined(Q_OS_LINUX)
    // slapd gets SIGTERM when the test process dies, however it dies (a crash, ctest's timeout):
    // no orphan slapd. (The signal follows the thread that started it, here the test's thread.)
    const pid_t parent = ::getpid();
    m_slapd.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) {
            ::_exit(127);
        }
    });
#endif
    m_slapd.start();
    if (!m_slapd.waitForStarted(10000)) {
        qWarning("slapd did not start: %s", qPrintable(m_slapd.errorString()));
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        if (m_slapd.state() == QProcess::NotRunning || m_slapd.waitForFinished(25)) {
            break; // it gave up: a bad configuration or the port taken meanwhile
        }
    }
    QFile said(log);
    const QByteArray tail = said.open(QIODevice::ReadOnly) ? said.readAll().right(2000) : QByteArray();
    qWarning("slapd did not listen on %s within 5 s: %s", qPrintable(url()), tail.constData());
    stop();
    return false;
}

DirectorySource LdapServer::source() const
{
    DirectorySource s;
    s.url = url();
    s.tls = DirectoryTls::StartTls;
    s.caFile = caFile();
    s.bindDn = bindDn();
    s.peopleBase = peopleDn();
    s.groupsBase = groupsDn();
    return s;
}

QList<LdapPerson> LdapServer::numberedPeople(int count, int from)
{
    QList<LdapPerson> list;
    list.reserve(count);
    for (int i = from; i < from + count; ++i) {
        const QString uid = QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0'));
        list.append({uid, uid + QStringLiteral("@example.org"), QStringLiteral("Person"),
                     QStringLiteral("Number%1").arg(i), QStringLiteral("Person Number%1").arg(i)});
    }
    return list;
}

} // namespace usher::test
