// The helpdesk panel (H1) as a Helpdesk operator uses it: keystrokes only, sent to whatever
// has the keyboard focus, with every action counted; the password help refused where the
// operator's role stops it; and the same dialog's caller check before the details panel's unlock.

#include "connection/session.h"
#include "core/clock.h"
#include "guitest.h"
#include "testsupport.h"
#include "ui/helpdesk/callercheckdialog.h"
#include "ui/connection/operatordialog.h"
#include "ui/helpdesk/helpdeskview.h"
#include "ui/mainwindow.h"
#include "ui/users/userdetailspanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace usher;
using namespace usher::test;

class TestHelpdesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typeNameEnterResetCopyInFourActions();
    void aHelpdeskOperatorCannotResetAnAdmin();
    void enterBeforeTheSearchRanOpensTheBestMatch();
    void cancellingTheCallerCheckChangesNothing();
    void aColleagueSignsInWithATemporaryPasswordOrAPastedLink();
    void theDetailsPanelOpensTheCaseInThePanel();
    void aHelpdeskOperatorSeesTheUsersReadOnly();

private:
    /// One keystroke (or chord) to whatever has the focus now, as a keyboard would, counted.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    HelpdeskView* helpdesk() const { return m_window->helpdeskView(); }
    QLineEdit* searchBox() const { return helpdesk()->findChild<QLineEdit*>(QStringLiteral("helpdeskSearch")); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_actions = 0;
};

void TestHelpdesk::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_helpdesk"));
}

void TestHelpdesk::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("helpdesk-%1.usher").arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto person = [](const char* name, const char* email, Role role) {
        SeedUser user;
        user.name = QString::fromUtf8(name);
        user.email = QString::fromUtf8(email);
        user.role = role;
        return user;
    };
    seedSqlite(m_path, {person("Ada Admin", "ada@example.org", Role::Admin),
                        person("Hal Helpdesk", "hal@example.org", Role::Helpdesk),
                        person("Nia Nakamura", "nia@example.org", Role::Member),
                        person("Nils Nakamura", "nils@example.org", Role::Member),
                        person("Dana Admin", "dana@example.org", Role::Admin)});
    m_window.reset(openMainWindow(m_path, QStringLiteral("hal@example.org")));
    m_window->resize(1024, 700);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    m_actions = 0;
}

void TestHelpdesk::cleanup()
{
    m_window.reset();
    QFile::remove(m_path);
}

void TestHelpdesk::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, key, modifiers);
    ++m_actions;
}

void TestHelpdesk::typeNameEnterResetCopyInFourActions()
{
    // A Helpdesk operator's first screen is the panel, with the search box focused.
    auto* pages = m_window->findChild<QStackedWidget*>();
    QTRY_COMPARE(pages->currentWidget(), helpdesk());
    QTRY_COMPARE(QApplication::focusWidget(), searchBox());
    QApplication::clipboard()->clear();

    // 1. Type a name.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("nia"));
    ++m_actions;
    QTRY_COMPARE(helpdesk()->findChild<QListWidget*>(QStringLiteral("helpdeskMatches"))->count(), 1);
    // 2. Enter opens the best match, with what stops her.
    press(Qt::Key_Return);
    QTRY_VERIFY(helpdesk()->shownPerson().has_value());
    QCOMPARE(helpdesk()->shownPerson()->email, QStringLiteral("nia@example.org"));
    auto* summary = helpdesk()->findChild<QLabel*>(QStringLiteral("diagnosisSummary"));
    QCOMPARE(summary->text(), QStringLiteral("No password set"));
    auto* temporary = helpdesk()->findChild<QPushButton*>(QStringLiteral("temporaryPasswordButton"));
    QVERIFY2(temporary->text().contains(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)),
             qPrintable(temporary->text()));
    QTRY_VERIFY(temporary->isEnabled());
    snapshot(m_window.get(), QStringLiteral("helpdesk-diagnosis"));
    // 3. The temporary password's shortcut asks how the caller was checked; "1" (called back)
    //    answers and goes ahead.
    press(Qt::Key_T, Qt::ControlModifier);
    auto* check = waitForDialog<CallerCheckDialog>(m_window.get(), QStringLiteral("callerCheckDialog"));
    snapshot(check, QStringLiteral("helpdesk-caller-check"));
    QTRY_VERIFY(check->isAncestorOf(QApplication::focusWidget())); // the keyboard is the dialog's
    press(Qt::Key_1);
    // 4. ... which sets it: shown once, and on the clipboard to hand on.
    auto* shown = waitForDialog<SecretShownOnceDialog>(m_window.get(), QStringLiteral("secretShownOnceDialog"));
    const QString secret = shown->findChild<QLineEdit*>(QStringLiteral("secretField"))->text();
    QCOMPARE(secret.size(), 19);
    QTRY_COMPARE(QApplication::clipboard()->text(), secret);
    QCOMPARE(m_actions, 4);
    snapshot(shown, QStringLiteral("helpdesk-temporary-password"));
    // Enter closes it (Copy Again is there for a second go).
    QTRY_VERIFY(shown->isAncestorOf(QApplication::focusWidget()));
    press(Qt::Key_Return);
    QVERIFY(waitUntilClosed(shown));

    // Focus is back in the search box, ready for the next call, and the panel says what changed.
    QTRY_COMPARE(QApplication::focusWidget(), searchBox());
    QTRY_COMPARE(summary->text(), QStringLiteral("Has a temporary password, not changed yet"));
    // The backend has it as a hash that must be changed, with the check in the audit log.
    DirectSql direct(m_path);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT must_change_password FROM accounts WHERE email = 'nia@example.org'"))
                 .toInt(),
             1);
    QVERIFY(!direct.scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE email = 'nia@example.org'"))
                 .toString()
                 .contains(secret));
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.temporary_password_set' "
                                          "AND after_json LIKE '%called_back%'"))
                 .toInt(),
             1);
    // Nothing Usher remembers holds it.
    QSettings settings;
    for (const QString& key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
    }
}

void TestHelpdesk::aHelpdeskOperatorCannotResetAnAdmin()
{
    QTRY_COMPARE(QApplication::focusWidget(), searchBox());
    QTest::keyClicks(searchBox(), QStringLiteral("dana@example.org"));
    press(Qt::Key_Return);
    QTRY_VERIFY(helpdesk()->shownPerson().has_value());
    auto* temporary = helpdesk()->findChild<QPushButton*>(QStringLiteral("temporaryPasswordButton"));
    auto* reset = helpdesk()->findChild<QPushButton*>(QStringLiteral("resetButton"));
    QVERIFY(!temporary->isEnabled());
    QVERIFY(!reset->isEnabled());
    QVERIFY2(temporary->toolTip().contains(QStringLiteral("above their own")), qPrintable(temporary->toolTip()));
    // The shortcut does nothing either: no dialog, no change.
    press(Qt::Key_T, Qt::ControlModifier);
    QTest::qWait(200);
    QVERIFY(!m_window->findChild<CallerCheckDialog*>());
    // Impersonation is an Admin's, not offered at all here.
    QVERIFY(!helpdesk()->findChild<QPushButton*>(QStringLiteral("impersonateButton"))->isVisible());
    DirectSql direct(m_path);
    QVERIFY(direct.scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE email = 'dana@example.org'")).isNull());
}

void TestHelpdesk::enterBeforeTheSearchRanOpensTheBestMatch()
{
    // Typed fast and Enter at once: the search runs then, and its first match opens; the
    // arrows choose another before Enter.
    QTRY_COMPARE(QApplication::focusWidget(), searchBox());
    QTest::keyClicks(searchBox(), QStringLiteral("nakamura"));
    press(Qt::Key_Return);
    QTRY_VERIFY(helpdesk()->shownPerson().has_value());
    const QString first = helpdesk()->shownPerson()->email;
    auto* matches = helpdesk()->findChild<QListWidget*>(QStringLiteral("helpdeskMatches"));
    QCOMPARE(matches->count(), 2);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QTRY_VERIFY(helpdesk()->shownPerson()->email != first);
}

void TestHelpdesk::cancellingTheCallerCheckChangesNothing()
{
    QTRY_COMPARE(QApplication::focusWidget(), searchBox());
    QTest::keyClicks(searchBox(), QStringLiteral("nils"));
    press(Qt::Key_Return);
    QTRY_VERIFY(helpdesk()->shownPerson().has_value());
    QTRY_VERIFY(helpdesk()->findChild<QPushButton*>(QStringLiteral("resetButton"))->isEnabled());
    press(Qt::Key_R, Qt::ControlModifier);
    auto* check = waitForDialog<CallerCheckDialog>(m_window.get(), QStringLiteral("callerCheckDialog"));
    QTRY_VERIFY(check->isAncestorOf(QApplication::focusWidget()));
    // "Another way" needs a note: 4 focuses it, and Go Ahead waits for it.
    press(Qt::Key_4);
    auto* goAhead = check->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!goAhead->isEnabled());
    press(Qt::Key_Escape);
    QVERIFY(waitUntilClosed(check));
    QTRY_COMPARE(QApplication::focusWidget(), searchBox());
    DirectSql direct(m_path);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM password_resets")).toInt(), 0);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'member.password%'")).toInt(),
             0);
}

void TestHelpdesk::aColleagueSignsInWithATemporaryPasswordOrAPastedLink()
{
    // Ada (the window's Admin here) gives Hal a temporary password and Nia's colleague Nils a
    // reset link; each then signs in to Usher through the sign-in dialog, as on a shared database.
    m_window.reset(openMainWindow(m_path, QStringLiteral("ada@example.org")));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    Backend* backend = m_window->backend();
    const Operator ada = *m_window->currentOperator();
    const auto hal = await(backend->passwordHelp()->signInFactsByEmail(ada, QStringLiteral("hal@example.org")));
    QVERIFY(hal.ok());
    const auto temporary = await(backend->passwordHelp()->setTemporaryPassword(
        ada, {hal.value().accountId, {CallerCheck::InPerson, {}}, false, false}));
    QVERIFY(temporary.ok());

    OperatorDialog signIn(OperatorDialog::Mode::SignIn, backend, 1, QStringLiteral("My organisation"),
                          QStringLiteral("hal@example.org"));
    QSignalSpy ready(&signIn, &OperatorDialog::operatorReady);
    signIn.show();
    signIn.findChild<QLineEdit*>(QStringLiteral("passwordField"))->setText(temporary.value().temporaryPassword);
    auto* ok = signIn.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ok->click();
    // Right, but temporary: the dialog asks for a new one before anything opens.
    QTRY_COMPARE(signIn.stage(), OperatorDialog::Stage::NewPassword);
    QVERIFY(ready.isEmpty());
    QVERIFY(signIn.findChild<QLineEdit*>(QStringLiteral("newPasswordField"))->isVisible());
    QTest::qWait(50);
    snapshot(&signIn, QStringLiteral("signin-new-password"));
    signIn.findChild<QLineEdit*>(QStringLiteral("newPasswordField"))->setText(QStringLiteral("hal's own password"));
    signIn.findChild<QLineEdit*>(QStringLiteral("newRepeatField"))->setText(QStringLiteral("hal's own passwort"));
    ok->click();
    QVERIFY2(signIn.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("differ")),
             qPrintable(signIn.findChild<QLabel*>(QStringLiteral("problemLabel"))->text()));
    QVERIFY(ready.isEmpty());
    signIn.findChild<QLineEdit*>(QStringLiteral("newRepeatField"))->setText(QStringLiteral("hal's own password"));
    ok->click();
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().value<Operator>().role, Role::Helpdesk);

    // A pasted reset link, with the password chosen there.
    const auto nils = await(backend->passwordHelp()->signInFactsByEmail(ada, QStringLiteral("dana@example.org")));
    const auto reset = await(backend->passwordHelp()->sendPasswordReset(
        ada, {nils.value().accountId, {CallerCheck::CalledBack, {}}, false, false}));
    QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error().message));
    OperatorDialog withLink(OperatorDialog::Mode::SignIn, backend, 1, QStringLiteral("My organisation"));
    QSignalSpy linked(&withLink, &OperatorDialog::operatorReady);
    withLink.show();
    withLink.findChild<QPushButton*>(QStringLiteral("haveLinkButton"))->click();
    QCOMPARE(withLink.stage(), OperatorDialog::Stage::Link);
    QVERIFY(!withLink.findChild<QLineEdit*>(QStringLiteral("emailField"))->isVisible());
    withLink.findChild<QLineEdit*>(QStringLiteral("linkField"))->setText(reset.value().link);
    withLink.findChild<QLineEdit*>(QStringLiteral("newPasswordField"))->setText(QStringLiteral("dana's new password"));
    withLink.findChild<QLineEdit*>(QStringLiteral("newRepeatField"))->setText(QStringLiteral("dana's new password"));
    QTest::qWait(50);
    snapshot(&withLink, QStringLiteral("signin-link"));
    withLink.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(linked.size(), 1);
    QCOMPARE(linked.first().first().value<Operator>().email, QStringLiteral("dana@example.org"));

    // Forgot password, where the workspace sends no mail: it says so, and nothing is queued.
    OperatorDialog forgot(OperatorDialog::Mode::SignIn, backend, 1, QStringLiteral("My organisation"),
                          QStringLiteral("nia@example.org"));
    forgot.show();
    forgot.findChild<QPushButton*>(QStringLiteral("forgotPasswordButton"))->click();
    QTRY_VERIFY(!forgot.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().isEmpty());
    QVERIFY2(forgot.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("sends no mail")),
             qPrintable(forgot.findChild<QLabel*>(QStringLiteral("problemLabel"))->text()));
}

void TestHelpdesk::theDetailsPanelOpensTheCaseInThePanel()
{
    // An Admin on the users page: Password Help… in Nia's details opens her case on the helpdesk page.
    m_window.reset(openMainWindow(m_path, QStringLiteral("ada@example.org")));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    auto* pages = m_window->findChild<QStackedWidget*>();
    QVERIFY(pages->currentWidget() != helpdesk()); // an Admin starts on the users page
    const auto nia = await(m_window->backend()->passwordHelp()->signInFactsByEmail(*m_window->currentOperator(),
                                                                                 QStringLiteral("nia@example.org")));
    QVERIFY(nia.ok());
    m_window->detailsPanel()->showMember(nia.value().accountId, 1);
    auto* help = m_window->detailsPanel()->findChild<QPushButton*>(QStringLiteral("passwordHelpButton"));
    QTRY_VERIFY(help->isEnabled());
    help->click();
    QTRY_COMPARE(pages->currentWidget(), helpdesk());
    QTRY_VERIFY(helpdesk()->shownPerson().has_value());
    QCOMPARE(helpdesk()->shownPerson()->email, QStringLiteral("nia@example.org"));
    QTRY_COMPARE(QApplication::focusWidget(), searchBox());
    // An Admin may also sign in as her, not as another Admin.
    auto* asThem = helpdesk()->findChild<QPushButton*>(QStringLiteral("impersonateButton"));
    QVERIFY(asThem->isVisible());
    QVERIFY(asThem->isEnabled());
    asThem->click();
    auto* reason = waitForDialog<QInputDialog>(m_window.get(), QStringLiteral("impersonationReason"));
    reason->setTextValue(QStringLiteral("Ticket 12: her dashboard is empty"));
    reason->accept();
    auto* shown = waitForDialog<SecretShownOnceDialog>(m_window.get(), QStringLiteral("secretShownOnceDialog"));
    const QString link = shown->findChild<QLineEdit*>(QStringLiteral("secretField"))->text();
    QCOMPARE(linkToken(link).first, QStringLiteral("impersonate"));
    QVERIFY(shown->findChild<QPushButton*>(QStringLiteral("openSecretButton")));
    shown->reject();
    DirectSql direct(m_path);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT reason FROM audit_log WHERE action = 'member.impersonation_issued'"))
                 .toString(),
             QStringLiteral("Ticket 12: her dashboard is empty"));
}

void TestHelpdesk::aHelpdeskOperatorSeesTheUsersReadOnly()
{
    // Hal may look at Nia's details and help her password, but edit or disable nothing; himself
    // he may edit.
    const Operator hal = *m_window->currentOperator();
    const auto nia = await(m_window->backend()->passwordHelp()->signInFactsByEmail(hal, QStringLiteral("nia@example.org")));
    QVERIFY(nia.ok());
    UserDetailsPanel* panel = m_window->detailsPanel();
    panel->showMember(nia.value().accountId, 1);
    QTRY_COMPARE(panel->findChild<QLabel*>(QStringLiteral("detailsName"))->text(), QStringLiteral("Nia Nakamura"));
    auto* editButton = panel->findChild<QPushButton*>(QStringLiteral("detailsEditButton"));
    QTRY_VERIFY(!editButton->toolTip().isEmpty());
    QVERIFY(!editButton->isEnabled());
    QVERIFY2(editButton->toolTip().contains(QStringLiteral("Helpdesk")), qPrintable(editButton->toolTip()));
    QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("passwordHelpButton"))->isEnabled());
    panel->showMember(hal.accountId, 1);
    QTRY_COMPARE(panel->findChild<QLabel*>(QStringLiteral("detailsName"))->text(), QStringLiteral("Hal Helpdesk"));
    QTRY_VERIFY(editButton->isEnabled());
}

QTEST_MAIN(TestHelpdesk)
#include "tst_helpdesk.moc"
