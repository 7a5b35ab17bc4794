#pragma once

#include "core/account.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace usher {

struct SampleGroup
{
    QString name;
    QString description;
    bool synced = false;
    QStringList permissions;
};

struct SampleLogin
{
    QDateTime at;
    QString ip;
    QString device;
    QString browser;
    QString location;
    bool success = true;
};

struct SampleSession
{
    QDateTime createdAt;
    QDateTime lastActivity;
    QString ip;
    QString device;
    QString browser;
    QString location;
};

/// One generated person with their membership in the sample workspace.
struct SamplePerson
{
    Account account;
    Membership membership;
    QList<int> groupIndexes; ///< Into SampleDataGenerator::groups().
    QList<SampleLogin> logins;
    QList<SampleSession> sessions;
};

/// Realistic demo people from many cultures, produced one at a time so a million of them
/// never sit in memory together. The same seed and clock give the same people.
class SampleDataGenerator
{
public:
    explicit SampleDataGenerator(quint32 seed = 20261124, QDateTime now = QDateTime::currentDateTimeUtc());

    static QList<SampleGroup> groups();
    static QString domain();

    /// The next person. Emails are unique across the whole sequence; the first people cover
    /// every role and every status, and the first two are active Admins.
    SamplePerson next();

private:
    QString uniqueLocalPart(const QString& first, const QString& last);
    QString randomIp();

    QRandomGenerator m_random;
    QDateTime m_now;
    qint64 m_index = 0;
    QSet<QString> m_usedLocalParts;
};

} // namespace usher
