#include "connection/sql/sqlbackend.h"
#include "core/i18n.h"
#include "core/invitation.h"
#include "models/invitationsmodel.h"
#include "guitest.h"
#include "testsupport.h"
#include "ui/common/bulkresultdialog.h"
#include "ui/invite/invitationsview.h"
#include "ui/invite/invitedialog.h"
#include "ui/invite/mailsettingsdialog.h"
#include "ui/invite/signupsettingsdialog.h"
#include "connection/mail/mailsender.h"
#include "mailparse.h"
#include "ui/mainwindow.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace usher;
using namespace usher::test;

/// The invite dialog, the Invitations page and the waitlist, driven as a person would: every
/// pasted address shows its verdict before anything is sent, the seat cap stops a batch that
/// does not fit, links are offered when no mail server is set up, and invitations and signups
/// are resent, cancelled, approved and rejected from the page.
class TestInvitesUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void inviteDialogShowsEachAddressVerdict();
    void seatCapStopsABatchThatDoesNotFit();
    void invitationsAreCopiedAndCancelledFromThePage();
    void stoppingACancelOfManyKeepsItsReport();
    void waitlistIsApprovedAndRejected();
    void monitorSeesWhyActionsAreOff();
    void signupSettingsAreCheckedAndSaved();
    void invitationMailGoesOutThroughTheConfiguredServer();
    void mailIsSentAsTheSignedInOperatorOnly();

private:
    void openAs(const QString& email);
    InviteDialog* openInviteDialog();
    InvitationsView* page();
    qint64 scalar(const QString& sql, const QVariantList& binds = {});
    void selectRows(QTableView* table, const QList<int>& rows);
    template<typename T> T* waitForDialog(const QString& name) { return test::waitForDialog<T>(m_window, name); }

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow* m_window = nullptr;
    int m_count = 0;
};

void TestInvitesUi::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_invitesui"));
    QVERIFY(m_dir.isValid());
}

void TestInvitesUi::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("invites%1.usher").arg(++m_count));
    auto person = [](const char* name, const char* email, Role role, Status status = Status::Active) {
        return SeedUser{QString::fromUtf8(name), QString::fromUtf8(email), role, status, Source::Invite,
                        1'700'000'000, 0, {}};
    };
    seedSqlite(m_path, {person("Ada Admin", "ada@example.org", Role::Admin),
                        person("Mo Monitor", "mo@example.org", Role::Monitor),
                        person("Max Member", "max@example.org", Role::Member)});
}

void TestInvitesUi::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestInvitesUi::openAs(const QString& email)
{
    delete m_window;
    m_window = openMainWindow(m_path, email);
    QTRY_VERIFY(m_window->currentOperator().has_value());
}

InviteDialog* TestInvitesUi::openInviteDialog()
{
    QAction* invite = m_window->findChild<QAction*>(QStringLiteral("inviteAction"));
    if (!invite || !invite->isEnabled()) {
        qFatal("Invite People is not available");
    }
    invite->trigger();
    return waitForDialog<InviteDialog>(QStringLiteral("inviteDialog"));
}

InvitationsView* TestInvitesUi::page()
{
    return m_window->invitationsView();
}

qint64 TestInvitesUi::scalar(const QString& sql, const QVariantList& binds)
{
    DirectSql direct(m_path);
    return direct.scalar(sql, binds).toLongLong();
}

void TestInvitesUi::selectRows(QTableView* table, const QList<int>& rows)
{
    table->clearSelection();
    table->selectionModel()->setCurrentIndex(table->model()->index(rows.value(0), 0), QItemSelectionModel::NoUpdate);
    for (const int row : rows) {
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestInvitesUi::inviteDialogShowsEachAddressVerdict()
{
    openAs(QStringLiteral("ada@example.org"));
    InviteDialog* dialog = openInviteDialog();
    auto* addresses = dialog->findChild<QPlainTextEdit*>(QStringLiteral("addresses"));
    auto* verdicts = dialog->findChild<QTableWidget*>(QStringLiteral("verdicts"));
    auto* send = dialog->findChild<QPushButton*>(QStringLiteral("sendButton"));
    QVERIFY(addresses && verdicts && send);
    QVERIFY(!send->isEnabled());
    addresses->setFocus();
    QTest::keyClicks(addresses, QStringLiteral("Nora New <nora@example.org>, max@example.org; broken@"));
    // The rest pasted from a spreadsheet: a new row, and cells separated by a tab.
    addresses->insertPlainText(QStringLiteral("\nnora@example.org\tolaf@example.net"));
    QTRY_VERIFY(!dialog->isReviewing());
    QTRY_COMPARE(verdicts->rowCount(), 5);
    const QStringList expected{inviteVerdictName(InviteVerdict::Ok), inviteVerdictName(InviteVerdict::AlreadyMember),
                               inviteVerdictName(InviteVerdict::BadSyntax), inviteVerdictName(InviteVerdict::Duplicate),
                               inviteVerdictName(InviteVerdict::Ok)};
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(verdicts->item(row, 2)->text(), expected.at(row));
    }
    QCOMPARE(verdicts->item(0, 1)->text(), QStringLiteral("Nora New"));
    QVERIFY(!verdicts->item(1, 3)->text().isEmpty());
    QVERIFY(send->isEnabled());
    QVERIFY(send->text().contains(QLatin1String("2")));
    snapshot(dialog, QStringLiteral("invite-dialog"));

    // No mail server: the invitations are made and their links offered.
    QTest::mouseClick(send, Qt::LeftButton);
    auto* links = dialog->findChild<QTableWidget*>(QStringLiteral("links"));
    QTRY_VERIFY(links->isVisible());
    QCOMPARE(links->rowCount(), 2);
    QVERIFY(links->item(0, 1)->text().startsWith(QLatin1String("https://usher.example/join?invite=")));
    // The workspace's registration page is still the placeholder it started with: said, in red.
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("placeholderLinksWarning"))->isVisible());
    snapshot(dialog, QStringLiteral("invite-links"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyAllLinks")), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(links->item(1, 1)->text()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'invited'")), 2);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(waitUntilClosed(dialog));

    // They wait on the Invitations page, and in the side list's count.
    m_window->findChild<QAction*>(QStringLiteral("invitationsPageAction"))->trigger();
    QTRY_COMPARE(page()->invitations()->rowCount(), 2);
    auto* side = m_window->usersView()->findChild<QTreeWidget*>(QStringLiteral("signupList"));
    QTRY_COMPARE(side->topLevelItem(0)->text(1), QStringLiteral("2"));
    snapshot(m_window, QStringLiteral("invitations-page"));
}

void TestInvitesUi::seatCapStopsABatchThatDoesNotFit()
{
    DirectSql direct(m_path);
    QVERIFY(direct.exec(QStringLiteral("UPDATE workspaces SET seat_cap = 4")));
    openAs(QStringLiteral("ada@example.org"));
    InviteDialog* dialog = openInviteDialog();
    dialog->setAddresses(QStringLiteral("one@example.org\ntwo@example.org"));
    auto* send = dialog->findChild<QPushButton*>(QStringLiteral("sendButton"));
    QTRY_VERIFY(!dialog->isReviewing() && dialog->review().checks.size() == 2);
    QVERIFY(!send->isEnabled());
    QVERIFY(send->toolTip().contains(QLatin1String("Seat limit reached")));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("summary"))->text().contains(QLatin1String("3 of 4")));
    // One fits.
    dialog->setAddresses(QStringLiteral("one@example.org"));
    QTRY_VERIFY(!dialog->isReviewing() && dialog->review().checks.size() == 1);
    QVERIFY(send->isEnabled());
}

void TestInvitesUi::invitationsAreCopiedAndCancelledFromThePage()
{
    openAs(QStringLiteral("ada@example.org"));
    Operator op = *m_window->currentOperator();
    InvitationRequest request;
    request.addresses = parseInviteAddresses(QStringLiteral("p1@example.org, p2@example.org, p3@example.org"));
    QVERIFY(await(m_window->backend()->invitations()->createInvitations(op, request)).ok());
    m_window->showPage(QStringLiteral("invitations"));
    QTRY_COMPARE(page()->invitations()->rowCount(), 3);
    QTableView* table = page()->invitationsTable();

    QVERIFY(!page()->copyLinkAction()->isEnabled());
    selectRows(table, {0});
    QVERIFY(page()->copyLinkAction()->isEnabled());
    QApplication::clipboard()->clear();
    const QString before = QString::number(scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE superseded_at "
                                                                 "IS NOT NULL")));
    page()->copyLinkAction()->trigger();
    // A link to the placeholder page does not go quietly onto the clipboard: it is shown, with why
    // nobody could open it.
    auto* shown = waitForDialog<QDialog>(QStringLiteral("linksDialog"));
    QVERIFY(shown->findChild<QLabel*>(QStringLiteral("placeholderLinksWarning"))->isVisible());
    // The same table, warning and Copy All as the invite dialog's links page.
    auto* shownLinks = shown->findChild<QTableWidget*>(QStringLiteral("links"));
    QCOMPARE(shownLinks->rowCount(), 1);
    QVERIFY(shownLinks->item(0, 1)->text().startsWith(QLatin1String("https://usher.example/join?invite=")));
    QVERIFY(shown->findChild<QPushButton*>(QStringLiteral("copyAllLinks")));
    snapshot(shown, QStringLiteral("links-dialog"));
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    shown->close();
    QCOMPARE(before, QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE superseded_at IS NOT NULL")), 1);
    // The page shows the new invitation in place of the replaced one.
    const qint64 newest = scalar(QStringLiteral("SELECT MAX(id) FROM invites"));
    QTRY_VERIFY([&] {
        for (int row = 0; row < page()->invitations()->rowCount(); ++row) {
            if (page()->invitations()->invitationAt(row).id == newest) {
                return true;
            }
        }
        return false;
    }());
    QCOMPARE(page()->invitations()->rowCount(), 3);
    // Two selected: one link each cannot go on the clipboard at once.
    selectRows(table, {0, 1});
    QVERIFY(!page()->copyLinkAction()->isEnabled());
    QVERIFY(page()->copyLinkAction()->toolTip().contains(QLatin1String("one invitation")));

    QString asked;
    page()->setConfirmation([&asked](const QString& question) {
        asked = question;
        return true;
    });
    page()->cancelAction()->trigger();
    QVERIFY(asked.contains(QLatin1String("2")));
    QTRY_COMPARE(page()->invitations()->rowCount(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'invited'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.cancelled'")), 2);

    // Another admin cancels the last one meanwhile, and this page still shows it. Cancelling it
    // again changes nothing, and says so in the box every screen uses for a change to one
    // person, naming them and why.
    const Invitation last = page()->invitations()->invitationAt(0);
    QVERIFY(await(m_window->backend()->invitations()->cancelInvitations(op, {last.id}, StopToken{})).ok());
    selectRows(table, {0});
    page()->cancelAction()->trigger();
    auto* refused = waitForDialog<QMessageBox>(QStringLiteral("changeRefused"));
    snapshot(refused, QStringLiteral("invitation-not-changed"));
    QCOMPARE(refused->windowTitle(), QStringLiteral("Not Changed"));
    QVERIFY2(refused->text().contains(last.email) && refused->text().contains(QStringLiteral("no longer open")),
             qPrintable(refused->text()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.cancelled'")), 3);
    refused->close();
    QTRY_COMPARE(page()->invitations()->rowCount(), 0);
}

void TestInvitesUi::stoppingACancelOfManyKeepsItsReport()
{
    // 600 invitations chosen at once, more than two chunks: the cancel runs in the results
    // dialog, Stop after the first chunk ends it, and the dialog's lines agree with the
    // database and the audit log about exactly who was cancelled.
    openAs(QStringLiteral("ada@example.org"));
    QStringList addresses;
    for (int i = 0; i < 600; ++i) {
        addresses.append(QStringLiteral("many%1@example.org").arg(i));
    }
    InvitationRequest request;
    request.addresses = parseInviteAddresses(addresses.join(QLatin1Char('\n')));
    QVERIFY(await(m_window->backend()->invitations()->createInvitations(*m_window->currentOperator(), request)).ok());
    m_window->showPage(QStringLiteral("invitations"));
    QTRY_COMPARE(page()->invitations()->rowCount(), 600);
    page()->invitationsTable()->selectAll();
    QString asked;
    page()->setConfirmation([&asked](const QString& question) {
        asked = question;
        return true;
    });
    page()->cancelAction()->trigger();
    QVERIFY2(asked.contains(QLatin1String("600")), qPrintable(asked));
    auto* report = waitForDialog<BulkResultDialog>(QStringLiteral("bulkResultDialog"));
    QCOMPARE(report->windowTitle(), QStringLiteral("Cancel 600 Invitations"));
    auto* stop = report->findChild<QPushButton*>(QStringLiteral("stopButton"));
    auto* progress = report->findChild<QProgressBar*>();
    QVERIFY(waitForProgress(progress, 250)); // Stop pressed the moment the first chunk is reported
    stop->click();
    QTRY_VERIFY_WITH_TIMEOUT(stop->isHidden(), 20000);
    snapshot(report, QStringLiteral("invitations-stopped"));
    const qint64 cancelled = scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE cancelled_at IS NOT NULL"));
    QVERIFY(cancelled >= 250);
    QVERIFY2(cancelled < 600, "the Stop came too late to test anything");
    QCOMPARE(report->doneCount(), int(cancelled));
    QCOMPARE(report->notReachedCount(), int(600 - cancelled));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.cancelled'")), cancelled);
    auto* lines = report->findChild<QTableWidget*>(QStringLiteral("bulkResults"));
    QCOMPARE(lines->rowCount(), 600);
    QVERIFY(lines->item(0, 0)->text().endsWith(QLatin1String("@example.org")));
    QVERIFY2(report->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text().contains(QLatin1String("not reached")),
             qPrintable(report->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text()));
    // The page follows: the people not reached are still invited.
    QTRY_COMPARE(page()->invitations()->rowCount(), int(600 - cancelled));
}

void TestInvitesUi::waitlistIsApprovedAndRejected()
{
    DirectSql direct(m_path);
    QVERIFY(direct.exec(QStringLiteral("UPDATE workspaces SET signup_waitlist = 1")));
    for (const char* email : {"w1@example.org", "w2@example.org", "w3@example.org"}) {
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO waitlist (workspace_id, email, email_key, source, signed_up_at) "
                                           "VALUES (1, ?, ?, 'landing page', ?)"),
                            {QString::fromLatin1(email), QString::fromLatin1(email), 1'750'000'000}));
    }
    openAs(QStringLiteral("ada@example.org"));
    auto* side = m_window->usersView()->findChild<QTreeWidget*>(QStringLiteral("signupList"));
    QTRY_COMPARE(side->topLevelItem(1)->text(1), QStringLiteral("3"));
    emit side->itemClicked(side->topLevelItem(1), 0);
    QTRY_VERIFY(page()->waitlistTable()->isVisible());
    QTRY_COMPARE(page()->waitlist()->rowCount(), 3);
    auto* tabs = page()->findChild<QTabWidget*>(QStringLiteral("invitationTabs"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Waitlist (3)"));
    snapshot(m_window, QStringLiteral("waitlist-page"));

    selectRows(page()->waitlistTable(), {0, 1});
    QVERIFY(page()->approveAction()->isEnabled());
    page()->approveAction()->trigger();
    // No mail server: the approved people's links are shown to send by hand.
    auto* links = waitForDialog<QDialog>(QStringLiteral("linksDialog"));
    QCOMPARE(links->findChild<QTableWidget*>(QStringLiteral("links"))->rowCount(), 2);
    QTest::mouseClick(links->findChild<QPushButton*>(QStringLiteral("copyAllLinks")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text().count(QLatin1String("invite=")), 2);
    links->close();
    QTRY_COMPARE(page()->waitlist()->rowCount(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE source = 'signup' AND status = 'invited'")),
             2);
    QTRY_COMPARE(side->topLevelItem(1)->text(1), QStringLiteral("1"));

    page()->setConfirmation([](const QString&) { return true; });
    selectRows(page()->waitlistTable(), {0});
    page()->rejectAction()->trigger();
    QTRY_COMPARE(page()->waitlist()->rowCount(), 0);
    QTRY_VERIFY(page()->findChild<QWidget*>(QStringLiteral("waitlistEmptyState"))->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM waitlist WHERE decision = 'rejected'")), 1);
}

void TestInvitesUi::monitorSeesWhyActionsAreOff()
{
    DirectSql direct(m_path);
    QVERIFY(direct.exec(QStringLiteral("INSERT INTO waitlist (workspace_id, email, email_key, signed_up_at) "
                                       "VALUES (1, 'w@example.org', 'w@example.org', 1750000000)")));
    openAs(QStringLiteral("mo@example.org"));
    QAction* invite = m_window->findChild<QAction*>(QStringLiteral("inviteAction"));
    QVERIFY(!invite->isEnabled());
    QVERIFY(invite->toolTip().contains(QLatin1String("cannot invite")));
    m_window->showPage(QStringLiteral("invitations"));
    page()->showWaitlist(true);
    QTRY_COMPARE(page()->waitlist()->rowCount(), 1);
    selectRows(page()->waitlistTable(), {0});
    QVERIFY(!page()->approveAction()->isEnabled());
    QVERIFY(page()->approveAction()->toolTip().contains(QLatin1String("cannot invite")));
}

void TestInvitesUi::signupSettingsAreCheckedAndSaved()
{
    openAs(QStringLiteral("ada@example.org"));
    m_window->findChild<QAction*>(QStringLiteral("signupSettingsAction"))->trigger();
    auto* dialog = waitForDialog<SignupSettingsDialog>(QStringLiteral("signupSettingsDialog"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    auto* domains = dialog->findChild<QLineEdit*>(QStringLiteral("allowedDomains"));
    QTRY_VERIFY(domains->isEnabled());
    QVERIFY(save->isEnabled());
    // The registration page a new workspace starts with is a placeholder, and says so until replaced.
    auto* placeholder = dialog->findChild<QLabel*>(QStringLiteral("placeholderJoinUrl"));
    QVERIFY(placeholder->isVisible());
    auto* joinUrl = dialog->findChild<QLineEdit*>(QStringLiteral("joinUrl"));
    joinUrl->clear();
    QTest::keyClicks(joinUrl, QStringLiteral("https://app.example.org/join"));
    QTRY_VERIFY(!placeholder->isVisible());
    domains->clear();
    QTest::keyClicks(domains, QStringLiteral("example.org, not a domain"));
    QTRY_VERIFY(!save->isEnabled());
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QVERIFY(problem->isVisible() && problem->text().contains(QLatin1String("Allowed domains")));
    domains->clear();
    QTest::keyClicks(domains, QStringLiteral("@Example.org example.net"));
    QTRY_VERIFY(save->isEnabled());
    dialog->findChild<QCheckBox*>(QStringLiteral("waitlist"))->setChecked(true);
    dialog->findChild<QSpinBox*>(QStringLiteral("expiryDays"))->setValue(7);
    auto* role = dialog->findChild<QComboBox*>(QStringLiteral("defaultRole"));
    QCOMPARE(role->findText(roleDisplayName(Role::Admin)), -1); // signup never hands out Admin
    // The fields line up from one group to the next.
    const int column = domains->mapTo(dialog, QPoint()).x();
    for (const QString& name : {QStringLiteral("defaultRole"), QStringLiteral("mailLanguage"), QStringLiteral("joinUrl"),
                                QStringLiteral("captchaProvider")}) {
        QCOMPARE(dialog->findChild<QWidget*>(name)->mapTo(dialog, QPoint()).x(), column);
    }
    // ...and the hints under them are whole, not cut to the height of one line.
    for (const QString& name : {QStringLiteral("allowedDomainsHint"), QStringLiteral("joinUrlHint")}) {
        auto* hint = dialog->findChild<QLabel*>(name);
        QTRY_VERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                     qPrintable(QStringLiteral("%1: %2 < %3").arg(name).arg(hint->height()).arg(hint->heightForWidth(hint->width()))));
    }
    snapshot(dialog, QStringLiteral("signup-settings"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(waitUntilClosed(dialog));
    DirectSql direct(m_path);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT signup_domains FROM workspaces")).toString(),
             QStringLiteral("example.org, example.net"));
    QCOMPARE(scalar(QStringLiteral("SELECT signup_waitlist FROM workspaces")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT invite_expiry_days FROM workspaces")), 7);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'workspace.signup_changed'")), 1);
}

void TestInvitesUi::invitationMailGoesOutThroughTheConfiguredServer()
{
    if (!qEnvironmentVariableIsSet("USHER_SMTP_PORT") || !qEnvironmentVariableIsSet("USHER_MAILDIR")) {
        QFAIL("Needs the SMTP sink that scripts/test starts (USHER_SMTP_PORT, USHER_MAILDIR).");
    }
    openAs(QStringLiteral("ada@example.org"));
    m_window->findChild<QAction*>(QStringLiteral("mailServerAction"))->trigger();
    auto* mail = waitForDialog<MailSettingsDialog>(QStringLiteral("mailSettingsDialog"));
    // The workspace's settings are read first; the fields open once they are in.
    QTRY_VERIFY(mail->findChild<QLineEdit*>(QStringLiteral("smtpHost"))->isEnabled());
    // Nothing typed yet is nothing wrong yet: no red sentence, and Save (disabled) says what it needs.
    auto* problem = mail->findChild<QLabel*>(QStringLiteral("problemLabel"));
    auto* save = mail->findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(problem->isHidden());
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->toolTip().isEmpty());
    QCOMPARE(save->text().remove(QLatin1Char('&')), QStringLiteral("Save"));
    // Typed and wrong: said at once.
    QTest::keyClicks(mail->findChild<QLineEdit*>(QStringLiteral("senderAddress")), QStringLiteral("not an address"));
    QTRY_VERIFY(!problem->isHidden());
    mail->findChild<QLineEdit*>(QStringLiteral("senderAddress"))->clear();
    auto* security = mail->findChild<QComboBox*>(QStringLiteral("smtpSecurity"));
    security->setCurrentIndex(security->count() - 1); // none: the loopback sink
    QTest::keyClicks(mail->findChild<QLineEdit*>(QStringLiteral("smtpHost")), QStringLiteral("127.0.0.1"));
    mail->findChild<QSpinBox*>(QStringLiteral("smtpPort"))->setValue(qEnvironmentVariableIntValue("USHER_SMTP_PORT"));
    QTest::keyClicks(mail->findChild<QLineEdit*>(QStringLiteral("senderAddress")), QStringLiteral("usher@example.org"));
    // A password typed (where a keychain answers; the sink ignores it on a plain loopback line).
    auto* password = mail->findChild<QLineEdit*>(QStringLiteral("smtpPassword"));
    const QString secret = QStringLiteral("smtp-secret-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QTRY_VERIFY(!password->placeholderText().contains(QLatin1String("keychain…")));
    const bool keychain = password->isEnabled();
    if (keychain) {
        QTest::keyClicks(password, secret);
    }
    snapshot(mail, QStringLiteral("mail-server"));
    // Send Test Mail, before saving: it goes through the session to the sink, off the GUI thread.
    const QString tester = QStringLiteral("tester-%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());
    auto* test = mail->findChild<QPushButton*>(QStringLiteral("sendTestMail"));
    QTRY_VERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    auto* recipient = waitForDialog<QInputDialog>(QStringLiteral("testRecipientDialog"));
    QVERIFY(recipient);
    recipient->setTextValue(tester);
    recipient->accept();
    auto* result = mail->findChild<QLabel*>(QStringLiteral("testResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("accepted")), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const ParsedMail& parsed : readMaildir(qEnvironmentVariable("USHER_MAILDIR"))) {
                if (parsed.to.contains(tester) && parsed.text.contains(QLatin1String("test mail from Usher"))) {
                    return true;
                }
            }
            return false;
        }(),
        10'000);
    auto* ok = mail->findChild<QPushButton*>(QStringLiteral("okButton"));
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(waitUntilClosed(mail));
    QVERIFY(m_window->mailSender()->isConfigured());
    QCOMPARE(m_window->mailSender()->settings().password, keychain ? secret : QString());
    // The workspace holds the server (for whoever sends its mail); neither it nor the settings
    // file holds the password.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE id = 1 AND smtp_host = '127.0.0.1'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE smtp_user LIKE '%smtp-secret%' "
                                   "OR smtp_host LIKE '%smtp-secret%'")),
             0);
    QSettings settings;
    QVERIFY(!settings.contains(QStringLiteral("mail/%1/host").arg(m_window->mailProfile())));
    for (const QString& key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("smtp-secret")), qPrintable(key));
    }

    const QString address = QStringLiteral("ui.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());
    InviteDialog* dialog = openInviteDialog();
    dialog->setAddresses(address);
    auto* send = dialog->findChild<QPushButton*>(QStringLiteral("sendButton"));
    QTRY_VERIFY(!dialog->isReviewing() && send->isEnabled());
    QVERIFY(send->text().contains(QLatin1String("Send")));
    QTest::mouseClick(send, Qt::LeftButton);
    // The dialog closes at once; the mail goes out in the background.
    QVERIFY(waitUntilClosed(dialog));
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), 1, 20'000);
    QList<ParsedMail> received;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            received.clear();
            for (const ParsedMail& parsed : readMaildir(qEnvironmentVariable("USHER_MAILDIR"))) {
                if (parsed.to.contains(address)) {
                    received.append(parsed);
                }
            }
            return received.size() == 1;
        }(),
        10'000);
    QVERIFY(received.constFirst().subject.contains(QLatin1String("Ada Admin")));
    QVERIFY(received.constFirst().text.contains(QLatin1String("?invite=")));
    // The Invitations page says it was sent.
    m_window->showPage(QStringLiteral("invitations"));
    QTRY_COMPARE(page()->invitations()->rowCount(), 1);
    QTRY_COMPARE(page()->invitations()->invitationAt(0).mailStatus, MailStatus::Sent);
}

void TestInvitesUi::mailIsSentAsTheSignedInOperatorOnly()
{
    if (!qEnvironmentVariableIsSet("USHER_SMTP_PORT") || !qEnvironmentVariableIsSet("USHER_MAILDIR")) {
        QFAIL("Needs the SMTP sink that scripts/test starts (USHER_SMTP_PORT, USHER_MAILDIR).");
    }
    // The workspace's mail server (the loopback sink, no sign-in), set by its Admin; Mo helps people.
    {
        DirectSql direct(m_path);
        QVERIFY(direct.exec(QStringLiteral("UPDATE workspaces SET smtp_host = '127.0.0.1', smtp_port = ?, "
                                           "smtp_security = 'none', smtp_from_address = 'usher@example.org'"),
                            {qEnvironmentVariableIntValue("USHER_SMTP_PORT")}));
        QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET role = 'helpdesk' WHERE account_id = "
                                           "(SELECT id FROM accounts WHERE email = 'mo@example.org')")));
    }
    // Ada queues two invitations by mail, one of them for an Admin, with no Usher window open.
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    const QString member = QStringLiteral("gui-member.%1@example.org").arg(tag);
    const QString admin = QStringLiteral("gui-admin.%1@example.org").arg(tag);
    {
        sql::SqlBackend backend(ConnectionProfile::sqliteFile(m_path), {});
        QVERIFY(test::await(backend.open()).ok());
        Operator ada;
        ada.workspaceId = 1;
        ada.accountId = scalar(QStringLiteral("SELECT id FROM accounts WHERE email = 'ada@example.org'"));
        for (const auto& [address, role] : {std::pair{member, Role::Member}, std::pair{admin, Role::Admin}}) {
            InvitationRequest request;
            request.addresses = parseInviteAddresses(address);
            request.role = role;
            request.sendMail = true;
            const auto made = test::await(backend.createInvitations(ada, request));
            QVERIFY(made.ok() && made.value().value(0).mailQueued);
        }
    }
    const QString queued = QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'queued'");
    QCOMPARE(scalar(queued), 2);

    // The Helpdesk's window sends through the workspace's server, as them: the Member's
    // invitation goes, the Admin's waits for someone who could issue it.
    openAs(QStringLiteral("mo@example.org"));
    QTRY_VERIFY(m_window->mailSender()->isConfigured());
    QCOMPARE(m_window->mailSender()->settings().host, QStringLiteral("127.0.0.1"));
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), 1, 20'000);
    QTRY_VERIFY(!m_window->mailSender()->isBusy());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'queued' AND recipient = ?"), {admin}),
             1);
    QTest::qWait(300);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), 1);
    // The Admin's own window sends the rest.
    openAs(QStringLiteral("ada@example.org"));
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), 2, 20'000);
    QCOMPARE(scalar(queued), 0);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // English unless asked otherwise, to look at the screens in another language.
    installTranslations(app, qEnvironmentVariable("USHER_TEST_LANGUAGE", QStringLiteral("en")));
    TestInvitesUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_invitesui.moc"
