#include "connection/sql/sqlbackend.h"
#include "core/i18n.h"
#include "models/invitationsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace usher;
using namespace usher::test;

/// The Invitations page's models on both SQL backends, under QAbstractItemModelTester: open
/// invitations with their time left and mail state, filtered to the expired ones and those
/// not accepted after three days; the waitlist oldest first.
class TestInvitationsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void invitationsAreFilteredByAge();
    void timeLeftAndDeliveryRead();
    void waitlistIsListedOldestFirst();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
};

void TestInvitationsModel::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("invitationsmodel"));
    m_db->seed({SeedUser{QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin, Status::Active,
                         Source::Invite, 1'700'000'000, 0, {}}});
    m_backend = m_db->openedBackend();
    Operator op;
    op.workspaceId = 1;
    DirectSql direct(*m_db);
    op.accountId = direct.scalar(QStringLiteral("SELECT id FROM accounts")).toLongLong();
    InvitationRequest request;
    request.addresses = parseInviteAddresses(QStringLiteral("fresh@example.org, stale@example.org, old@example.org"));
    QVERIFY(await(m_backend->invitations()->createInvitations(op, request)).ok());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 day = 24 * 3600;
    // Invited five days ago (not accepted after three), and twenty days ago (expired).
    QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET joined_at = ? WHERE account_id = (SELECT id FROM "
                                       "accounts WHERE email = 'stale@example.org')"),
                        {now - 5 * day}));
    QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET joined_at = ? WHERE account_id = (SELECT id FROM "
                                       "accounts WHERE email = 'old@example.org')"),
                        {now - 20 * day}));
    QVERIFY(direct.exec(QStringLiteral("UPDATE invites SET expires_at = ? WHERE email = 'old@example.org'"),
                        {now - 6 * day}));
    QVERIFY(direct.exec(QStringLiteral("UPDATE workspaces SET signup_waitlist = 1")));
    QVERIFY(await(m_backend->joinWaitlist(1, QStringLiteral("first@example.org"), QStringLiteral("landing page"))).ok());
    QVERIFY(await(m_backend->joinWaitlist(1, QStringLiteral("second@example.org"), {})).ok());
    QVERIFY(direct.exec(QStringLiteral("UPDATE waitlist SET signed_up_at = signed_up_at - 3600 WHERE email = "
                                       "'first@example.org'")));
}

void TestInvitationsModel::cleanupTestCase()
{
    m_backend.reset();
    m_db.reset();
}

void TestInvitationsModel::invitationsAreFilteredByAge()
{
    InvitationsModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    QSignalSpy loaded(&model, &InvitationsModel::loaded);
    QCOMPARE(model.totalCount(), -1);
    model.setContext(m_backend.get(), 1);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), 3);
    // Newest first.
    QCOMPARE(model.index(0, InvitationsModel::PersonColumn).data().toString(), QStringLiteral("fresh@example.org"));
    QCOMPARE(model.index(2, InvitationsModel::PersonColumn).data().toString(), QStringLiteral("old@example.org"));

    model.setFilter(InvitationsModel::Filter::Expired);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.invitationAt(0).email, QStringLiteral("old@example.org"));
    QVERIFY(model.index(0, 0).data(InvitationsModel::ExpiredRole).toBool());
    model.setFilter(InvitationsModel::Filter::Stale);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalCount(), 3);
    model.setFilter(InvitationsModel::Filter::All);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.index(0, 0).data(InvitationsModel::StaleRole).toBool());
    QCOMPARE(model.index(0, InvitationsModel::InvitedByColumn).data().toString(), QStringLiteral("Ada Admin"));
    QCOMPARE(model.index(0, InvitationsModel::DeliveryColumn).data().toString(), QStringLiteral("Link only"));
}

void TestInvitationsModel::timeLeftAndDeliveryRead()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    QCOMPARE(InvitationsModel::timeLeft(now.addDays(12).addSecs(60), now), QStringLiteral("in 12 days"));
    QCOMPARE(InvitationsModel::timeLeft(now.addSecs(3 * 3600 + 60), now), QStringLiteral("in 3 hours"));
    QCOMPARE(InvitationsModel::timeLeft(now.addDays(-2).addSecs(-60), now), QStringLiteral("expired 2 days ago"));
    QCOMPARE(InvitationsModel::timeLeft(now.addSecs(-60), now), QStringLiteral("expired today"));
    Invitation failed;
    failed.mailStatus = MailStatus::Failed;
    failed.mailError = QStringLiteral("550 5.1.1 Recipient address rejected");
    QCOMPARE(InvitationsModel::deliveryText(failed), QStringLiteral("Failed: 550 5.1.1 Recipient address rejected"));
    failed.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(300);
    QVERIFY(InvitationsModel::deliveryText(failed).startsWith(QLatin1String("Failed, next try ")));
    QVERIFY(InvitationsModel::deliveryText(failed).endsWith(failed.mailError));
}

void TestInvitationsModel::waitlistIsListedOldestFirst()
{
    WaitlistModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    QSignalSpy loaded(&model, &WaitlistModel::loaded);
    model.setContext(m_backend.get(), 1);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, WaitlistModel::EmailColumn).data().toString(), QStringLiteral("first@example.org"));
    QCOMPARE(model.index(0, WaitlistModel::SourceColumn).data().toString(), QStringLiteral("landing page"));
    QCOMPARE(model.index(1, WaitlistModel::SourceColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(!(model.index(1, 0).data(WaitlistModel::EntryIdRole).value<Id>()).isNull());
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(app, QStringLiteral("en")); // English plural forms
    TestInvitationsModel test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_invitationsmodel.moc"
