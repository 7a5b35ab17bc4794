#include "app/synccommand.h"

#include "app/application.h"
#include "app/commandline.h"
#include "connection/credentialstore.h"
#include "connection/ldap/ldapreader.h"
#include "connection/whendone.h"
#include "core/i18n.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::SyncCommand)
};

/// The stable key of a change in the JSON report.
QString changeKey(SyncChange change)
{
    switch (change) {
    case SyncChange::Added:
        return QStringLiteral("added");
    case SyncChange::Linked:
        return QStringLiteral("linked");
    case SyncChange::Updated:
        return QStringLiteral("updated");
    case SyncChange::Reactivated:
        return QStringLiteral("reactivated");
    case SyncChange::Disabled:
        return QStringLiteral("disabled");
    case SyncChange::Unchanged:
        return QStringLiteral("unchanged");
    case SyncChange::Skipped:
        return QStringLiteral("skipped");
    case SyncChange::Refused:
        return QStringLiteral("refused");
    }
    Q_UNREACHABLE();
}

QJsonObject reportJson(const SyncReport& report)
{
    QJsonObject counts;
    for (const SyncChange change : {SyncChange::Added, SyncChange::Linked, SyncChange::Updated, SyncChange::Reactivated,
                                    SyncChange::Disabled, SyncChange::Unchanged, SyncChange::Skipped, SyncChange::Refused}) {
        counts.insert(changeKey(change), report.plan.count(change));
    }
    QJsonArray changes;
    qint64 notReached = 0;
    for (const SyncOutcome& outcome : report.outcomes) {
        notReached += outcome.notReached ? 1 : 0;
        if (outcome.change == SyncChange::Unchanged && outcome.changes.isEmpty() && !outcome.notReached) {
            continue;
        }
        QJsonObject line {{QStringLiteral("name"), outcome.name},
                          {QStringLiteral("change"), outcome.notReached ? QStringLiteral("not-reached")
                                                                        : changeKey(outcome.change)},
                          {QStringLiteral("done"), outcome.done}};
        if (outcome.group) {
            line.insert(QStringLiteral("group"), true);
        } else {
            line.insert(QStringLiteral("email"), outcome.email);
        }
        if (!outcome.changes.isEmpty()) {
            line.insert(QStringLiteral("changes"), QJsonArray::fromStringList(outcome.changes));
        }
        if (!outcome.why.isEmpty()) {
            line.insert(QStringLiteral("why"), outcome.why);
        }
        changes.append(line);
    }
    QJsonObject out {{QStringLiteral("dryRun"), report.dryRun},
                     {QStringLiteral("applied"), !report.dryRun && !report.needsConfirmation},
                     {QStringLiteral("summary"), report.plan.summary()},
                     {QStringLiteral("people"), counts},
                     {QStringLiteral("notReached"), notReached},
                     {QStringLiteral("changes"), changes}};
    for (const auto& [key, text] : {std::pair {QStringLiteral("massDisable"), report.plan.massDisable},
                                    std::pair {QStringLiteral("disablesWithheld"), report.plan.disablesWithheld},
                                    std::pair {QStringLiteral("seatNote"), report.plan.seatNote},
                                    std::pair {QStringLiteral("groupsWithheld"), report.plan.groupsWithheld}}) {
        if (!text.isEmpty()) {
            out.insert(key, text);
        }
    }
    return out;
}

} // namespace

int runSyncCommand(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app, {});
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Reads the workspace's directory (set up in Usher: Workspace ▸ Directory Sync…) and syncs its people "
                 "and groups: new people added, names and addresses followed, people who left disabled (never "
                 "deleted). The changes are audited; a JSON report goes to standard output. The bind password comes "
                 "from USHER_LDAP_PASSWORD (with USHER_LDAP_URL naming the directory it is for), else the keychain. Exit codes: 0 synced, 1 some people refused or "
                 "skipped, or stopped to ask, 2 bad input, 3 no connection."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), Text::tr("The command."));
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("as"), Text::tr("Sync as the member <email> (an Admin)."), QStringLiteral("email")});
    parser.addOption({QStringLiteral("dry-run"), Text::tr("Say what the sync would change, and change nothing.")});
    parser.addOption({QStringLiteral("changes-only"),
                      Text::tr("Read only the entries changed since the last complete sync (faster; finds nobody who "
                               "left: run without it now and then).")});
    parser.addOption({QStringLiteral("confirm-disables"),
                      Text::tr("Let the sync disable up to <count> people even above the workspace's threshold "
                               "(after a dry run showed who)."),
                      QStringLiteral("count")});
    parser.process(app);

    if (parser.positionalArguments() != QStringList {QStringLiteral("sync")}) {
        printLine(stderr, Text::tr("Use: usher sync [--dry-run] [--confirm-disables COUNT] [--as EMAIL]."));
        return ExitBadInput;
    }
    qint64 confirmed = -1;
    if (parser.isSet(QStringLiteral("confirm-disables"))) {
        bool ok = false;
        confirmed = parser.value(QStringLiteral("confirm-disables")).toLongLong(&ok);
        if (!ok || confirmed < 0) {
            printLine(stderr, Text::tr("--confirm-disables: give the number of people, such as 12."));
            return ExitBadInput;
        }
    }
    QString problem;
    const std::optional<ConnectionProfile> profile = profileFromOptions(parser, &problem);
    if (!profile) {
        printLine(stderr, problem);
        return ExitNoConnection;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    int exitCode = ExitNoConnection;
    StopToken stop;
    auto failed = [&app, &exitCode](const QString& message, int code = ExitNoConnection) {
        stopOnInterrupt(nullptr);
        printLine(stderr, message);
        exitCode = code;
        app.exit(exitCode);
    };
    auto errorCode = [](const BackendError& error) {
        switch (error.kind) {
        case BackendError::Kind::Refused:
        case BackendError::Kind::Cancelled:
            return int(ExitRefused);
        case BackendError::Kind::Invalid:
            return int(ExitBadInput);
        default:
            return int(ExitNoConnection);
        }
    };
    auto* credentials = new CredentialStore(&app);

    // Read the directory, then apply: nothing is changed unless the whole listing was read.
    auto syncWith = [&](std::shared_ptr<Backend> backend, const Operator& op, const DirectorySource& source,
                        const QString& password) {
        stopOnInterrupt(&stop);
        QString since;
        if (parser.isSet(QStringLiteral("changes-only"))) {
            since = source.highWater;
            if (since.isEmpty()) {
                printLine(stderr, Text::tr("No complete sync yet to read the changes since: reading the whole directory."));
            }
        }
        // `source` is syncWith's own parameter: kept by value for the answer that comes later.
        whenDone(LdapReader::read(source, password, stop, since), &app,
                 [&, backend, op, source](const Result<DirectorySnapshot>& snapshot) {
            if (!snapshot.ok()) {
                failed(snapshot.error().message, errorCode(snapshot.error()));
                return;
            }
            printLine(stderr, Text::tr("Read %n person(s) and %1 group(s) from %2.", nullptr,
                                       int(snapshot.value().people.size()))
                                  .arg(snapshot.value().groups.size())
                                  .arg(snapshot.value().sourceLabel));
            SyncRequest request;
            request.snapshot = snapshot.value();
            request.dryRun = dryRun;
            request.confirmedDisables = confirmed;
            request.readWith = source;
            request.stop = stop;
            whenDone(backend->directorySync()->applySync(op, request), &app,
                     [&, backend](const Result<SyncReport>& report) {
                stopOnInterrupt(nullptr);
                if (!report.ok()) {
                    failed(report.error().message, errorCode(report.error()));
                    return;
                }
                std::fputs(QJsonDocument(reportJson(report.value())).toJson(QJsonDocument::Indented).constData(), stdout);
                const SyncPlan& plan = report.value().plan;
                if (report.value().needsConfirmation) {
                    printLine(stderr, plan.massDisable);
                    printLine(stderr, Text::tr("Nothing was changed. After checking, run again with "
                                               "--confirm-disables %1 to go ahead.")
                                          .arg(plan.disables()));
                    exitCode = ExitRefused;
                } else {
                    printLine(stderr, (dryRun ? Text::tr("Would sync: %1.") : Text::tr("Synced: %1.")).arg(plan.summary()));
                    for (const QString& note : {plan.disablesWithheld, plan.seatNote, plan.groupsWithheld}) {
                        if (!note.isEmpty()) {
                            printLine(stderr, note);
                        }
                    }
                    const bool partly = std::any_of(report.value().outcomes.cbegin(), report.value().outcomes.cend(),
                                                    [](const SyncOutcome& o) { return !o.done; });
                    exitCode = partly ? ExitRefused : ExitDone;
                }
                app.exit(exitCode);
            });
        });
    };

    openForCommand(*profile, &app, [&](std::shared_ptr<Backend> backend, const OpenInfo& info) {
        if (!backend->directorySync()) {
            failed(backend->absence(Backend::Feature::DirectorySync), ExitRefused);
            return;
        }
        operatorForCommand(backend, info, parser.value(QStringLiteral("as")), &app, [&, backend](const Operator& op) {
            whenDone(backend->directorySync()->syncSource(op.workspaceId), &app,
                     [&, backend, op](const Result<DirectorySource>& source) {
                if (!source.ok()) {
                    failed(source.error().message);
                    return;
                }
                if (!source.value().configured()) {
                    failed(Text::tr("This workspace has no directory to sync from: set one up in Usher (Workspace ▸ "
                                    "Directory Sync…)."),
                           ExitRefused);
                    return;
                }
                // A password from the environment goes only to the directory it names: whoever may
                // change the workspace's settings must not be able to send it elsewhere.
                const QString fromEnvironment = qEnvironmentVariable("USHER_LDAP_PASSWORD");
                if (!fromEnvironment.isEmpty()) {
                    const QString meant = qEnvironmentVariable("USHER_LDAP_URL").trimmed();
                    if (meant.compare(source.value().url.trimmed(), Qt::CaseInsensitive) != 0
                        || source.value().tls == DirectoryTls::None) {
                        failed(Text::tr("USHER_LDAP_PASSWORD is sent only to the directory USHER_LDAP_URL names, over "
                                        "TLS; the workspace's directory is %1.")
                                   .arg(source.value().url),
                               ExitRefused);
                        return;
                    }
                }
                if (source.value().bindDn.isEmpty() || !fromEnvironment.isEmpty()) {
                    syncWith(backend, op, source.value(), fromEnvironment);
                    return;
                }
                whenDone(credentials->read(profile->keychainName(), directoryPasswordKey(op.workspaceId, source.value())),
                         &app, [&, backend, op, settings = source.value()](const Result<QString>& password) {
                    if (!password.ok()) {
                        failed(password.error().kind == BackendError::Kind::NotFound
                                   ? Text::tr("No password for %1 is saved in the keychain: set USHER_LDAP_PASSWORD, or "
                                              "save it in Usher's Directory Sync dialog.")
                                         .arg(settings.bindDn)
                                   : password.error().message);
                        return;
                    }
                    syncWith(backend, op, settings, password.value());
                });
            });
        }, [&failed](const QString& message) { failed(message); });
    }, [&failed](const QString& message) { failed(message); });
    app.exec();
    return exitCode;
}

} // namespace usher
