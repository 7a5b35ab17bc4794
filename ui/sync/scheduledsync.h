#pragma once

#include "core/lifecycle.h"
#include "core/stoptoken.h"

#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace usher {

class CredentialStore;
class Session;

/// The workspace's directory sync every DirectorySource::intervalMinutes while Usher is open
/// (G5), run as the signed-in Admin without a screen: read, planned and applied by the same
/// calls as a sync from the preview, with the bind password from their keychain. A run that
/// would disable more people than the threshold changes nothing and says so; every applied run
/// is in the audit log. Follows the session: started for an Admin, stopped on sign-out or when
/// the workspace or its settings change.
class ScheduledSync : public QObject
{
    Q_OBJECT
public:
    ScheduledSync(Session* session, CredentialStore* credentials, QObject* parent = nullptr);
    ~ScheduledSync() override;

    /// Reads the workspace's settings again (after the operator, the workspace or the settings
    /// changed) and starts, moves or stops the timer.
    void reload();
    /// Runs now (the timer's step); nothing when a run is under way or there is no schedule.
    void runNow();
    /// Minutes between runs, 0 when none are scheduled.
    int intervalMinutes() const { return m_interval; }

signals:
    /// A run ended: what it did, or why it did nothing (`problem`).
    void finished(const QString& message, bool problem);
    /// A run changed the workspace.
    void changed();

private:
    void stop();

    Session* m_session;
    CredentialStore* m_credentials;
    QTimer* m_timer;
    int m_interval = 0;
    bool m_running = false;
    quint64 m_generation = 0;
    StopToken m_stop;
};

} // namespace usher
