// The directory sync budget (SPEC: 100,000 people synced from LDAP on loopback in at most 60 s),
// measured end to end against a real slapd (the tests' LdapServer, StartTLS, a size limit below
// the directory's size so every page is asked for) into a new SQLite file, beside OpenLDAP's
// own ldapsearch reading the same entries with the same paging. Prints JSON lines:
//   usher-ldap-bench [--people N]
// The first sync adds everyone and fills 100 groups; the second finds nothing to change.
#include "connection/ldap/ldapreader.h"
#include "connection/sql/sqlbackend.h"
#include "ldapserver.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

using namespace usher;
using namespace usher::test;

namespace {

void print(const QJsonObject& line)
{
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString& why)
{
    std::fprintf(stderr, "%s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int people = 100000;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--people")); at >= 0 && at + 1 < args.size()) {
        people = args.at(at + 1).toInt();
    }
    if (people < 100) {
        return fail(QStringLiteral("--people: at least 100"));
    }
    LdapServer ldap;
    if (!ldap.isRunning()) {
        return fail(QStringLiteral("slapd could not be started"));
    }
    const QList<LdapPerson> directory = LdapServer::numberedPeople(people);
    QList<LdapGroup> groups(100);
    for (int i = 0; i < people; ++i) {
        groups[i % 100].memberUids.append(directory.at(i).uid);
    }
    for (int g = 0; g < 100; ++g) {
        groups[g].cn = QStringLiteral("Team %1").arg(g);
    }
    QElapsedTimer seeding;
    seeding.start();
    if (!ldap.seed(directory, groups)) {
        return fail(QStringLiteral("slapadd failed"));
    }
    std::fprintf(stderr, "Seeded %d people in %lld ms\n", people, seeding.elapsed());

    const DirectorySource source = ldap.source();

    // The reference: ldapsearch reading the same entries and attributes, paged the same way.
    QElapsedTimer timer;
    timer.start();
    QProcess search;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LDAPTLS_CACERT"), ldap.caFile());
    search.setProcessEnvironment(env);
    search.setStandardOutputFile(QProcess::nullDevice());
    search.start(QStringLiteral("ldapsearch"),
                 {QStringLiteral("-ZZ"), QStringLiteral("-x"), QStringLiteral("-H"), ldap.url(), QStringLiteral("-D"),
                  LdapServer::bindDn(), QStringLiteral("-w"), LdapServer::bindPassword(), QStringLiteral("-b"),
                  LdapServer::baseDn(), QStringLiteral("-E"),
                  QStringLiteral("pr=%1/noprompt").arg(LdapReader::pageSize),
                  QStringLiteral("(|(objectClass=inetOrgPerson)(objectClass=groupOfNames))"), QStringLiteral("entryUUID"),
                  QStringLiteral("mail"), QStringLiteral("displayName"), QStringLiteral("cn"), QStringLiteral("givenName"),
                  QStringLiteral("sn"), QStringLiteral("uid"), QStringLiteral("member")});
    if (!search.waitForFinished(600000) || search.exitCode() != 0) {
        return fail(QStringLiteral("ldapsearch failed: ") + QString::fromLocal8Bit(search.readAllStandardError()));
    }
    const qint64 referenceMs = timer.elapsed();

    TestDatabase database(QStringLiteral("ldapbench"));
    database.seed({{QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin, Status::Active,
                    Source::Manual, 1'700'000'000, 0, {}}});
    const auto backend = database.openedBackend();
    Operator op;
    op.workspaceId = 1;
    op.accountId = DirectSql(database).scalar(QStringLiteral("SELECT id FROM accounts")).toLongLong();
    if (!await(backend->saveSyncSource(op, source)).ok()) {
        return fail(QStringLiteral("the source could not be saved"));
    }

    for (const char* run : {"first", "again"}) {
        timer.restart();
        const Result<DirectorySnapshot> snapshot = LdapReader::readNow(source, LdapServer::bindPassword());
        if (!snapshot.ok()) {
            return fail(snapshot.error().message);
        }
        const qint64 readMs = timer.elapsed();
        SyncRequest request;
        request.snapshot = snapshot.value();
        request.dryRun = false;
        const Result<SyncReport> report = await(backend->applySync(op, request));
        if (!report.ok()) {
            return fail(report.error().message);
        }
        const qint64 totalMs = timer.elapsed();
        print({{QStringLiteral("bench"), QStringLiteral("ldap-sync")},
               {QStringLiteral("run"), QLatin1String(run)},
               {QStringLiteral("backend"), QStringLiteral("sqlite")},
               {QStringLiteral("people"), people},
               {QStringLiteral("added"), report.value().plan.count(SyncChange::Added)},
               {QStringLiteral("unchanged"), report.value().plan.count(SyncChange::Unchanged)},
               {QStringLiteral("read_ms"), readMs},
               {QStringLiteral("ms"), totalMs},
               {QStringLiteral("reference"), QStringLiteral("ldapsearch -ZZ -E pr=%1").arg(LdapReader::pageSize)},
               {QStringLiteral("reference_ms"), referenceMs},
               {QStringLiteral("budget_ms"), 60000}});
    }
    return 0;
}
