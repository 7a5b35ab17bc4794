#include "ui/users/userdetailspanel.h"

#include "core/signinhelp.h"
#include "ui/helpdesk/callercheckdialog.h"

#include "ui/common/elidedlabel.h"

#include "core/clamp.h"
#include "connection/session.h"
#include "connection/backend.h"
#include "connection/whendone.h"
#include "models/timeformat.h"
#include "ui/common/gate.h"
#include "ui/common/icons.h"
#include "ui/common/problemlabel.h"
#include "ui/users/memberactions.h"
#include "ui/users/userdelegates.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace usher {

namespace {
QTreeWidget* makeList(const QStringList& headers, QWidget* parent, const QString& name)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
}

QTreeWidgetItem* timedItem(const QDateTime& when, const QStringList& rest)
{
    auto* item = new QTreeWidgetItem(QStringList{relativeTime(when)} + rest);
    item->setToolTip(0, fullDateTime(when));
    return item;
}

/// A sentence in the middle of a list while it has no rows ("Not signed in anywhere now."),
/// instead of bare column headings. It lives as long as its label; showFor() places it after
/// the list is filled, and it follows the list's size.
class EmptyListNote : public QObject
{
public:
    EmptyListNote(QTreeWidget* list, const QString& text)
        : QObject(new QLabel(text, list->viewport()))
        , m_list(list)
        , m_note(static_cast<QLabel*>(parent()))
    {
        m_note->setObjectName(list->objectName() + QStringLiteral("Empty"));
        m_note->setAlignment(Qt::AlignCenter);
        m_note->setWordWrap(true);
        m_note->setEnabled(false);
        list->viewport()->installEventFilter(this);
        place();
    }
    /// Shows or hides the note of `list` (made by the constructor) for the rows it has now.
    static void showFor(QTreeWidget* list)
    {
        if (auto* note = list->viewport()->findChild<QLabel*>(list->objectName() + QStringLiteral("Empty"))) {
            for (QObject* child : note->children()) {
                if (auto* self = dynamic_cast<EmptyListNote*>(child)) {
                    self->place();
                }
            }
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize) {
            place();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void place()
    {
        m_note->setGeometry(m_list->viewport()->rect().adjusted(12, 12, -12, -12));
        m_note->setVisible(m_list->topLevelItemCount() == 0);
    }

    QTreeWidget* m_list;
    QLabel* m_note;
};

/// A small bold title over one part of a tab.
QLabel* makeHeading(QWidget* parent, const QString& name)
{
    auto* heading = new QLabel(parent);
    heading->setObjectName(name);
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    return heading;
}

/// A tab page of two parts, one above the other, that share its height (the person drags the
/// line between them).
QSplitter* makeParts(QWidget* parent, std::initializer_list<std::initializer_list<QWidget*>> parts)
{
    auto* splitter = new QSplitter(Qt::Vertical, parent);
    splitter->setChildrenCollapsible(false);
    for (const auto& part : parts) {
        auto* page = new QWidget(splitter);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 6, 0, 0);
        layout->setSpacing(4);
        for (QWidget* widget : part) {
            layout->addWidget(widget, qobject_cast<QTreeWidget*>(widget) || qobject_cast<QListWidget*>(widget) ? 1 : 0);
        }
        splitter->addWidget(page);
    }
    return splitter;
}
} // namespace


UserDetailsPanel::UserDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_avatar(new QLabel(this))
    , m_name(new ElidedLabel(this))
    , m_email(new ElidedLabel(this))
    , m_badges(new QLabel(this))
    , m_edit(new QPushButton(bundledIcon(QStringLiteral("edit")), tr("&Edit…"), this))
    , m_disable(new QToolButton(this))
    , m_reactivate(new QToolButton(this))
    , m_resend(new QToolButton(this))
    , m_restore(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_profile(new QLabel(this))
    , m_groups(new QListWidget(this))
    , m_groupProblem(makeProblemLabel(this))
    , m_groupDone(new QLabel(this))
    , m_groupsHeading(makeHeading(this, QStringLiteral("groupsHeading")))
    , m_permissionsHeading(makeHeading(this, QStringLiteral("permissionsHeading")))
    , m_permissions(makeList({tr("Permission"), tr("Granted by")}, this, QStringLiteral("permissionList")))
    , m_signIns(makeList({tr("When"), tr("Result"), tr("IP address"), tr("Device and browser"), tr("Location")}, this,
                         QStringLiteral("signInList")))
    , m_sessions(makeList({tr("Last active"), tr("Device and browser"), tr("IP address"), tr("Location")}, this,
                          QStringLiteral("sessionList")))
    , m_sessionsHeading(makeHeading(this, QStringLiteral("sessionsHeading")))
    , m_signInsHeading(makeHeading(this, QStringLiteral("signInsHeading")))
    , m_revoke(new QPushButton(tr("&Revoke"), this))
    , m_revokeAll(new QPushButton(tr("Revoke &All"), this))
    , m_unlockSignIn(new QPushButton(tr("&Unlock Sign-in"), this))
    , m_passwordHelp(new QPushButton(tr("&Password Help…"), this))
    , m_audit(makeList({tr("When"), tr("Who"), tr("What"), tr("Change")}, this, QStringLiteral("memberAuditList")))
{
    setObjectName(QStringLiteral("userDetailsPanel"));
    setMinimumWidth(280);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_placeholder->setText(tr("Select a user to see their details."));

    auto* details = new QWidget(this);
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    m_avatar->setFixedSize(56, 56);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    auto* names = new QVBoxLayout;
    names->setSpacing(2);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setWeight(QFont::DemiBold);
    m_name->setObjectName(QStringLiteral("detailsName"));
    m_name->setFont(big);
    // One line each, ended with "…" when the panel is narrow (the tooltip has them whole).
    m_email->setObjectName(QStringLiteral("detailsEmail"));
    m_badges->setObjectName(QStringLiteral("detailsBadges"));
    m_badges->setWordWrap(true); // role, status, days left to restore, a slowed sign-in: on as many lines as they need
    names->addWidget(m_name);
    names->addWidget(m_email);
    names->addWidget(m_badges);
    header->addLayout(names, 1);
    layout->addLayout(header);
    // What can be done to this person, right here: the same actions as the Users menu (the same
    // checks, confirmations and reasons when they may not), those that fit their status shown.
    auto* actions = new QHBoxLayout;
    actions->setSpacing(6);
    for (QToolButton* button : {m_disable, m_reactivate, m_resend, m_restore}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->hide();
        actions->addWidget(button);
    }
    m_disable->setObjectName(QStringLiteral("detailsDisableButton"));
    m_reactivate->setObjectName(QStringLiteral("detailsReactivateButton"));
    m_resend->setObjectName(QStringLiteral("detailsResendButton"));
    m_restore->setObjectName(QStringLiteral("detailsRestoreButton"));
    actions->addStretch();
    m_edit->setObjectName(QStringLiteral("detailsEditButton"));
    actions->addWidget(m_edit);
    layout->addLayout(actions);

    m_profile->setObjectName(QStringLiteral("detailsProfile"));
    m_profile->setWordWrap(true);
    m_profile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_profile->setContentsMargins(8, 8, 8, 8);
    m_groups->setObjectName(QStringLiteral("detailsGroups"));
    m_groupProblem->setObjectName(QStringLiteral("groupProblem"));
    m_groupsHeading->setText(tr("Groups"));
    // A tick changes the person at once; what it did is said under the list, with an Undo.
    m_groupDone->setObjectName(QStringLiteral("groupChangeDone"));
    m_groupDone->setWordWrap(true);
    m_groupDone->setTextFormat(Qt::RichText);
    m_groupDone->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_groupDone->hide();
    connect(m_groupDone, &QLabel::linkActivated, this, [this] {
        if (m_lastGroupChange && m_lastGroupChange->accountId == m_accountId) {
            const LastGroupChange undo = *m_lastGroupChange;
            m_lastGroupChange.reset();
            m_undoing = true;
            toggleGroup(undo.groupId, !undo.add);
        }
    });
    QSplitter* accessPage = makeParts(
        this, {{m_groupsHeading, m_groups, m_groupProblem, m_groupDone}, {m_permissionsHeading, m_permissions}});
    accessPage->setObjectName(QStringLiteral("detailsAccess"));
    connect(m_groups, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const Id id = item->data(Qt::UserRole).value<Id>();
        if (id != 0) {
            toggleGroup(id, item->checkState() == Qt::Checked);
        }
    });
    // Four tabs, so that each is named in full in a narrow panel: what the person may do (their
    // groups and what those grant) and where they are signed in (now, and lately) share a tab.
    m_revoke->setObjectName(QStringLiteral("revokeSessionButton"));
    m_revokeAll->setObjectName(QStringLiteral("revokeAllButton"));
    m_unlockSignIn->setObjectName(QStringLiteral("unlockSignInButton"));
    auto* sessionButtons = new QWidget(this);
    auto* sessionButtonsLayout = new QHBoxLayout(sessionButtons);
    sessionButtonsLayout->setContentsMargins(0, 0, 0, 0);
    sessionButtonsLayout->addStretch();
    sessionButtonsLayout->addWidget(m_revoke);
    sessionButtonsLayout->addWidget(m_revokeAll);
    auto* signInButtons = new QWidget(this);
    auto* signInButtonsLayout = new QHBoxLayout(signInButtons);
    signInButtonsLayout->setContentsMargins(0, 0, 0, 0);
    signInButtonsLayout->addStretch();
    signInButtonsLayout->addWidget(m_passwordHelp);
    signInButtonsLayout->addWidget(m_unlockSignIn);
    m_passwordHelp->setObjectName(QStringLiteral("passwordHelpButton"));
    connect(m_passwordHelp, &QPushButton::clicked, this, [this] {
        if (m_accountId != 0) {
            emit passwordHelpRequested(m_accountId);
        }
    });
    m_signInsHeading->setText(tr("Recent sign-ins"));
    QSplitter* signInsPage = makeParts(
        this, {{m_sessionsHeading, m_sessions, sessionButtons}, {m_signInsHeading, m_signIns, signInButtons}});
    signInsPage->setObjectName(QStringLiteral("detailsSignIns"));
    new EmptyListNote(m_sessions, tr("Not signed in anywhere now."));
    new EmptyListNote(m_signIns, tr("No sign-ins yet."));
    new EmptyListNote(m_audit, tr("Nothing has been changed about this person yet."));
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    // Every tab stays in view: no arrows, and where the panel is too narrow for the names they
    // give way to icons, each named in its tooltip (fitTabs()), as the toolbar's buttons do.
    m_tabs->tabBar()->setUsesScrollButtons(false);
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);
    m_tabs->addTab(m_profile, bundledIcon(QStringLiteral("role")), tr("Profile"));
    m_tabs->addTab(accessPage, bundledIcon(QStringLiteral("group")), tr("Access"));
    m_tabs->addTab(signInsPage, bundledIcon(QStringLiteral("connections")), tr("Sign-ins"));
    m_tabs->addTab(m_audit, bundledIcon(QStringLiteral("audit")), tr("Activity"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabNames.append(m_tabs->tabText(i));
        m_tabIcons.append(m_tabs->tabIcon(i));
        m_tabs->setTabToolTip(i, m_tabs->tabText(i));
    }
    m_tabs->installEventFilter(this);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(details);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_accountId); });
    connect(m_sessions, &QTreeWidget::itemSelectionChanged, this, &UserDetailsPanel::updateRevokeButtons);
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_sessions->currentItem()) {
            revoke(item->data(0, Qt::UserRole).value<Id>());
        }
    });
    connect(m_revokeAll, &QPushButton::clicked, this, [this] { revoke(0); });
    connect(m_unlockSignIn, &QPushButton::clicked, this, &UserDetailsPanel::unlockSignIn);
}

void UserDetailsPanel::setSession(Session* session)
{
    session->follow(
        this, Backend::Feature::Members, [this](Backend* backend, const Id& workspaceId) { setContext(backend, workspaceId); },
        [this](const std::optional<Operator>& op) { setOperator(op); },
        Topic::Members | Topic::Groups | Topic::AuditLog, [this] { reload(); });
}

void UserDetailsPanel::setContext(Backend* backend, const Id& workspaceId)
{
    m_backend = backend;
    m_workspaceId = workspaceId;
    showMember(0, 0);
}

void UserDetailsPanel::setOperator(const std::optional<Operator>& op)
{
    const bool otherViewer = (m_operator ? m_operator->accountId : 0) != (op ? op->accountId : 0);
    m_operator = op;
    updateRevokeButtons();
    fillGroups();
    if (otherViewer) {
        reload(); // what a viewer may see (the activity) depends on who they are
    }
}

void UserDetailsPanel::showMember(const Id& accountId, qint64 selected)
{
    if (accountId == m_accountId && accountId != 0) {
        return;
    }
    m_accountId = accountId;
    m_details.reset();
    showProblem(m_groupProblem, {});
    m_groupDone->hide(); // an undo is for the person it was offered with
    m_generation.next();
    if (accountId == 0 || !m_backend) {
        m_placeholder->setText(selected > 1 ? tr("%n users selected.", nullptr, clampToInt(selected))
                                            : tr("Select a user to see their details."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    reload();
}

void UserDetailsPanel::reload()
{
    if (!m_backend || m_accountId == 0) {
        return;
    }
    const quint64 generation = m_generation.next();
    whenCurrent(m_backend->members()->memberDetails(m_workspaceId, m_accountId, m_operator ? m_operator->accountId : 0), this, m_generation, generation,
             [this, generation](const Result<MemberDetails>& result) {
                 if (!result.ok()) {
                     m_placeholder->setText(result.error().message);
                     m_stack->setCurrentWidget(m_placeholder);
                     return;
                 }
                 fill(result.value());
             });
    if (!m_backend->groups()) {
        m_allGroups.clear();
        fillGroups();
        return;
    }
    whenDone(m_backend->groups()->listGroups(m_workspaceId), this, [this, generation](const Result<QList<GroupSummary>>& result) {
        if (!m_generation.isCurrent(generation) || !result.ok()) {
            return;
        }
        m_allGroups = result.value();
        fillGroups();
    });
}

void UserDetailsPanel::fillGroups()
{
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    if (!m_details) {
        return;
    }
    QHash<Id, bool> member;
    for (const GroupGrant& group : m_details->groups) {
        member.insert(group.groupId, true);
    }
    if (const auto absent = gateReason(m_backend, Backend::Feature::Groups)) {
        auto* none = new QListWidgetItem(*absent, m_groups);
        none->setFlags(Qt::NoItemFlags);
    } else if (m_allGroups.isEmpty()) {
        auto* none = new QListWidgetItem(tr("This workspace has no groups yet (see the Groups page)."), m_groups);
        none->setFlags(Qt::NoItemFlags);
    }
    const std::optional<QString> nobody = m_operator ? std::nullopt : std::optional<QString>(signInFirst());
    for (const GroupSummary& group : m_allGroups) {
        auto* item = new QListWidgetItem(group.name, m_groups);
        item->setData(Qt::UserRole, QVariant::fromValue(group.id));
        const bool in = member.contains(group.id);
        item->setCheckState(in ? Qt::Checked : Qt::Unchecked);
        if (group.synced) {
            item->setIcon(bundledIcon(QStringLiteral("synced")));
        }
        std::optional<QString> why = nobody;
        if (!why) {
            why = refusalToChangeGroupMember(m_operator->role, group, !in, m_details->membership.role);
        }
        QStringList grants;
        for (const QString& key : group.permissions) {
            grants << permissionTitle(key);
        }
        const QString about = grants.isEmpty() ? tr("Grants no permissions.")
                                               : tr("Grants: %1.").arg(grants.join(QStringLiteral(", ")));
        if (why) {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
            item->setToolTip(*why + QLatin1Char('\n') + about);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setToolTip((in ? tr("Untick to take them out of the group.") : tr("Tick to add them to the group."))
                             + QLatin1Char('\n') + about);
        }
    }
    m_groupsHeading->setText(tr("Groups (%1)").arg(m_details->groups.size()));
}

void UserDetailsPanel::toggleGroup(const Id& groupId, bool add)
{
    if (!m_backend || !m_backend->groups() || !m_operator || m_accountId == 0) {
        return;
    }
    GroupMembersChange change;
    change.groupId = groupId;
    change.add = add;
    change.accountIds = {m_accountId};
    showProblem(m_groupProblem, {});
    m_groupDone->hide();
    m_groups->setEnabled(false);
    QString groupName;
    for (const GroupSummary& group : std::as_const(m_allGroups)) {
        if (group.id == groupId) {
            groupName = group.name;
        }
    }
    const QString person = m_details ? m_details->account.displayName : QString();
    const bool isUndo = m_undoing;
    m_undoing = false;
    whenDone(m_backend->groups()->changeGroupMembers(*m_operator, change), this,
             [this, groupId, add, groupName, person, isUndo, accountId = m_accountId](
                 const Result<QList<MemberOutcome>>& result) {
                 m_groups->setEnabled(true);
                 QString why;
                 if (!result.ok()) {
                     why = result.error().message;
                 } else if (!result.value().isEmpty() && !result.value().first().done) {
                     why = result.value().first().why;
                 }
                 showProblem(m_groupProblem, why);
                 if (why.isEmpty() && accountId == m_accountId) {
                     const QString done = add ? tr("%1 is in “%2”.").arg(person, groupName)
                                              : tr("%1 is no longer in “%2”.").arg(person, groupName);
                     m_groupDone->setText(done.toHtmlEscaped()
                                          + (isUndo ? QString()
                                                    : QStringLiteral(" <a href=\"undo\">%1</a>").arg(tr("Undo"))));
                     m_groupDone->show();
                     if (!isUndo) {
                         m_lastGroupChange = LastGroupChange{accountId, groupId, add};
                     }
                 }
                 if (why.isEmpty()) {
                     emit membersChanged(); // the table's Groups column, the counts, this panel
                 } else {
                     reload();
                 }
             });
}

void UserDetailsPanel::fill(const MemberDetails& details)
{
    m_details = details;
    const Account& account = details.account;
    const Membership& membership = details.membership;
    m_avatar->setPixmap(avatarPixmap(account.avatar, account.displayName, 56, account.id));
    m_name->setText(account.displayName.isEmpty() ? account.email : account.displayName);
    m_email->setText(account.email);
    QString badges = QStringLiteral("%1 · %2").arg(roleDisplayName(membership.role), statusDisplayName(membership.status));
    if (membership.status == Status::Deleted && membership.deletedAt.isValid()) {
        const qint64 left = qMax<qint64>(
            0, recoveryDays - membership.deletedAt.daysTo(QDateTime::currentDateTimeUtc()));
        badges += QStringLiteral(" · ") + tr("%n day(s) left to restore", nullptr, int(left));
    }
    if (account.lockedUntil.isValid() && account.lockedUntil > QDateTime::currentDateTimeUtc()) {
        badges += QStringLiteral(" · ")
            + tr("%n wrong password(s): sign-in waits until %1", nullptr, account.failedSignIns)
                  .arg(fullDateTime(account.lockedUntil));
    }
    m_badges->setText(badges);

    // Labels on one line, quieter than the values yet readable: two thirds of the way from the
    // background to the text colour (about 7:1 on a light theme), whatever the theme.
    const QColor text = palette().color(QPalette::WindowText);
    const QColor ground = palette().color(QPalette::Window);
    const auto mix = [](double a, double b) { return a * 0.68 + b * 0.32; };
    const QString labelColour = QColor::fromRgbF(float(mix(text.redF(), ground.redF())),
                                                 float(mix(text.greenF(), ground.greenF())),
                                                 float(mix(text.blueF(), ground.blueF())))
                                    .name();
    const auto row = [&labelColour](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='padding:2px 12px 2px 0; color:%3; white-space:nowrap'>%1</td>"
                              "<td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), labelColour);
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("First name"), account.firstName);
    html += row(tr("Last name"), account.lastName);
    html += row(tr("Display name"), account.displayName);
    html += row(tr("Email"), account.email);
    html += row(tr("Role"), roleDisplayName(membership.role));
    html += row(tr("Status"), statusDisplayName(membership.status));
    html += row(tr("Source"), sourceDisplayName(membership.source));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (membership.status == Status::Invited) {
        // Not joined yet, never signed in here: when they were asked, and until when they can answer.
        html += row(tr("Invited"), fullDateTime(details.invitedAt.isValid() ? details.invitedAt : membership.joinedAt));
        html += row(tr("Invitation"),
                    !details.invitationExpires.isValid() ? tr("None open: invite them again to send a new link")
                        : details.invitationExpires > now
                        ? tr("Can be accepted until %1").arg(fullDateTime(details.invitationExpires))
                        : tr("Expired on %1").arg(fullDateTime(details.invitationExpires)));
    } else {
        html += row(tr("Joined"), fullDateTime(membership.joinedAt));
        html += row(tr("Last sign-in"),
                    membership.lastSeenAt.isValid() ? fullDateTime(membership.lastSeenAt) : tr("Never"));
    }
    if (membership.status == Status::Deleted && membership.deletedAt.isValid()) {
        html += row(tr("Deleted"), fullDateTime(membership.deletedAt));
        html += row(tr("Removed for good after"), fullDateTime(membership.deletedAt.addDays(recoveryDays)));
    }
    if (details.updatedAt.isValid()) {
        html += row(tr("Last changed"),
                    tr("%1 by %2").arg(fullDateTime(details.updatedAt),
                                       details.updatedBy.isEmpty() ? tr("someone no longer here") : details.updatedBy));
    }
    html += QStringLiteral("</table>");
    m_profile->setText(html);

    fillGroups();
    m_permissions->clear();
    for (const EffectivePermission& permission : details.permissions) {
        QStringList grantedBy;
        if (permission.fromRole) {
            grantedBy << tr("Role (%1)").arg(roleDisplayName(membership.role));
        }
        for (const QString& group : permission.groups) {
            grantedBy << tr("Group “%1”").arg(group);
        }
        auto* item = new QTreeWidgetItem({permissionTitle(permission.key), grantedBy.join(QStringLiteral(", "))});
        item->setToolTip(0, permission.key);
        m_permissions->addTopLevelItem(item);
    }
    if (details.permissions.isEmpty()) {
        auto* none = new QTreeWidgetItem({tr("No permissions: neither their role nor a group grants any.")});
        none->setFlags(Qt::NoItemFlags);
        m_permissions->addTopLevelItem(none);
    }
    m_permissionsHeading->setText(tr("Permissions (%1)").arg(details.permissions.size()));

    m_signIns->clear();
    for (const SignInEvent& event : details.signIns) {
        auto* item = timedItem(event.at,
                               {event.success ? tr("Signed in") : tr("Failed: %1").arg(signInFailureText(event.reason)),
                                event.ip, QStringLiteral("%1 · %2").arg(event.device, event.browser), event.location});
        if (!event.success) {
            item->setForeground(1, QColor(0xc5, 0x22, 0x1f));
        }
        m_signIns->addTopLevelItem(item);
    }
    m_sessions->clear();
    for (const SessionInfo& session : details.sessions) {
        auto* item = timedItem(session.lastActivityAt, {QStringLiteral("%1 · %2").arg(session.device, session.browser),
                                                        session.ip, session.location});
        item->setData(0, Qt::UserRole, QVariant::fromValue(session.id));
        m_sessions->addTopLevelItem(item);
    }
    m_sessionsHeading->setText(tr("Signed in now (%1)").arg(details.sessions.size()));
    showStatusActions(membership.status);
    m_audit->clear();
    for (const AuditEvent& event : details.audit) {
        m_audit->addTopLevelItem(
            timedItem(event.at, {event.actorName, auditActionName(event.action), auditChangeSummary(event)}));
    }
    if (!details.auditWithheld.isEmpty()) {
        // The activity is the audit log's: say why it is not shown rather than show an empty list.
        auto* why = new QTreeWidgetItem({tr("No activity shown: %1").arg(details.auditWithheld)});
        why->setFlags(Qt::NoItemFlags);
        why->setToolTip(0, why->text(0));
        m_audit->addTopLevelItem(why);
        why->setFirstColumnSpanned(true);
    }
    for (QTreeWidget* list : {m_sessions, m_signIns, m_audit}) {
        EmptyListNote::showFor(list);
    }
    updateRevokeButtons();
    m_stack->setCurrentIndex(1);
}

bool UserDetailsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tabs && event->type() == QEvent::Resize) {
        fitTabs();
    }
    return QWidget::eventFilter(watched, event);
}

void UserDetailsPanel::fitTabs()
{
    // Names with icons, else names alone, else icons alone: the first that fits.
    QTabBar* bar = m_tabs->tabBar();
    const auto show = [&](bool names, bool icons) {
        for (int i = 0; i < m_tabNames.size(); ++i) {
            bar->setTabText(i, names ? m_tabNames.at(i) : QString());
            bar->setTabIcon(i, icons ? m_tabIcons.at(i) : QIcon());
        }
        return bar->sizeHint().width() <= m_tabs->width();
    };
    if (!show(true, true) && !show(true, false)) {
        show(false, true);
    }
}

void UserDetailsPanel::setMemberActions(MemberActions* actions)
{
    m_disable->setDefaultAction(actions->disableAction());
    m_reactivate->setDefaultAction(actions->reactivateAction());
    m_resend->setDefaultAction(actions->resendAction());
    m_restore->setDefaultAction(actions->restoreAction());
    m_hasActions = true;
    if (m_details) {
        showStatusActions(m_details->membership.status);
    }
}

void UserDetailsPanel::showStatusActions(Status status)
{
    // The actions act on the table's selection, which is this person whenever the panel shows one.
    m_disable->setVisible(m_hasActions && status == Status::Active);
    m_reactivate->setVisible(m_hasActions && status == Status::Disabled);
    m_resend->setVisible(m_hasActions && status == Status::Invited);
    m_restore->setVisible(m_hasActions && status == Status::Deleted);
}

void UserDetailsPanel::updateRevokeButtons()
{
    std::optional<QString> why;
    if (!m_operator) {
        why = signInFirst();
    } else if (m_details && m_details->account.id != m_operator->accountId) {
        why = refusal(m_operator->role, Action::ChangeStatus);
        if (!why) {
            why = refusalOnTarget(m_operator->role, m_details->membership.role);
        }
    }
    const bool any = m_details && !m_details->sessions.isEmpty();
    m_revokeAll->setEnabled(!why && any);
    m_revokeAll->setToolTip(why ? *why : (any ? tr("Sign this person out everywhere") : tr("No active sessions.")));
    const bool chosen = m_sessions->currentItem() != nullptr;
    m_revoke->setEnabled(!why && chosen);
    m_revoke->setToolTip(why ? *why : (chosen ? tr("Sign out of the chosen session") : tr("Choose a session first.")));
    const bool failures
        = m_details && (m_details->account.failedSignIns > 0 || m_details->account.lockedUntil.isValid());
    std::optional<QString> unlockWhy = gateReason(m_backend, Backend::Feature::PasswordHelp);
    if (!unlockWhy && !m_operator) {
        unlockWhy = signInFirst();
    }
    if (!unlockWhy && m_details) {
        // The helpdesk panel's rule: the same operators unlock here and there.
        unlockWhy = refusalOfPasswordHelp(m_operator->role, m_details->membership.role,
                                          m_details->account.id == m_operator->accountId);
    }
    if (!unlockWhy && !failures) {
        unlockWhy = tr("No wrong passwords since this person last signed in.");
    }
    applyGate(m_unlockSignIn, unlockWhy,
              tr("Forget this person's wrong passwords, so their next sign-in is checked at once"));
    std::optional<QString> helpWhy = gateReason(m_backend, Backend::Feature::PasswordHelp, m_operator,
                                                Action::ResetPassword);
    applyGate(m_passwordHelp, helpWhy,
              tr("Why they cannot sign in, a reset link or a temporary password, in the helpdesk panel"));
    std::optional<QString> editWhy = m_operator ? std::nullopt : std::optional<QString>(signInFirst());
    if (!editWhy && m_details) {
        editWhy = refusalToEdit(m_operator->role, m_details->membership.role, m_accountId == m_operator->accountId);
    }
    applyGate(m_edit, editWhy, tr("Change names, email, picture or role"));
}

void UserDetailsPanel::unlockSignIn()
{
    if (!m_backend || !m_backend->passwordHelp() || !m_operator || m_accountId == 0) {
        return;
    }
    // The same check of who is asking as the helpdesk panel's: unlocking helps whoever types next.
    const QString name = m_details ? m_details->account.displayName : QString();
    auto* check = new CallerCheckDialog(tr("Unlock sign-in for %1").arg(name),
                                        tr("Their next password is checked at once."), false, this);
    check->setAttribute(Qt::WA_DeleteOnClose);
    const Operator op = *m_operator;
    const Id person = m_accountId;
    connect(check, &QDialog::accepted, this, [this, check, op, person] {
    m_unlockSignIn->setEnabled(false);
    whenDone(m_backend->passwordHelp()->unlockSignIn(op, person, check->verification()), this, [this](const Result<Done>& result) {
        if (!result.ok()) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Sign-in Not Unlocked"), result.error().message,
                                        QMessageBox::Close, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit membersChanged();
        reload();
    });
    });
    check->open();
}

void UserDetailsPanel::revoke(const Id& sessionId)
{
    if (!m_backend || !m_operator || m_accountId == 0) {
        return;
    }
    m_revoke->setEnabled(false);
    m_revokeAll->setEnabled(false);
    whenDone(m_backend->members()->revokeSessions(*m_operator, m_accountId, sessionId), this, [this](const Result<int>& result) {
        if (!result.ok()) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Sessions Not Revoked"), result.error().message,
                                        QMessageBox::Close, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit membersChanged();
        reload();
    });
}

} // namespace usher
