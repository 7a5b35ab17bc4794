#include "ui/helpdesk/helpdeskview.h"

#include "connection/session.h"
#include "core/clock.h"
#include "models/timeformat.h"
#include "ui/common/gate.h"
#include "ui/common/icons.h"
#include "ui/helpdesk/callercheckdialog.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace usher {

namespace {
constexpr int matchLimit = 8;

/// "Send Reset Link (Ctrl+R)": the shortcut shown on the button, as the panel promises.
QString withShortcut(const QString& text, const QKeySequence& keys)
{
    return QStringLiteral("%1  (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

QPushButton* actionButton(const QString& name, const QString& text, const QKeySequence& keys, QWidget* parent)
{
    auto* button = new QPushButton(withShortcut(text, keys), parent);
    button->setObjectName(name);
    auto* shortcut = new QShortcut(keys, parent);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled() && button->isVisible()) {
            button->click();
        }
    });
    return button;
}
} // namespace

PageInfo HelpdeskView::pageInfo()
{
    return {QStringLiteral("helpdesk"), tr("&Helpdesk"), bundledIcon(QStringLiteral("search")),
            QKeySequence(Qt::CTRL | Qt::Key_5), tr("Why can't someone sign in? Reset, unlock and diagnose"),
            Backend::Feature::PasswordHelp, Action::ResetPassword};
}

HelpdeskView::HelpdeskView(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_typingDelay(new QTimer(this))
    , m_card(new QWidget(this))
    , m_emptyNote(new QLabel(this))
    , m_name(new QLabel(this))
    , m_who(new QLabel(this))
    , m_state(new QLabel(this))
    , m_diagnosisSummary(new QLabel(this))
    , m_diagnosisText(new QLabel(this))
    , m_fix(actionButton(QStringLiteral("fixButton"), tr("Fix"), QKeySequence(Qt::CTRL | Qt::Key_Return), this))
    , m_reset(actionButton(QStringLiteral("resetButton"), tr("Send Reset Link"), QKeySequence(Qt::CTRL | Qt::Key_R), this))
    , m_temporary(actionButton(QStringLiteral("temporaryPasswordButton"), tr("Temporary Password"),
                               QKeySequence(Qt::CTRL | Qt::Key_T), this))
    , m_unlock(actionButton(QStringLiteral("helpdeskUnlockButton"), tr("Unlock Sign-in"),
                            QKeySequence(Qt::CTRL | Qt::Key_U), this))
    , m_impersonate(actionButton(QStringLiteral("impersonateButton"), tr("Sign In as Them"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this))
    , m_failures(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("helpdeskView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    m_search->setObjectName(QStringLiteral("helpdeskSearch"));
    m_search->setPlaceholderText(tr("Who is calling? Name, email or id, then Enter"));
    m_search->setAccessibleName(tr("Find the caller"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(bundledIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_matches->setObjectName(QStringLiteral("helpdeskMatches"));
    m_matches->setAccessibleName(tr("People found"));
    m_matches->setMinimumWidth(220);
    m_matches->setSpacing(2);
    m_matches->setTextElideMode(Qt::ElideRight);
    m_matches->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The card: who, their state, the diagnosis and the help.
    auto* cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(8, 0, 0, 0);
    cardLayout->setSpacing(8);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setObjectName(QStringLiteral("helpdeskName"));
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_who->setObjectName(QStringLiteral("helpdeskWho"));
    m_who->setWordWrap(true);
    m_who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("helpdeskState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    cardLayout->addWidget(m_name);
    cardLayout->addWidget(m_who);
    cardLayout->addWidget(m_state);

    auto* diagnosis = new QFrame(m_card);
    diagnosis->setObjectName(QStringLiteral("diagnosisBox"));
    diagnosis->setFrameShape(QFrame::StyledPanel);
    diagnosis->setAutoFillBackground(true);
    QPalette tinted = diagnosis->palette();
    tinted.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd8));
    tinted.setColor(QPalette::WindowText, QColor(0x3d, 0x2b, 0x00));
    diagnosis->setPalette(tinted);
    auto* diagnosisLayout = new QVBoxLayout(diagnosis);
    diagnosisLayout->setContentsMargins(12, 10, 12, 10);
    m_diagnosisSummary->setObjectName(QStringLiteral("diagnosisSummary"));
    m_diagnosisSummary->setWordWrap(true);
    QFont bold = m_diagnosisSummary->font();
    bold.setBold(true);
    m_diagnosisSummary->setFont(bold);
    m_diagnosisText->setObjectName(QStringLiteral("diagnosisText"));
    m_diagnosisText->setWordWrap(true);
    diagnosisLayout->addWidget(m_diagnosisSummary);
    diagnosisLayout->addWidget(m_diagnosisText);
    auto* fixRow = new QHBoxLayout;
    fixRow->addWidget(m_fix);
    fixRow->addStretch();
    diagnosisLayout->addLayout(fixRow);
    cardLayout->addWidget(diagnosis);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(6);
    for (QPushButton* button : {m_reset, m_temporary, m_unlock, m_impersonate}) {
        actions->addWidget(button);
    }
    actions->addStretch();
    cardLayout->addLayout(actions);

    auto* failuresTitle = new QLabel(tr("Recent failed sign-ins"), m_card);
    failuresTitle->setFont(bold);
    cardLayout->addWidget(failuresTitle);
    m_failures->setObjectName(QStringLiteral("helpdeskFailures"));
    m_failures->setAccessibleName(tr("Recent failed sign-ins"));
    m_failures->setRootIsDecorated(false);
    m_failures->setHeaderLabels({tr("When"), tr("Why"), tr("Where"), tr("Device")});
    m_failures->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_failures->header()->setStretchLastSection(true);
    m_failures->setFocusPolicy(Qt::NoFocus);
    cardLayout->addWidget(m_failures, 1);

    m_emptyNote->setObjectName(QStringLiteral("helpdeskEmpty"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setText(tr("Type the caller's name or email above and press Enter.\nTheir sign-in state, what stops "
                            "them and the fix appear here."));

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_emptyNote, 1);
    rightLayout->addWidget(m_card, 1);
    m_card->hide();
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("helpdeskSplitter"));
    split->addWidget(m_matches);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 700});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(150);
    connect(m_search, &QLineEdit::textEdited, m_typingDelay, qOverload<>(&QTimer::start));
    connect(m_typingDelay, &QTimer::timeout, this, &HelpdeskView::search);
    connect(m_search, &QLineEdit::returnPressed, this, &HelpdeskView::openCurrent);
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        openPerson(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_fix, &QPushButton::clicked, this, &HelpdeskView::applyFix);
    connect(m_reset, &QPushButton::clicked, this, &HelpdeskView::resetPassword);
    connect(m_temporary, &QPushButton::clicked, this, &HelpdeskView::setTemporaryPassword);
    connect(m_unlock, &QPushButton::clicked, this, &HelpdeskView::unlock);
    connect(m_impersonate, &QPushButton::clicked, this, &HelpdeskView::impersonate);
    setFocusProxy(m_search);
    updateActions();
}

void HelpdeskView::setSession(Session* session)
{
    session->follow(
        this, Backend::Feature::PasswordHelp,
        [this](Backend* backend, const Id& workspaceId) { setContext(backend, workspaceId); },
        [this](const std::optional<Operator>& op) { setOperator(op); }, Topic::Members, [this] { reload(); });
}

void HelpdeskView::setMailConfigured(bool configured)
{
    m_mailConfigured = configured;
    updateActions();
}

void HelpdeskView::setContext(Backend* backend, const Id& workspaceId)
{
    m_backend = backend;
    m_workspaceId = workspaceId;
    // Another workspace's people must not stay on screen.
    m_searches.next();
    m_opens.next();
    m_facts.reset();
    m_matches->clear();
    m_card->hide();
    m_emptyNote->show();
    updateActions();
}

void HelpdeskView::setOperator(const std::optional<Operator>& op)
{
    m_operator = op;
    updateActions();
    reload();
}

void HelpdeskView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_search->setFocus();
    m_search->selectAll();
}

bool HelpdeskView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_matches->count() > 0) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_matches->setCurrentRow(qBound(0, m_matches->currentRow() + step, m_matches->count() - 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HelpdeskView::search()
{
    m_typingDelay->stop();
    const quint64 ticket = m_searches.next();
    const QString text = m_search->text().trimmed();
    if (!m_backend || !m_backend->members() || text.isEmpty()) {
        m_matches->clear();
        return;
    }
    // Everyone whatever their status, the deleted too: they call as well.
    auto request = [this, text](std::optional<Status> status) {
        UserPageRequest page;
        page.filter.workspaceId = m_workspaceId;
        page.filter.search = text;
        page.filter.status = status;
        page.limit = matchLimit;
        return m_backend->members()->listUsers(page);
    };
    auto deleted = std::make_shared<QList<UserSummary>>();
    whenCurrent(request(Status::Deleted), this, m_searches, ticket, [this, ticket, deleted, request](const Result<UserPage>& gone) {
        if (gone.ok()) {
            *deleted = gone.value().rows;
        }
        whenCurrent(request(std::nullopt), this, m_searches, ticket, [this, deleted](const Result<UserPage>& found) {
            m_matches->clear();
            if (!found.ok()) {
                emit message(found.error().message);
                return;
            }
            for (const UserSummary& person : found.value().rows + *deleted) {
                // The status first on the second line, so a narrow list never cuts it off.
                auto* item = new QListWidgetItem(QStringLiteral("%1\n%2 · %3")
                                                     .arg(person.displayName, statusDisplayName(person.status),
                                                          person.email),
                                                 m_matches);
                item->setToolTip(person.email);
                item->setData(Qt::UserRole, person.accountId.number());
            }
            m_matches->setCurrentRow(0);
            if (m_openWhenFound) {
                m_openWhenFound = false;
                openCurrent();
            }
        });
    });
}

void HelpdeskView::openCurrent()
{
    if (m_typingDelay->isActive()) {
        // Enter before the search ran: search now, then open its best match.
        m_openWhenFound = true;
        search();
        return;
    }
    const QString text = m_search->text().trimmed();
    if (QListWidgetItem* item = m_matches->currentItem()) {
        openPerson(item->data(Qt::UserRole).toLongLong());
    } else if (text.contains(QLatin1Char('@'))) {
        openByEmail(text); // someone no longer listed here: removed from the workspace
    } else if (bool number = false; text.toLongLong(&number) > 0 && number) {
        openPerson(text.toLongLong());
    } else if (!text.isEmpty()) {
        emit message(tr("Nobody here matches \"%1\".").arg(text));
    }
}

void HelpdeskView::openPerson(const Id& accountId)
{
    if (!m_backend || !m_backend->passwordHelp() || !m_operator) {
        return;
    }
    whenCurrent(m_backend->passwordHelp()->signInFacts(*m_operator, accountId), this, m_opens, m_opens.next(),
                [this](const Result<SignInFacts>& facts) { showFacts(facts); });
}

void HelpdeskView::showPerson(const Id& accountId)
{
    m_searches.next();
    m_matches->clear();
    m_search->clear();
    openPerson(accountId);
    backToSearch();
}

void HelpdeskView::openByEmail(const QString& email)
{
    if (!m_backend || !m_backend->passwordHelp() || !m_operator) {
        return;
    }
    whenCurrent(m_backend->passwordHelp()->signInFactsByEmail(*m_operator, email), this, m_opens, m_opens.next(),
                [this](const Result<SignInFacts>& facts) { showFacts(facts); });
}

void HelpdeskView::reload()
{
    if (m_facts) {
        openPerson(m_facts->accountId);
    }
}

void HelpdeskView::showFacts(const Result<SignInFacts>& result)
{
    if (!result.ok()) {
        emit message(result.error().message);
        return;
    }
    m_facts = result.value();
    const SignInFacts& f = *m_facts;
    const QDateTime now = clock::now();
    m_diagnosis = diagnoseSignIn(f, m_operator ? m_operator->role : Role::Member, now);
    m_name->setText(f.name);
    QStringList who{f.email};
    if (!f.removedHere) {
        who << roleDisplayName(f.role) << statusDisplayName(f.status);
    }
    m_who->setText(who.join(QStringLiteral(" · ")));
    QStringList rows;
    auto row = [&rows](const QString& label, const QString& value) {
        rows << QStringLiteral("<tr><td style=\"padding-right: 12px; color: palette(placeholder-text);\">%1</td>"
                               "<td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Workspaces"), f.workspaces.isEmpty() ? tr("None") : f.workspaces.join(QStringLiteral(", ")));
    row(tr("Last signed in"), f.lastSignIn.isValid() ? relativeTime(f.lastSignIn, now) : tr("Never"));
    if (f.signInBlockedUntil.isValid() && f.signInBlockedUntil > now) {
        row(tr("Sign-in"), tr("Locked until %1 (%2)").arg(fullDateTime(f.signInBlockedUntil), timeLeft(now, f.signInBlockedUntil)));
    } else {
        row(tr("Sign-in"), f.failedSignIns > 0 ? tr("%n wrong password(s) in a row, not locked", nullptr, f.failedSignIns)
                                                : tr("Not locked"));
    }
    row(tr("Password"), !f.hasPassword           ? tr("None set")
                            : f.mustChangePassword ? tr("Temporary, to be changed at the next sign-in")
                                                   : tr("Set"));
    if (f.status == Status::Invited && f.invitationExpires.isValid()) {
        row(tr("Invitation"), f.invitationOpen ? tr("Open until %1 (%2)").arg(fullDateTime(f.invitationExpires),
                                                                           timeLeft(now, f.invitationExpires))
                                               : tr("Expired %1").arg(relativeTime(f.invitationExpires, now)));
    }
    if (f.resetLinkExpires.isValid()) {
        row(tr("Reset link"), tr("Sent, works until %1 (%2)").arg(fullDateTime(f.resetLinkExpires),
                                                                  timeLeft(now, f.resetLinkExpires)));
    }
    m_state->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    m_diagnosisSummary->setText(m_diagnosis.summary);
    m_diagnosisText->setText(m_diagnosis.explanation);
    m_failures->clear();
    for (const SignInEvent& event : f.recentFailures) {
        auto* item = new QTreeWidgetItem(m_failures);
        item->setText(0, fullDateTime(event.at));
        item->setText(1, signInFailureText(event.reason));
        item->setText(2, QStringList{event.location, event.ip}.join(QLatin1Char(' ')).trimmed());
        item->setText(3, QStringList{event.device, event.browser}.join(QStringLiteral(", ")));
    }
    if (f.recentFailures.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_failures);
        none->setText(0, tr("None"));
        none->setDisabled(true);
    }
    m_emptyNote->hide();
    m_card->show();
    updateActions();
}

void HelpdeskView::updateActions()
{
    const bool shown = m_facts.has_value() && m_operator.has_value();
    const Role me = m_operator ? m_operator->role : Role::Member;
    const bool self = shown && m_facts->accountId == m_operator->accountId;
    std::optional<QString> noPerson;
    if (!m_operator) {
        noPerson = signInFirst();
    } else if (!shown) {
        noPerson = tr("Find the caller first.");
    }
    std::optional<QString> help = noPerson;
    if (!help && m_facts->removedHere) {
        help = tr("%1 is no longer a member of this workspace.").arg(m_facts->name);
    }
    if (!help) {
        help = refusalOfPasswordHelp(me, m_facts->role, self);
    }
    std::optional<QString> activeOnly = help;
    if (!activeOnly && m_facts->status != Status::Active) {
        activeOnly = tr("%1 is %2: fix that first.").arg(m_facts->name, statusDisplayName(m_facts->status).toLower());
    }
    applyGate(m_reset, activeOnly,
              m_mailConfigured ? tr("Mail a single-use link to choose a new password; it unlocks sign-in too")
                               : tr("A single-use link to choose a new password, to copy (no mail server is set up)"));
    applyGate(m_temporary, activeOnly,
              tr("A generated password, shown once, to be changed at the next sign-in; it unlocks sign-in too"));
    std::optional<QString> unlockWhy = help;
    if (!unlockWhy && m_facts->failedSignIns == 0 && !m_facts->signInBlockedUntil.isValid()) {
        unlockWhy = tr("No wrong passwords to forget.");
    }
    applyGate(m_unlock, unlockWhy, tr("Forget the wrong passwords, so the next sign-in is checked at once"));
    std::optional<QString> asThem = noPerson;
    if (!asThem && m_facts->removedHere) {
        asThem = tr("%1 is no longer a member of this workspace.").arg(m_facts->name);
    }
    if (!asThem) {
        asThem = refusalOfImpersonation(me, m_facts->role, self);
    }
    m_impersonate->setVisible(me == Role::Admin);
    applyGate(m_impersonate, asThem, tr("A 15-minute, single-use sign-in to the web product as this person, shown with "
                                        "a banner there"));
    // Unlock and reset are on the row of actions already: the diagnosis names their shortcut
    // instead of a second button.
    const bool inRow = m_diagnosis.fix == SignInFix::Unlock || m_diagnosis.fix == SignInFix::SendResetLink;
    const bool fixable = shown && m_diagnosis.fix != SignInFix::None && !inRow;
    m_fix->setVisible(fixable);
    if (shown && inRow) {
        const QPushButton* button = m_diagnosis.fix == SignInFix::Unlock ? m_unlock : m_reset;
        m_diagnosisText->setText(m_diagnosis.explanation + QLatin1Char('\n')
                                 + (button->isEnabled() ? tr("Fix: %1.").arg(button->text())
                                                        : tr("Fix: %1, which you cannot do: %2")
                                                              .arg(m_diagnosis.fixLabel, button->toolTip())));
    }
    if (fixable) {
        m_fix->setText(withShortcut(m_diagnosis.fixLabel, QKeySequence(Qt::CTRL | Qt::Key_Return)));
        applyGate(m_fix, m_diagnosis.fixRefused, m_diagnosis.summary);
    }
}

void HelpdeskView::applyFix()
{
    if (!m_facts || !m_operator || !m_backend) {
        return;
    }
    const Operator op = *m_operator;
    const Id person = m_facts->accountId;
    const QString name = m_facts->name;
    const QString email = m_facts->email;
    switch (m_diagnosis.fix) {
    case SignInFix::None:
        return;
    case SignInFix::Unlock:
        unlock();
        return;
    case SignInFix::SendResetLink:
        resetPassword();
        return;
    case SignInFix::Invite:
        emit inviteRequested(m_facts->email);
        return;
    case SignInFix::ResendInvitation:
        whenDone(m_backend->invitations()->resendInvitationsOf(op, {person}, std::nullopt, m_mailConfigured), this,
                 [this, email](const Result<QList<InvitationOutcome>>& result) {
                     if (!result.ok()) {
                         failed(tr("Invitation Not Sent"), result.error());
                         return;
                     }
                     if (result.value().isEmpty() || !result.value().first().done) {
                         failed(tr("Invitation Not Sent"),
                                BackendError{BackendError::Kind::Refused,
                                             result.value().isEmpty() ? QString() : result.value().first().why, {}, 0});
                         return;
                     }
                     const InvitationOutcome& outcome = result.value().first();
                     if (!outcome.link.isEmpty()) {
                         auto* shown = new SecretShownOnceDialog(tr("New Invitation Link"),
                                                                 tr("The old link no longer works. Give them this one:"),
                                                                 outcome.link, {}, this);
                         shown->setAttribute(Qt::WA_DeleteOnClose);
                         connect(shown, &QDialog::finished, this, &HelpdeskView::backToSearch);
                         shown->open();
                     } else {
                         emit message(tr("A new invitation is on its way to %1.").arg(email));
                         backToSearch();
                     }
                     emit membersChanged();
                     reload();
                 });
        return;
    case SignInFix::Restore:
    case SignInFix::Reactivate: {
        MemberChange change;
        change.operation = m_diagnosis.fix == SignInFix::Restore ? MemberOperation::Restore : MemberOperation::Reactivate;
        change.targets = {MemberTarget{person, {}}};
        change.reason = tr("Helpdesk: the person could not sign in");
        whenDone(m_backend->members()->changeMembers(op, change), this,
                 [this, name](const Result<QList<MemberOutcome>>& result) {
                     if (!result.ok()) {
                         failed(tr("Not Changed"), result.error());
                     } else if (!result.value().isEmpty() && !result.value().first().done) {
                         failed(tr("Not Changed"),
                                BackendError{BackendError::Kind::Refused, result.value().first().why, {}, 0});
                     } else {
                         emit message(tr("%1 can sign in again.").arg(name));
                     }
                     emit membersChanged();
                     reload();
                     backToSearch();
                 });
        return;
    }
    }
}

void HelpdeskView::askVerification(const QString& what, const QString& consequence, bool offerSignOut,
                                   std::function<void(const CallerVerification&, bool)> then)
{
    auto* dialog = new CallerCheckDialog(what, consequence, offerSignOut, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, then = std::move(then)](int result) {
        if (result != QDialog::Accepted) {
            backToSearch();
            return;
        }
        then(dialog->verification(), dialog->signOutEverywhere());
    });
    dialog->open();
}

void HelpdeskView::resetPassword()
{
    if (!m_facts || !m_operator || !m_backend || !m_reset->isEnabled()) {
        return;
    }
    const Operator op = *m_operator;
    const Id person = m_facts->accountId;
    const QString name = m_facts->name;
    const QString email = m_facts->email;
    askVerification(tr("Send %1 a password reset link").arg(m_facts->name),
                    m_mailConfigured ? tr("A single-use link goes to %1. Earlier links stop working.").arg(m_facts->email)
                                     : tr("You get a single-use link to give them. Earlier links stop working."),
                    true, [this, op, person, name, email](const CallerVerification& verification, bool signOut) {
                        PasswordHelpRequest request{person, verification, m_mailConfigured, signOut};
                        whenDone(m_backend->passwordHelp()->sendPasswordReset(op, request), this,
                                 [this, name, email](const Result<PasswordHelpOutcome>& result) {
                                     helped(result, false, name, email);
                                 });
                    });
}

void HelpdeskView::setTemporaryPassword()
{
    if (!m_facts || !m_operator || !m_backend || !m_temporary->isEnabled()) {
        return;
    }
    const Operator op = *m_operator;
    const Id person = m_facts->accountId;
    const QString name = m_facts->name;
    const QString email = m_facts->email;
    askVerification(tr("Set a temporary password for %1").arg(m_facts->name),
                    tr("Their current password stops working. They choose their own at the next sign-in."), true,
                    [this, op, person, name, email](const CallerVerification& verification, bool signOut) {
                        PasswordHelpRequest request{person, verification, false, signOut};
                        whenDone(m_backend->passwordHelp()->setTemporaryPassword(op, request), this,
                                 [this, name, email](const Result<PasswordHelpOutcome>& result) {
                                     helped(result, true, name, email);
                                 });
                    });
}

void HelpdeskView::unlock()
{
    if (!m_facts || !m_operator || !m_backend || !m_unlock->isEnabled()) {
        return;
    }
    const Operator op = *m_operator;
    const Id person = m_facts->accountId;
    const QString name = m_facts->name;
    askVerification(tr("Unlock sign-in for %1").arg(m_facts->name),
                    tr("Their next password is checked at once. If they forgot it, send a reset instead."), false,
                    [this, op, person, name](const CallerVerification& verification, bool) {
    whenDone(m_backend->passwordHelp()->unlockSignIn(op, person, verification), this,
             [this, name](const Result<Done>& result) {
                 if (!result.ok()) {
                     failed(tr("Sign-in Not Unlocked"), result.error());
                     return;
                 }
                 emit message(tr("Sign-in unlocked for %1.").arg(name));
                 emit membersChanged();
                 reload();
                 backToSearch();
             });
                    });
}

void HelpdeskView::impersonate()
{
    if (!m_facts || !m_operator || !m_backend || !m_impersonate->isEnabled()) {
        return;
    }
    // Opened, not exec'd: no nested event loop, and tests can answer it.
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("impersonationReason"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Sign In as %1").arg(m_facts->name));
    ask->setLabelText(tr("A single-use sign-in to the web product as %1 for 15 minutes, marked there with a banner "
                         "and recorded in the audit log. Why do you need it?")
                          .arg(m_facts->name));
    ask->setOkButtonText(tr("Issue Sign-in Link"));
    const Operator op = *m_operator;
    const Id person = m_facts->accountId;
    connect(ask, &QDialog::rejected, this, &HelpdeskView::backToSearch);
    connect(ask, &QInputDialog::textValueSelected, this, [this, op, person](const QString& reason) {
    whenDone(m_backend->passwordHelp()->impersonate(op, person, reason), this,
             [this](const Result<PasswordHelpOutcome>& result) {
                 if (!result.ok()) {
                     failed(tr("No Sign-in Issued"), result.error());
                     return;
                 }
                 auto* shown = new SecretShownOnceDialog(
                     tr("Sign-in Link"), tr("Open this link in your browser within 15 minutes; it works once:"),
                     result.value().link, tr("Anyone who has the link can use it until then: do not send it on."),
                     this, true);
                 shown->setAttribute(Qt::WA_DeleteOnClose);
                 connect(shown, &QDialog::finished, this, &HelpdeskView::backToSearch);
                 shown->open();
             });
    });
    ask->open();
}

void HelpdeskView::helped(const Result<PasswordHelpOutcome>& result, bool temporary, const QString& name,
                          const QString& email)
{
    if (!result.ok()) {
        failed(temporary ? tr("No Temporary Password Set") : tr("No Reset Link Sent"), result.error());
        return;
    }
    const PasswordHelpOutcome& outcome = result.value();
    QStringList also;
    if (outcome.wasLocked) {
        also << tr("Sign-in is unlocked.");
    }
    if (outcome.sessionsRevoked > 0) {
        also << tr("%n session(s) signed out.", nullptr, outcome.sessionsRevoked);
    }
    emit membersChanged();
    reload();
    if (outcome.mailed) {
        emit message((QStringList{tr("A reset link is on its way to %1.").arg(email)} << also)
                         .join(QLatin1Char(' ')));
        backToSearch();
        return;
    }
    auto* shown = temporary
        ? new SecretShownOnceDialog(tr("Temporary Password"),
                                    tr("Read this to %1 or hand it over; it is shown only now:").arg(name),
                                    outcome.temporaryPassword,
                                    (QStringList{tr("They must choose their own password when they next sign in.")}
                                     << also)
                                        .join(QLatin1Char(' ')),
                                    this)
        : new SecretShownOnceDialog(tr("Reset Link"), tr("Give this link to %1; it is shown only now:").arg(name),
                                    outcome.link,
                                    (QStringList{tr("It works once, until %1.").arg(fullDateTime(outcome.expires))}
                                     << also)
                                        .join(QLatin1Char(' ')),
                                    this);
    shown->setAttribute(Qt::WA_DeleteOnClose);
    connect(shown, &SecretShownOnceDialog::copied, this, [this] { emit message(tr("Copied to the clipboard.")); });
    connect(shown, &QDialog::finished, this, &HelpdeskView::backToSearch);
    shown->open();
}

void HelpdeskView::failed(const QString& title, const BackendError& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, &HelpdeskView::backToSearch);
    box->open();
    reload();
}

void HelpdeskView::backToSearch()
{
    window()->activateWindow();
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace usher
