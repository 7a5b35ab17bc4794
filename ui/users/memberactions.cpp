#include "ui/users/memberactions.h"

#include "core/clamp.h"
#include "connection/session.h"
#include "connection/backend.h"
#include "connection/whendone.h"
#include "models/usersmodel.h"
#include "ui/common/icons.h"
#include "ui/common/bulkresultdialog.h"
#include "ui/common/personchange.h"
#include "ui/common/gate.h"
#include "ui/users/changeconfirmdialog.h"
#include "ui/users/deleteconfirmdialog.h"
#include "ui/users/erasuredialog.h"
#include "ui/users/usereditdialog.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QFileInfo>
#include <QDir>
#include <QSettings>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QFileDialog>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>
#include <QMenu>
#include <QTableView>
#include <QMessageBox>
#include <QPushButton>

namespace usher {

MemberActions::MemberActions(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_newUser(new QAction(bundledIcon(QStringLiteral("add-user")), tr("&New User…"), this))
    , m_edit(new QAction(bundledIcon(QStringLiteral("edit")), tr("&Edit…"), this))
    , m_disable(new QAction(bundledIcon(QStringLiteral("disable")), tr("&Disable"), this))
    , m_reactivate(new QAction(bundledIcon(QStringLiteral("reactivate")), tr("Re&activate"), this))
    , m_delete(new QAction(bundledIcon(QStringLiteral("delete")), tr("De&lete…"), this))
    , m_restore(new QAction(bundledIcon(QStringLiteral("restore")), tr("Res&tore"), this))
    , m_remove(new QAction(bundledIcon(QStringLiteral("remove-user")), tr("Re&move from Workspace…"), this))
    , m_roleMenuAction(new QAction(bundledIcon(QStringLiteral("role")), tr("Change &Role"), this))
    , m_roleMenu(new QMenu(tr("Change &Role"), window))
{
    m_newUser->setObjectName(QStringLiteral("newUserAction"));
    m_newUser->setShortcut(QKeySequence::New);
    m_edit->setObjectName(QStringLiteral("editUserAction"));
    m_edit->setShortcut(Qt::CTRL | Qt::Key_E);
    m_disable->setObjectName(QStringLiteral("disableAction"));
    m_disable->setShortcut(Qt::CTRL | Qt::Key_D);
    m_reactivate->setObjectName(QStringLiteral("reactivateAction"));
    m_reactivate->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_roleMenuAction->setObjectName(QStringLiteral("changeRoleAction"));
    m_roleMenuAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    // From the keyboard the roles open beside the person chosen (a menu's action opens nothing itself).
    connect(m_roleMenuAction, &QAction::triggered, this, [this] {
        if (!m_view || !m_roleMenuAction->isEnabled()) {
            return;
        }
        QTableView* table = m_view->table();
        const QRect row = table->visualRect(table->currentIndex());
        const QPoint at = row.isValid() ? row.bottomLeft() : QPoint(0, 0);
        m_roleMenu->popup(table->viewport()->mapToGlobal(at));
    });
    m_addToGroup = new QAction(bundledIcon(QStringLiteral("group")), tr("Add to &Group…"), this);
    m_addToGroup->setObjectName(QStringLiteral("addToGroupAction"));
    m_removeFromGroup = new QAction(tr("Remove from Gro&up…"), this);
    m_removeFromGroup->setObjectName(QStringLiteral("removeFromGroupAction"));
    m_resend = new QAction(themedIcon(QStringLiteral("mail-send"), QStringLiteral("refresh")),
                           tr("Send &Invitation Again…"), this);
    m_resend->setObjectName(QStringLiteral("resendInvitationAction"));
    connect(m_resend, &QAction::triggered, this, &MemberActions::resendInvitations);
    m_erase = new QAction(bundledIcon(QStringLiteral("delete")), tr("E&rase Personal Data…"), this);
    m_erase->setObjectName(QStringLiteral("eraseAction"));
    connect(m_erase, &QAction::triggered, this, &MemberActions::erasePerson);
    m_exportData = new QAction(bundledIcon(QStringLiteral("export")), tr("Export &Personal Data…"), this);
    m_exportData->setObjectName(QStringLiteral("exportDataAction"));
    connect(m_exportData, &QAction::triggered, this, [this] {
        if (exportRefusal()) {
            return;
        }
        const UserSummary person = m_view->selectedUsers().first();
        const QString folder = QSettings().value(QStringLiteral("personalExport/folder"), QDir::homePath()).toString();
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export Personal Data"),
            QDir(folder).filePath(person.email.section(QLatin1Char('@'), 0, 0) + QStringLiteral("-personal-data.zip")),
            tr("ZIP files (*.zip)"));
        if (path.isEmpty()) {
            return;
        }
        QSettings().setValue(QStringLiteral("personalExport/folder"), QFileInfo(path).absolutePath());
        exportPersonalDataTo(person.accountId, path);
    });
    connect(m_addToGroup, &QAction::triggered, this, [this] { changeGroup(true); });
    connect(m_removeFromGroup, &QAction::triggered, this, [this] { changeGroup(false); });
    m_roleMenu->setObjectName(QStringLiteral("roleMenu"));
    m_roleMenu->setToolTipsVisible(true);
    m_roleMenuAction->setMenu(m_roleMenu);
    for (const Role role : allRoles()) {
        QAction* action = m_roleMenu->addAction(roleDisplayName(role));
        action->setObjectName(QStringLiteral("roleAction_") + roleKey(role));
        action->setCheckable(true); // marks the role the chosen people have now
        connect(action, &QAction::triggered, this, [this, role] { run(MemberOperation::ChangeRole, role); });
        m_roleActions.insert(int(role), action);
    }
    connect(m_newUser, &QAction::triggered, this, [this] {
        if (!m_backend || !m_operator) {
            return;
        }
        auto* dialog = new UserEditDialog(m_backend, *m_operator, std::nullopt, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &UserEditDialog::saved, this, [this] {
            emit message(tr("Member created."));
            emit membersChanged();
        });
        dialog->open();
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        const QList<UserSummary> users = m_view ? m_view->selectedUsers() : QList<UserSummary>();
        if (users.size() == 1 && !m_view->allMatchingSelected() && !m_view->selectionNotReady()) {
            editUser(users.first().accountId);
        }
    });
    connect(m_disable, &QAction::triggered, this, [this] { run(MemberOperation::Disable); });
    connect(m_reactivate, &QAction::triggered, this, [this] { run(MemberOperation::Reactivate); });
    connect(m_delete, &QAction::triggered, this, [this] { run(MemberOperation::Delete); });
    connect(m_restore, &QAction::triggered, this, [this] { run(MemberOperation::Restore); });
    connect(m_remove, &QAction::triggered, this, [this] { run(MemberOperation::RemoveFromWorkspace); });
    update();
}

QAction* MemberActions::roleAction(Role role) const
{
    return m_roleActions.value(int(role));
}

QList<QAction*> MemberActions::actions() const
{
    return {m_newUser,    m_edit,    m_roleMenuAction, m_addToGroup, m_removeFromGroup, m_resend, nullptr,
            m_disable,    m_reactivate, nullptr,       m_delete,     m_restore,         m_remove, nullptr, m_exportData,
            m_erase};
}

void MemberActions::setSession(Session* session, UsersView* view)
{
    session->follow(
        this, Backend::Feature::Members,
        [this, view](Backend* backend, const Id&) { setContext(backend, backend ? view : nullptr); },
        [this](const std::optional<Operator>& op) { setOperator(op); }, {}, [] {});
}

void MemberActions::setContext(Backend* backend, UsersView* view)
{
    m_backend = backend;
    m_view = view;
    update();
}

void MemberActions::setMailConfigured(bool configured)
{
    m_mailConfigured = configured;
    update();
}

void MemberActions::setOperator(const std::optional<Operator>& op)
{
    m_operator = op;
    update();
}

std::optional<QString> MemberActions::refusalFor(MemberOperation operation, Role newRole) const
{
    if (auto why = gateReason(m_view ? m_backend : nullptr, Backend::Feature::Members, m_operator, std::nullopt)) {
        return why;
    }
    if (const DirectoryAbilities can = m_backend->members()->abilities(); !can.operations.contains(operation)) {
        return operation == MemberOperation::ChangeRole && !can.columns.contains(UserField::Role)
                   ? tr("This connection keeps no roles.")
                   : can.operationLimit;
    }
    if (m_view->selectedCount() == 0) {
        return tr("Select one or more users first.");
    }
    if (auto why = m_view->selectionNotReady()) {
        return why;
    }
    if (auto why = refusal(m_operator->role, actionFor(operation))) {
        return why;
    }
    if (operation == MemberOperation::ChangeRole) {
        if (auto why = refusalToGrant(m_operator->role, newRole)) {
            return why;
        }
    }
    if (m_view->allMatchingSelected()) {
        return std::nullopt; // each is checked by the backend and reported
    }
    // The selected people as they are now (read again after every change): offered when at
    // least one of them can be changed; the backend checks each again.
    const QList<UserSummary> users = m_view->selectedUsers();
    std::optional<QString> first;
    for (const UserSummary& user : users) {
        const bool onSelf = user.accountId == m_operator->accountId;
        auto why = refusalOfSelfAmongMany(onSelf, users.size());
        if (!why) {
            why = refusalOf(m_operator->role, operation, user.role, user.status, newRole, onSelf);
        }
        if (!why) {
            return std::nullopt;
        }
        if (!first) {
            first = users.size() == 1 ? why : tr("None of the selected users can be changed so: %1").arg(*why);
        }
    }
    return first;
}

namespace {
/// Says why an erasure or export was not made, in a box a test can find (erasureProblem).
void tellPrivacyProblem(QWidget* window, const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("erasureProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

std::optional<QString> MemberActions::erasureRefusal() const
{
    if (auto why = gateReason(m_view ? m_backend : nullptr, Backend::Feature::PersonalData, m_operator,
                              Action::PersonalData)) {
        return why;
    }
    if (m_view->selectedCount() != 1 || m_view->allMatchingSelected()) {
        return tr("Select one person: each erasure answers one person's request.");
    }
    if (auto why = m_view->selectionNotReady()) {
        return why;
    }
    const QList<UserSummary> users = m_view->selectedUsers();
    if (!users.isEmpty() && users.first().accountId == m_operator->accountId) {
        return tr("You cannot erase yourself; another Admin can.");
    }
    return std::nullopt;
}

std::optional<QString> MemberActions::exportRefusal() const
{
    if (auto why = gateReason(m_view ? m_backend : nullptr, Backend::Feature::PersonalData, m_operator,
                              Action::PersonalData)) {
        return why;
    }
    if (m_view->selectedCount() != 1 || m_view->allMatchingSelected()) {
        return tr("Select one person: each export answers one person's request.");
    }
    return m_view->selectionNotReady();
}

void MemberActions::exportPersonalDataTo(const Id& accountId, const QString& path)
{
    if (!m_backend || !m_backend->personalData() || !m_operator) {
        return;
    }
    auto* progress = new QProgressDialog(tr("Exporting personal data…"), tr("Stop"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("personalExportProgress"));
    progress->setWindowTitle(tr("Export Personal Data"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(1000);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto* watcher = new QFutureWatcher<Result<PersonalExport>>(this);
    const StopToken stop;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, this, [stop] { stop.requestStop(); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        progress->deleteLater();
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0) {
            return;
        }
        const Result<PersonalExport> written = watcher->future().result();
        if (!written.ok()) {
            if (written.error().kind == BackendError::Kind::Cancelled) {
                emit message(written.error().message);
            } else {
                tellPrivacyProblem(m_window, tr("Not Exported"), written.error().message);
            }
            return;
        }
        QString text = tr("Exported %n file(s) to %1.", nullptr, int(written.value().files.size()))
                           .arg(QDir::toNativeSeparators(path));
        if (written.value().workspacesLeftOut > 0) {
            text += QLatin1Char(' ')
                    + tr("%n workspace(s) where you are not an Admin were left out.", nullptr,
                         int(written.value().workspacesLeftOut));
        }
        emit message(text);
    });
    watcher->setFuture(m_backend->personalData()->exportPerson(*m_operator, accountId, path, stop));
}

void MemberActions::erasePerson()
{
    if (erasureRefusal() || !m_backend || !m_operator) {
        return;
    }
    const Id accountId = m_view->selectedUsers().first().accountId;
    const Operator op = *m_operator;
    QPointer<Backend> backend(m_backend);
    whenDone(m_backend->personalData()->erasurePreview(op, accountId), this,
             [this, op, accountId, backend](const Result<ErasureCounts>& preview) {
        if (!backend || backend != m_backend) {
            return; // the connection changed meanwhile
        }
        if (!preview.ok()) {
            tellPrivacyProblem(m_window, tr("Cannot Erase"), preview.error().message);
            return;
        }
        auto* dialog = new ErasureDialog(preview.value(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, op, accountId, backend, preview] {
            if (!backend || backend != m_backend) {
                return;
            }
            const QString name = preview.value().name.isEmpty() ? preview.value().email : preview.value().name;
            whenDone(m_backend->personalData()->erasePerson(op, accountId, dialog->reference()), this,
                     [this, name](const Result<ErasureCounts>& erased) {
                if (!erased.ok()) {
                    tellPrivacyProblem(m_window, tr("Not Erased"), erased.error().message);
                    emit membersChanged();
                    return;
                }
                emit message(tr("%1 was erased; the audit log names them “erased person %2”.")
                                 .arg(name, erased.value().pseudonym));
                emit membersChanged();
            });
        });
        dialog->open();
    });
}

void MemberActions::update()
{
    const QList<std::pair<QAction*, MemberOperation>> simple{{m_disable, MemberOperation::Disable},
                                                             {m_reactivate, MemberOperation::Reactivate},
                                                             {m_delete, MemberOperation::Delete},
                                                             {m_restore, MemberOperation::Restore},
                                                             {m_remove, MemberOperation::RemoveFromWorkspace}};
    const QHash<QAction*, QString> descriptions{
        {m_disable, tr("Block sign-in and end their sessions; everything else is kept")},
        {m_reactivate, tr("Let them sign in again with their old password")},
        {m_delete, m_backend && m_backend->members() && m_backend->members()->abilities().deletesForGood
                       ? tr("Delete on the service at once and for good; it cannot be undone")
                       : tr("Move to the Deleted view, restorable for %n day(s)", nullptr, recoveryDays)},
        {m_restore, tr("Bring back from the Deleted view")},
        {m_remove, tr("End their membership of this workspace; their account and other workspaces stay")}};
    const auto show = [](QAction* action, const std::optional<QString>& why, const QString& description) {
        applyGate(action, why, description);
    };
    for (const auto& [action, operation] : simple) {
        show(action, refusalFor(operation), descriptions.value(action));
    }
    bool anyRole = false;
    for (auto it = m_roleActions.cbegin(); it != m_roleActions.cend(); ++it) {
        const auto why = refusalFor(MemberOperation::ChangeRole, Role(it.key()));
        show(it.value(), why, tr("Make the selected users %1").arg(roleDisplayName(Role(it.key()))));
        anyRole = anyRole || !why;
    }
    // The chosen people's role, when they share one, is marked (and choosing it changes nothing).
    std::optional<Role> shared;
    if (m_view && !m_view->allMatchingSelected()) {
        const QList<UserSummary> users = m_view->selectedUsers();
        for (const UserSummary& user : users) {
            if (shared && *shared != user.role) {
                shared.reset();
                break;
            }
            shared = user.role;
        }
    }
    for (auto it = m_roleActions.cbegin(); it != m_roleActions.cend(); ++it) {
        it.value()->setChecked(shared && int(*shared) == it.key());
    }
    const auto roleWhy = refusalFor(MemberOperation::ChangeRole, Role::Member);
    m_roleMenuAction->setEnabled(anyRole);
    m_roleMenuAction->setToolTip(anyRole ? tr("Give the selected users another role")
                                         : roleWhy.value_or(tr("No role can be given to this selection.")));

    std::optional<QString> newWhy = gateReason(m_backend, Backend::Feature::Members, m_operator, Action::CreateUser);
    if (!newWhy && !m_backend->members()->abilities().createsMembers) {
        newWhy = m_backend->members()->abilities().profileLimit;
    }
    show(m_newUser, newWhy, tr("Create a member directly, without an invitation"));
    show(m_exportData, exportRefusal(),
         tr("Write everything Usher holds about this person to a ZIP file, when they ask (GDPR)"));
    show(m_erase, erasureRefusal(),
         tr("Erase everything Usher holds about this person, in every workspace, when they ask (GDPR)"));

    // Anyone may edit themselves, so no role is asked for until the person is known.
    std::optional<QString> editWhy
        = gateReason(m_view ? m_backend : nullptr, Backend::Feature::Members, m_operator, std::nullopt);
    if (editWhy) {
        // the gate's reason stands
    } else if (!m_backend->members()->abilities().editsProfiles) {
        editWhy = m_backend->members()->abilities().profileLimit;
    } else if (m_view->selectedCount() != 1 || m_view->allMatchingSelected() || m_view->selectedUsers().size() != 1) {
        editWhy = tr("Select one user to edit.");
    } else if (const auto notReady = m_view->selectionNotReady()) {
        editWhy = notReady;
    } else {
        const UserSummary user = m_view->selectedUsers().first();
        editWhy = refusalToEdit(m_operator->role, user.role, user.accountId == m_operator->accountId);
    }
    show(m_edit, editWhy, tr("Change names, email, picture or role"));

    std::optional<QString> groupWhy
        = gateReason(m_view ? m_backend : nullptr, Backend::Feature::Groups, m_operator, Action::ManageGroups);
    if (groupWhy) {
        // the gate's reason stands
    } else if (m_view->selectedCount() == 0) {
        groupWhy = tr("Select users first.");
    } else if (const auto notReady = m_view->selectionNotReady()) {
        groupWhy = notReady;
    }
    show(m_resend, resendRefusal(), tr("Mail the selected invited users a new link; their earlier links stop working"));
    show(m_addToGroup, groupWhy, tr("Add the selected users to a group"));
    show(m_removeFromGroup, groupWhy, tr("Take the selected users out of a group"));
}

std::optional<QString> MemberActions::resendRefusal() const
{
    Backend* invitations = m_backend && m_backend->invitations() ? m_backend : nullptr;
    if (auto why = gateReason(m_view ? invitations : nullptr, Backend::Feature::Invitations, m_operator,
                              Action::ResendInvitation)) {
        return why;
    }
    if (!m_mailConfigured) {
        return tr("Set up the workspace's mail server first (Workspace ▸ Mail Server…).");
    }
    if (m_view->selectedCount() == 0) {
        return tr("Select one or more invited users first.");
    }
    if (auto why = m_view->selectionNotReady()) {
        return why;
    }
    if (m_view->allMatchingSelected()) {
        const std::optional<Status> status = m_view->model()->filter().status;
        if (status && *status != Status::Invited) {
            return tr("Nobody in this view is invited: only invited users are sent an invitation again.");
        }
        return std::nullopt; // the invited among them, each checked by the backend and reported
    }
    const QList<UserSummary> users = m_view->selectedUsers();
    const bool anyInvited = std::any_of(users.cbegin(), users.cend(),
                                        [](const UserSummary& user) { return user.status == Status::Invited; });
    if (!anyInvited) {
        return users.size() == 1 ? tr("%1 has no open invitation: only invited users are sent one again.")
                                       .arg(users.first().displayName.isEmpty() ? users.first().email
                                                                                : users.first().displayName)
                                 : tr("None of the selected users is invited: only invited users are sent an "
                                      "invitation again.");
    }
    return std::nullopt;
}

void MemberActions::resendInvitations()
{
    if (resendRefusal() || !m_operator) {
        return; // the action is disabled; a shortcut may still arrive
    }
    // Exactly the invited people among those chosen (or everyone matching, each checked by
    // the backend): a new link each, mailed, and their earlier links stop working.
    Selection chosen = selection();
    QList<Id> accountIds;
    qsizetype others = 0;
    if (!chosen.matching) {
        QList<UserSummary> invited;
        for (const UserSummary& user : std::as_const(chosen.users)) {
            if (user.status == Status::Invited) {
                invited.append(user);
                accountIds.append(user.accountId);
            }
        }
        others = chosen.users.size() - invited.size();
        chosen.users = invited;
        chosen.count = invited.size();
    }
    const QString who = whoText(chosen);
    const QString title = tr("Send %n Invitation(s) Again", nullptr, clampToInt(chosen.count));
    QString text = tr("Send a new invitation to %1? Each gets a new link by mail and their earlier links stop "
                      "working.")
                       .arg(who);
    if (others > 0) {
        text += QLatin1Char(' ')
            + tr("%n of the selected users has no open invitation and is left alone.", nullptr, clampToInt(others));
    }
    if (chosen.matching && !chosen.matching->status) {
        text += QLatin1Char(' ') + tr("Only the invited among them are sent one; the others are left alone.");
    }
    auto* confirm = new ChangeConfirmDialog(title, text, tr("&Send"), false, m_window);
    confirm->setObjectName(QStringLiteral("resendConfirm"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    const Operator op = *m_operator;
    const std::optional<UserFilter> matching = chosen.matching;
    connect(confirm, &QDialog::accepted, this, [this, op, accountIds, matching, title] {
        if (!m_backend || !m_backend->invitations()) {
            return;
        }
        StopToken stop;
        followPersonChange<InvitationOutcome>(
            m_window, title, m_backend->invitations()->resendInvitationsOf(op, accountIds, matching, true, stop), stop,
            accountIds.size() == 1 && !matching, [this](const QList<InvitationOutcome>& outcomes, bool listed) {
                emit membersChanged();
                emit mailQueued();
                if (!listed && !outcomes.isEmpty() && outcomes.constFirst().done) {
                    emit message(tr("Invitation sent again to %1.").arg(outcomes.constFirst().label()));
                }
            });
    });
    confirm->open();
}

MemberActions::Selection MemberActions::selection() const
{
    // "All matching" only when Select All chose it; otherwise exactly the selected people,
    // loaded or not, each with the version the admin saw.
    Selection chosen;
    if (m_view->allMatchingSelected()) {
        chosen.matching = m_view->model()->filter();
        chosen.count = m_view->selectedCount();
        return chosen;
    }
    chosen.users = m_view->selectedUsers();
    chosen.count = chosen.users.size();
    return chosen;
}

QString MemberActions::whoText(const Selection& chosen) const
{
    const int n = clampToInt(chosen.count);
    if (chosen.matching) {
        return tr("all %n user(s) matching the current view and filters", nullptr, n);
    }
    if (chosen.users.size() == 1) {
        const UserSummary& user = chosen.users.first();
        return user.displayName.isEmpty() ? user.email : tr("%1 (%2)").arg(user.displayName, user.email);
    }
    return tr("%n selected user(s)", nullptr, n);
}

void MemberActions::changeGroup(bool add)
{
    if (!m_backend || !m_operator || !m_view || m_view->selectedCount() == 0) {
        return;
    }
    if (m_view->selectionNotReady()) {
        return;
    }
    GroupMembersChange change;
    change.add = add;
    const Selection chosen = selection();
    change.matching = chosen.matching;
    for (const UserSummary& user : chosen.users) {
        change.accountIds.append(user.accountId);
    }
    const qint64 count = chosen.count;
    const QString who = whoText(chosen);
    const Operator op = *m_operator;
    whenDone(m_backend->groups()->listGroups(op.workspaceId), this, [this, change, count, op, add, who](
                                                              const Result<QList<GroupSummary>>& groups) {
        if (!groups.ok()) {
            emit message(groups.error().message);
            return;
        }
        auto* dialog = new QDialog(m_window);
        dialog->setObjectName(QStringLiteral("groupChoiceDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(add ? tr("Add to Group") : tr("Remove from Group"));
        auto* choice = new QComboBox(dialog);
        choice->setObjectName(QStringLiteral("groupChoice"));
        for (const GroupSummary& group : groups.value()) {
            choice->addItem(group.synced ? bundledIcon(QStringLiteral("synced")) : QIcon(), group.name,
                            QVariant::fromValue(group.id));
            // The members' own ranks are checked per person when the change is applied.
            const auto why = refusalToEditGroup(op.role, group)
                                 .value_or((add ? refusalToGrantPermissions(op.role, group.permissions)
                                                : refusalToRemovePermissions(op.role, group.permissions))
                                               .value_or(QString()));
            if (!why.isEmpty()) {
                choice->setItemData(choice->count() - 1, 0, Qt::UserRole - 1); // disabled
                choice->setItemData(choice->count() - 1, why, Qt::ToolTipRole);
            }
        }
        auto* text = new QLabel(add ? tr("Add %1 to:").arg(who) : tr("Take %1 out of:").arg(who), dialog);
        text->setObjectName(QStringLiteral("groupChoiceText"));
        text->setWordWrap(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(add ? tr("&Add") : tr("&Remove"));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(choice->count() > 0);
        if (choice->count() == 0) {
            text->setText(tr("This workspace has no groups yet: make one on the Groups page."));
        }
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        layout->addWidget(choice);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, choice, change, count, op, add]() mutable {
            change.groupId = choice->currentData().value<Id>();
            const QString name = choice->currentText();
            dialog->accept();
            const QString title = add ? tr("Adding %n person(s) to “%1”", nullptr, clampToInt(count)).arg(name)
                                      : tr("Removing %n person(s) from “%1”", nullptr, clampToInt(count))
                                            .arg(name);
            followPersonChange<MemberOutcome>(
                m_window, title, m_backend->groups()->changeGroupMembers(op, change), change.stop,
                change.accountIds.size() == 1 && !change.matching,
                [this, add, name](const QList<MemberOutcome>& outcomes, bool listed) {
                    emit membersChanged();
                    if (!listed && !outcomes.isEmpty() && outcomes.constFirst().done) {
                        emit message(add ? tr("%1 is in “%2”.").arg(outcomes.constFirst().label(), name)
                                         : tr("%1 is no longer in “%2”.").arg(outcomes.constFirst().label(), name));
                    }
                });
        });
        dialog->open();
    });
}

void MemberActions::editUser(const Id& accountId)
{
    if (!m_backend || !m_operator) {
        return;
    }
    const Operator op = *m_operator;
    whenDone(m_backend->members()->memberDetails(op.workspaceId, accountId, op.accountId), this, [this, op](const Result<MemberDetails>& read) {
        if (!read.ok()) {
            QMessageBox::warning(m_window, tr("Edit User"), read.error().message);
            return;
        }
        auto* dialog = new UserEditDialog(m_backend, op, read.value(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &UserEditDialog::saved, this, [this] {
            emit message(tr("Changes saved."));
            emit membersChanged();
        });
        dialog->open();
    });
}

void MemberActions::showContextMenu(const QPoint& globalPosition)
{
    auto* menu = new QMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    for (QAction* action : actions()) {
        if (action) {
            menu->addAction(action);
        } else {
            menu->addSeparator();
        }
    }
    menu->popup(globalPosition);
}

QString MemberActions::bulkTitle(MemberOperation operation, qint64 count, Role role) const
{
    const int n = clampToInt(count);
    switch (operation) {
    case MemberOperation::ChangeRole:
        return tr("Make %n User(s) %1", nullptr, n).arg(roleDisplayName(role));
    case MemberOperation::Disable:
        return tr("Disable %n User(s)", nullptr, n);
    case MemberOperation::Reactivate:
        return tr("Reactivate %n User(s)", nullptr, n);
    case MemberOperation::Delete:
        return tr("Delete %n User(s)", nullptr, n);
    case MemberOperation::Restore:
        return tr("Restore %n User(s)", nullptr, n);
    case MemberOperation::RemoveFromWorkspace:
        return tr("Remove %n User(s) from the Workspace", nullptr, n);
    }
    Q_UNREACHABLE();
}

void MemberActions::run(MemberOperation operation, Role role)
{
    if (refusalFor(operation, role) || !m_operator) {
        return; // the action is disabled; a shortcut may still arrive
    }
    MemberChange change;
    change.operation = operation;
    change.role = role;
    const Selection chosen = selection();
    change.matching = chosen.matching;
    for (const UserSummary& user : chosen.users) {
        change.targets.append({user.accountId, user.version});
    }
    const qint64 count = chosen.count;
    const QString title = bulkTitle(operation, count, role);
    const QString who = whoText(chosen);
    const bool one = !chosen.matching && chosen.users.size() == 1;

    if (operation == MemberOperation::Delete) {
        const bool forGood = m_backend->members()->abilities().deletesForGood;
        const bool audited = m_backend->auditLog() != nullptr;
        auto* confirm = one ? new DeleteConfirmDialog(chosen.users.first().displayName.isEmpty()
                                                          ? chosen.users.first().email
                                                          : chosen.users.first().displayName,
                                                      chosen.users.first().email, forGood, audited, m_window)
                            : new DeleteConfirmDialog(count, forGood, audited, m_window);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QDialog::accepted, this, [this, confirm, change, title]() mutable {
            change.reason = confirm->reason();
            start(change, title);
        });
        confirm->open();
        return;
    }
    // Reactivating or restoring one person is undone as easily; everything else is confirmed,
    // naming who changes, and "all matching" always is, with its count.
    const bool reversible = operation == MemberOperation::Reactivate || operation == MemberOperation::Restore;
    if (one && reversible) {
        start(change, title);
        return;
    }
    QString text;
    switch (operation) {
    case MemberOperation::ChangeRole:
        text = tr("Make %1 %2? What they may do changes at once.").arg(who, roleDisplayName(role));
        break;
    case MemberOperation::Disable:
        text = tr("Disable %1? They can no longer sign in and their sessions end now; everything else is kept and "
                  "Reactivate undoes it.")
                   .arg(who);
        break;
    case MemberOperation::RemoveFromWorkspace:
        text = tr("Remove %1 from this workspace? Their account and their other workspaces stay; their groups and "
                  "sessions here end.")
                   .arg(who);
        break;
    case MemberOperation::Reactivate:
        text = tr("Reactivate %1? They can sign in again with their old password.").arg(who);
        break;
    case MemberOperation::Restore:
        text = tr("Restore %1 from the Deleted view?").arg(who);
        break;
    case MemberOperation::Delete:
        break;
    }
    if (!one) {
        text += QLatin1Char(' ') + tr("Each person is checked on their own; you will see who was changed and who was "
                                      "not. You are left out of a change to several people.");
    }
    // A reason is asked for where an audit log keeps it.
    auto* confirm = new ChangeConfirmDialog(title, text, title, !reversible && m_backend->auditLog(), m_window);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QDialog::accepted, this, [this, confirm, change, title]() mutable {
        change.reason = confirm->reason();
        start(change, title);
    });
    confirm->open();
}

void MemberActions::start(const MemberChange& change, const QString& title)
{
    if (!m_backend || !m_operator) {
        return;
    }
    followPersonChange<MemberOutcome>(m_window, title, m_backend->members()->changeMembers(*m_operator, change),
                                      change.stop, change.targets.size() == 1 && !change.matching,
                                      [this](const QList<MemberOutcome>& outcomes, bool listed) {
                                          emit membersChanged();
                                          if (!listed && !outcomes.isEmpty() && outcomes.constFirst().done) {
                                              emit message(tr("Done: %1.").arg(outcomes.constFirst().name));
                                          }
                                      });
}

} // namespace usher
