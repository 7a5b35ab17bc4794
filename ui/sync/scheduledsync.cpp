#include "ui/sync/scheduledsync.h"

#include "connection/backend.h"
#include "connection/credentialstore.h"
#include "connection/ldap/ldapreader.h"
#include "connection/session.h"
#include "connection/whendone.h"

#include <QTimer>

namespace usher {

ScheduledSync::ScheduledSync(Session* session, CredentialStore* credentials, QObject* parent)
    : QObject(parent), m_session(session), m_credentials(credentials), m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("scheduledSyncTimer"));
    connect(m_timer, &QTimer::timeout, this, &ScheduledSync::runNow);
}

ScheduledSync::~ScheduledSync()
{
    m_stop.requestStop();
}

void ScheduledSync::stop()
{
    ++m_generation;
    m_timer->stop();
    m_interval = 0;
    m_stop.requestStop(); // a reading under way ends; an applying sync finishes (it is the backend's)
    m_stop = StopToken {};
}

void ScheduledSync::reload()
{
    stop();
    Backend* backend = m_session->backend();
    const std::optional<Operator> op = m_session->currentOperator();
    if (!backend || !backend->directorySync() || !op || op->role != Role::Admin) {
        return;
    }
    const quint64 generation = m_generation;
    whenDone(backend->directorySync()->syncSource(op->workspaceId), this,
             [this, generation](const Result<DirectorySource>& source) {
        if (generation != m_generation || !source.ok() || !source.value().configured()
            || source.value().intervalMinutes <= 0) {
            return;
        }
        m_interval = source.value().intervalMinutes;
        m_timer->start(m_interval * 60 * 1000);
    });
}

void ScheduledSync::runNow()
{
    Backend* backend = m_session->backend();
    const std::optional<Operator> op = m_session->currentOperator();
    if (m_running || !backend || !backend->directorySync() || !op) {
        return;
    }
    m_running = true;
    const quint64 generation = m_generation;
    const StopToken stop = m_stop;
    const auto end = [this](const QString& message, bool problem) {
        m_running = false;
        emit finished(message, problem);
    };
    // The settings as saved now, and the password kept for exactly them.
    whenDone(backend->directorySync()->syncSource(op->workspaceId), this,
             [this, generation, stop, end, backend, op = *op](const Result<DirectorySource>& source) {
        if (generation != m_generation) {
            m_running = false;
            return;
        }
        if (!source.ok() || !source.value().configured()) {
            end(source.ok() ? tr("Directory sync: the workspace has no directory any more.") : source.error().message, true);
            return;
        }
        const DirectorySource settings = source.value();
        const auto read = [this, generation, stop, end, backend, op, settings](const QString& password) {
            // Only what changed since the last complete run, unless the whole directory is due
            // again (which is what finds the people who left).
            const QString since = wantsFullRun(settings, QDateTime::currentDateTimeUtc()) ? QString() : settings.highWater;
            whenDone(LdapReader::read(settings, password, stop, since), this,
                     [this, generation, end, backend, op, settings](const Result<DirectorySnapshot>& snapshot) {
                if (generation != m_generation) {
                    m_running = false;
                    return;
                }
                if (!snapshot.ok()) {
                    end(tr("Directory sync did not run: %1").arg(snapshot.error().message), true);
                    return;
                }
                SyncRequest request;
                request.snapshot = snapshot.value();
                request.dryRun = false;
                request.readWith = settings;
                // Not `stop`: closing a dialog or switching workspace ends a reading, never an
                // apply under way part way (it is the backend's, and goes into the audit log).
                whenDone(backend->directorySync()->applySync(op, request), this,
                         [this, end](const Result<SyncReport>& report) {
                    if (!report.ok()) {
                        end(tr("Directory sync failed: %1").arg(report.error().message), true);
                        return;
                    }
                    if (report.value().needsConfirmation) {
                        end(tr("Directory sync stopped without changing anything: it would disable %n people. Open "
                               "Workspace ▸ Directory Sync… to check the directory and confirm.",
                               nullptr, int(report.value().plan.disables())),
                            true);
                        return;
                    }
                    emit changed();
                    end(tr("Directory sync: %1.").arg(report.value().plan.summary()), false);
                });
            });
        };
        if (settings.bindDn.isEmpty()) {
            read(QString());
            return;
        }
        whenDone(m_credentials->read(m_session->profile().keychainName(), directoryPasswordKey(op.workspaceId, settings)),
                 this, [end, read](const Result<QString>& password) {
            if (!password.ok()) {
                end(tr("Directory sync did not run: no password for the directory is saved in your keychain (%1).")
                        .arg(password.error().message),
                    true);
                return;
            }
            read(password.value());
        });
    });
}

} // namespace usher
