#include "ui/groups/groupsview.h"

#include "core/clamp.h"
#include "connection/session.h"
#include "connection/backend.h"
#include "connection/whendone.h"
#include "models/groupsmodel.h"
#include "models/timeformat.h"
#include "ui/common/gate.h"
#include "ui/common/csvfile.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/groups/groupdeletedialog.h"
#include "ui/groups/groupeditdialog.h"
#include "ui/groups/memberpickerdialog.h"
#include "ui/common/bulkresultdialog.h"
#include "ui/common/personchange.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace usher {

namespace {
/// Enables `action` when there is no reason against it; otherwise disables it and says why.
void allowIf(QAction* action, const std::optional<QString>& why, const QString& help)
{
    action->setEnabled(!why);
    action->setToolTip(why ? *why : help);
}

Result<int> writeMembersCsv(const QString& path, const QString& group, const QList<GroupMember>& members)
{
    QList<QStringList> rows;
    rows.reserve(members.size());
    for (const GroupMember& member : members) {
        rows.append({group, member.name, member.email, roleKey(member.role), statusKey(member.status),
                     member.addedAt.toUTC().toString(Qt::ISODate)});
    }
    return writeCsvFile(path,
                        {QStringLiteral("group"), QStringLiteral("name"), QStringLiteral("email"),
                         QStringLiteral("role"), QStringLiteral("status"), QStringLiteral("member_since_utc")},
                        rows);
}
} // namespace

PageInfo GroupsView::pageInfo()
{
    return {QStringLiteral("groups"), tr("&Groups"), bundledIcon(QStringLiteral("group")),
            QKeySequence(Qt::CTRL | Qt::Key_2), tr("Groups, their members and what they grant"),
            Backend::Feature::Groups, std::nullopt};
}

GroupsView::GroupsView(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_typingDelay(new QTimer(this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
    , m_title(new QLabel(this))
    , m_info(new QLabel(this))
    , m_grants(new QLabel(this))
    , m_memberSearch(new QLineEdit(this))
    , m_memberTable(new QTableView(this))
    , m_memberCount(new QLabel(this))
{
    setObjectName(QStringLiteral("groupsView"));
    m_new = new QAction(bundledIcon(QStringLiteral("add")), tr("&New Group…"), this);
    m_new->setObjectName(QStringLiteral("newGroupAction"));
    m_edit = new QAction(bundledIcon(QStringLiteral("edit")), tr("&Edit Group…"), this);
    m_edit->setObjectName(QStringLiteral("editGroupAction"));
    m_delete = new QAction(bundledIcon(QStringLiteral("delete")), tr("&Delete Group…"), this);
    m_delete->setObjectName(QStringLiteral("deleteGroupAction"));
    m_addMembers = new QAction(bundledIcon(QStringLiteral("add-user")), tr("&Add Members…"), this);
    m_addMembers->setObjectName(QStringLiteral("addMembersAction"));
    m_removeMembers = new QAction(bundledIcon(QStringLiteral("remove-user")), tr("&Remove Members"), this);
    m_removeMembers->setObjectName(QStringLiteral("removeMembersAction"));
    m_export = new QAction(bundledIcon(QStringLiteral("export")), tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportMembersAction"));

    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setPlaceholderText(tr("Search groups"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("edit-find"), QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(320);
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("groupsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addWidget(m_search);
    bar->addSeparator();
    bar->addAction(m_new);
    bar->addAction(m_edit);
    bar->addAction(m_delete);

    m_table->setObjectName(QStringLiteral("groupsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GroupsModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_edit, m_addMembers, m_export, m_delete});
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled()) {
            editGroup();
        }
    });
    m_empty->setObjectName(QStringLiteral("groupsEmptyState"));
    m_empty->setPicture(bundledIcon(QStringLiteral("empty-groups")));
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);

    // The selected group.
    auto* details = new QWidget(this);
    details->setObjectName(QStringLiteral("groupDetails"));
    m_title->setObjectName(QStringLiteral("groupTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* label : {m_info, m_grants}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_info->setObjectName(QStringLiteral("groupInfo"));
    m_grants->setObjectName(QStringLiteral("groupGrants"));
    m_memberSearch->setObjectName(QStringLiteral("memberSearch"));
    m_memberSearch->setPlaceholderText(tr("Search members"));
    m_memberSearch->setClearButtonEnabled(true);
    m_memberTable->setObjectName(QStringLiteral("groupMembersTable"));
    m_memberTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_memberTable->verticalHeader()->hide();
    m_memberTable->setAlternatingRowColors(true);
    m_memberTable->horizontalHeader()->setStretchLastSection(false);
    m_memberTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_memberTable->addActions({m_removeMembers});
    m_memberCount->setObjectName(QStringLiteral("memberCount"));
    auto* memberBar = new QToolBar(details);
    memberBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    memberBar->setIconSize(QSize(16, 16));
    memberBar->addAction(m_addMembers);
    memberBar->addAction(m_removeMembers);
    memberBar->addAction(m_export);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(12, 4, 4, 4);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_info);
    detailsLayout->addWidget(m_grants);
    detailsLayout->addSpacing(6);
    auto* membersHeader = new QHBoxLayout;
    auto* membersLabel = new QLabel(tr("<b>Members</b>"), details);
    membersHeader->addWidget(membersLabel);
    membersHeader->addStretch(1);
    membersHeader->addWidget(memberBar);
    detailsLayout->addLayout(membersHeader);
    detailsLayout->addWidget(m_memberSearch);
    detailsLayout->addWidget(m_memberTable, 1);
    detailsLayout->addWidget(m_memberCount);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("groupsSplitter"));
    splitter->addWidget(m_listStack);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);

    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typingDelay, qOverload<>(&QTimer::start));
    connect(m_typingDelay, &QTimer::timeout, this, [this] {
        if (m_model) {
            m_model->setSearch(m_search->text());
        }
    });
    auto* memberDelay = new QTimer(this);
    memberDelay->setSingleShot(true);
    memberDelay->setInterval(250);
    connect(m_memberSearch, &QLineEdit::textChanged, memberDelay, qOverload<>(&QTimer::start));
    connect(memberDelay, &QTimer::timeout, this, &GroupsView::showCurrentGroup);
    connect(m_new, &QAction::triggered, this, &GroupsView::newGroup);
    connect(m_edit, &QAction::triggered, this, &GroupsView::editGroup);
    connect(m_delete, &QAction::triggered, this, &GroupsView::deleteGroup);
    connect(m_addMembers, &QAction::triggered, this, &GroupsView::addMembers);
    connect(m_removeMembers, &QAction::triggered, this, &GroupsView::removeMembers);
    connect(m_export, &QAction::triggered, this, [this] {
        const auto group = currentGroup();
        if (!group) {
            return;
        }
        auto* dialog = new QFileDialog(this, tr("Export Members of “%1”").arg(group->name),
                                       tr("%1 members.csv").arg(group->name), tr("CSV files (*.csv)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &GroupsView::exportMembersTo);
        dialog->open();
    });
    setContext(nullptr, 0);
}

void GroupsView::setContext(Backend* backend, const Id& workspaceId)
{
    m_backend = backend;
    m_workspaceId = workspaceId;
    m_table->setModel(nullptr);
    m_memberTable->setModel(nullptr);
    delete m_model;
    delete m_members;
    m_model = nullptr;
    m_members = nullptr;
    if (backend) {
        m_model = new GroupsModel(backend, workspaceId, this);
        m_model->setObjectName(QStringLiteral("groupsModel"));
        m_members = new GroupMembersModel(backend, workspaceId, this);
        m_members->setObjectName(QStringLiteral("groupMembersModel"));
        m_table->setModel(m_model);
        m_memberTable->setModel(m_members);
        m_model->setSyncedIcon(bundledIcon(QStringLiteral("synced")));
        m_table->horizontalHeader()->resizeSection(GroupsModel::NameColumn, 160);
        m_table->horizontalHeader()->resizeSection(GroupsModel::DescriptionColumn, 190);
        m_table->horizontalHeader()->resizeSection(GroupsModel::MembersColumn, 76);
        m_table->horizontalHeader()->resizeSection(GroupsModel::SourceColumn, 76);
        m_memberTable->horizontalHeader()->resizeSection(GroupMembersModel::NameColumn, 130);
        m_memberTable->horizontalHeader()->setSectionResizeMode(GroupMembersModel::EmailColumn, QHeaderView::Stretch);
        m_memberTable->horizontalHeader()->resizeSection(GroupMembersModel::RoleColumn, 90);
        m_memberTable->horizontalHeader()->resizeSection(GroupMembersModel::SinceColumn, 110);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            const auto group = currentGroup();
            m_wantedGroup = group ? group->id : Id();
            showCurrentGroup();
        });
        connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &GroupsView::updateActions);
        connect(m_model, &PagedModel::reloaded, this, [this] {
            if (m_wantedGroup != 0) {
                selectGroup(m_wantedGroup);
            }
            if (!currentGroup()) {
                showCurrentGroup();
            }
            updateEmptyState();
        });
        connect(m_model, &PagedModel::loadingChanged, this, &GroupsView::updateEmptyState);
        connect(m_model, &PagedModel::errorOccurred, this, &GroupsView::errorOccurred);
        connect(m_members, &PagedModel::errorOccurred, this, &GroupsView::errorOccurred);
        connect(m_members, &PagedModel::reloaded, this, [this] {
            const auto group = currentGroup();
            m_memberCount->setText(
                group ? tr("%n member(s)", nullptr, clampToInt(m_members->totalCount())) : QString());
            updateActions();
        });
    }
    showCurrentGroup();
    updateEmptyState();
}

void GroupsView::setOperator(const std::optional<Operator>& op)
{
    m_operator = op;
    updateActions();
    updateEmptyState();
}

void GroupsView::setSession(Session* session)
{
    session->follow(
        this, Backend::Feature::Groups, [this](Backend* backend, const Id& workspaceId) { setContext(backend, workspaceId); },
        [this](const std::optional<Operator>& op) { setOperator(op); }, Topic::Groups | Topic::Members, [this] {
            if (isVisible()) {
                refresh(); // in place, keeping the chosen group
            }
        });
}

void GroupsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        refresh();
    }
}

void GroupsView::refresh()
{
    if (!m_model) {
        return;
    }
    const auto group = currentGroup();
    m_wantedGroup = group ? group->id : m_wantedGroup;
    m_model->refresh();
    if (m_members && m_members->groupId() != 0) {
        m_members->refresh();
    }
}

std::optional<GroupSummary> GroupsView::currentGroup() const
{
    if (!m_model || !m_table->selectionModel()) {
        return std::nullopt;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->groupAt(rows.first().row());
}

void GroupsView::selectGroup(const Id& id)
{
    m_wantedGroup = id;
    if (!m_model) {
        return;
    }
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void GroupsView::showCurrentGroup()
{
    const auto group = currentGroup();
    if (!group) {
        m_title->setText(m_model && m_model->totalCount() > 0 ? tr("Select a group") : QString());
        m_info->setText(m_model && m_model->totalCount() > 0
                            ? tr("Pick a group on the left to see its members and what it grants.")
                            : QString());
        m_grants->clear();
        m_memberCount->clear();
        if (m_members && m_members->groupId() != 0) {
            m_members->setGroup(0);
        }
        updateActions();
        return;
    }
    m_title->setText(group->name);
    QStringList info;
    if (!group->description.isEmpty()) {
        info << group->description.toHtmlEscaped();
    }
    if (group->synced) {
        const QString icon = QStringLiteral("<img src=\":/resources/icons/synced.svg\" width=\"14\" height=\"14\"> ");
        info << icon
                + tr("Synced from %1, last sync %2. Its name and members are changed in the directory.")
                      .arg((group->externalId.isEmpty() ? tr("a directory") : group->externalId).toHtmlEscaped(),
                           group->syncedAt.isValid() ? relativeTime(group->syncedAt) : tr("never"));
    } else {
        info << tr("Made in Usher on %1.").arg(shortDate(group->createdAt.toLocalTime().date()));
    }
    m_info->setText(info.join(QStringLiteral("<br>")));
    QStringList titles;
    for (const QString& key : group->permissions) {
        titles << QStringLiteral("<b>%1</b>").arg(permissionTitle(key).toHtmlEscaped());
    }
    m_grants->setText(titles.isEmpty() ? tr("Grants no permissions; members have what their role gives them.")
                                       : tr("Members may: %1").arg(titles.join(QStringLiteral(", "))));
    if (m_members) {
        m_members->setGroup(group->id, m_memberSearch->text());
    }
    updateActions();
}

void GroupsView::updateActions()
{
    const std::optional<QString> nobody = gateReason(m_backend, Backend::Feature::Groups, m_operator, std::nullopt);
    const auto group = currentGroup();
    const std::optional<QString> noGroup
        = group ? std::nullopt : std::optional<QString>(tr("Select a group first."));
    auto firstOf = [](std::initializer_list<std::optional<QString>> reasons) -> std::optional<QString> {
        for (const auto& reason : reasons) {
            if (reason) {
                return reason;
            }
        }
        return std::nullopt;
    };
    const Role role = m_operator ? m_operator->role : Role::Member;
    const auto manage = nobody ? nobody : refusal(role, Action::ManageGroups);
    const auto editGroup = group ? refusalToEditGroup(role, *group) : std::nullopt;
    const auto grant = group ? refusalToGrantPermissions(role, group->permissions) : std::nullopt;
    const auto takeAway = group ? refusalToRemovePermissions(role, group->permissions) : std::nullopt;
    const bool membersSelected = m_memberTable->selectionModel() && m_memberTable->selectionModel()->hasSelection();
    allowIf(m_new, manage, tr("Create a group and choose what it grants"));
    allowIf(m_edit, firstOf({manage, noGroup}),
            group && group->synced ? tr("Change what the group grants (its name comes from the directory)")
                                   : tr("Rename the group or change what it grants"));
    allowIf(m_delete, firstOf({manage, noGroup, editGroup, takeAway}), tr("Delete the group, after seeing who loses what"));
    allowIf(m_addMembers, firstOf({manage, noGroup, editGroup, grant}), tr("Find people and add them to the group"));
    allowIf(m_removeMembers,
            firstOf({manage, noGroup, editGroup, takeAway,
                     membersSelected ? std::nullopt : std::optional<QString>(tr("Select members in the list first."))}),
            tr("Take the selected members out of the group"));
    allowIf(m_export,
            firstOf({nobody, noGroup,
                     group && group->memberCount == 0 ? std::optional<QString>(tr("The group has no members."))
                                                      : std::nullopt}),
            tr("Save the members and since when as a CSV file, for an access review"));
}

void GroupsView::updateEmptyState()
{
    const bool empty = m_model && !m_model->isLoading() && m_model->totalCount() == 0;
    if (!empty) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    m_empty->clearActions();
    if (!m_model->search().isEmpty()) {
        m_empty->setTitle(tr("No group matches “%1”").arg(m_model->search()));
        m_empty->setMessage(tr("Search looks at names and descriptions."));
        connect(m_empty->addAction(tr("Clear Search")), &QPushButton::clicked, m_search, &QLineEdit::clear);
    } else {
        m_empty->setTitle(tr("No groups yet"));
        m_empty->setMessage(tr("Groups grant permissions to their members: make one for each team or job."));
        QPushButton* create = m_empty->addAction(tr("New Group…"), bundledIcon(QStringLiteral("add")));
        create->setEnabled(m_new->isEnabled());
        create->setToolTip(m_new->toolTip());
        connect(create, &QPushButton::clicked, m_new, &QAction::trigger);
    }
    m_listStack->setCurrentWidget(m_empty);
}

void GroupsView::newGroup()
{
    if (!m_backend || !m_operator) {
        return;
    }
    auto* dialog = new GroupEditDialog(m_backend, *m_operator, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupEditDialog::saved, this, [this](const Id& id) {
        m_table->clearSelection();
        m_wantedGroup = id; // selected once the refreshed list holds it
        refresh();
        emit message(tr("Group created."));
        emit groupsChanged();
    });
    dialog->open();
}

void GroupsView::editGroup()
{
    const auto group = currentGroup();
    if (!m_backend || !m_operator || !group) {
        return;
    }
    auto* dialog = new GroupEditDialog(m_backend, *m_operator, group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupEditDialog::saved, this, [this] {
        refresh();
        emit message(tr("Group saved."));
        emit groupsChanged();
    });
    dialog->open();
}

void GroupsView::deleteGroup()
{
    const auto group = currentGroup();
    if (!m_backend || !m_operator || !group) {
        return;
    }
    auto* dialog = new GroupDeleteDialog(m_backend, *m_operator, *group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupDeleteDialog::deleted, this, [this](const QString& name) {
        m_wantedGroup = 0;
        m_table->clearSelection();
        refresh();
        emit message(tr("Group “%1” deleted.").arg(name));
        emit groupsChanged();
    });
    dialog->open();
}

void GroupsView::addMembers()
{
    const auto group = currentGroup();
    if (!m_backend || !m_operator || !group) {
        return;
    }
    auto* picker = new MemberPickerDialog(
        m_backend, m_workspaceId, tr("Add Members to “%1”").arg(group->name),
        [](int count) { return count == 0 ? tr("Add") : tr("Add %n Person(s)", nullptr, count); }, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    const Id groupId = group->id;
    const QString name = group->name;
    connect(picker, &QDialog::accepted, this, [this, picker, groupId, name] {
        GroupMembersChange change;
        change.groupId = groupId;
        change.add = true;
        change.accountIds = picker->picked();
        changeMembers(change, tr("Adding %n person(s) to “%1”", nullptr, int(change.accountIds.size())).arg(name));
    });
    picker->open();
}

void GroupsView::removeMembers()
{
    const auto group = currentGroup();
    if (!m_backend || !m_operator || !group || !m_memberTable->selectionModel()) {
        return;
    }
    GroupMembersChange change;
    change.groupId = group->id;
    change.add = false;
    for (const QModelIndex& row : m_memberTable->selectionModel()->selectedRows()) {
        change.accountIds.append(m_members->memberAt(row.row()).accountId);
    }
    if (change.accountIds.isEmpty()) {
        return;
    }
    changeMembers(change,
                  tr("Removing %n person(s) from “%1”", nullptr, int(change.accountIds.size())).arg(group->name));
}

void GroupsView::changeMembers(const GroupMembersChange& change, const QString& title)
{
    const QString group = currentGroup() ? currentGroup()->name : QString();
    followPersonChange<MemberOutcome>(
        this, title, m_backend->groups()->changeGroupMembers(*m_operator, change), change.stop,
        change.accountIds.size() == 1 && !change.matching,
        [this, add = change.add, group](const QList<MemberOutcome>& outcomes, bool listed) {
            refresh();
            emit groupsChanged();
            if (!listed && !outcomes.isEmpty() && outcomes.constFirst().done) {
                emit message(add ? tr("%1 is in “%2”.").arg(outcomes.constFirst().label(), group)
                                 : tr("%1 is no longer in “%2”.").arg(outcomes.constFirst().label(), group));
            }
        });
}

void GroupsView::exportMembersTo(const QString& path)
{
    const auto group = currentGroup();
    if (!m_backend || !group) {
        return;
    }
    GroupMembersRequest all;
    all.workspaceId = m_workspaceId;
    all.groupId = group->id;
    all.limit = 0;
    m_export->setEnabled(false);
    const QString name = group->name;
    whenDone(m_backend->groups()->listGroupMembers(all), this, [this, path, name](const Result<GroupMembersPage>& page) {
        if (!page.ok()) {
            updateActions();
            emit errorOccurred(page.error().message);
            return;
        }
        // Writing runs off the GUI thread: a big group must not freeze the window.
        whenDone(QtConcurrent::run(writeMembersCsv, path, name, page.value().rows), this,
                 [this, path](const Result<int>& written) {
                     updateActions();
                     if (!written.ok()) {
                         emit errorOccurred(written.error().message);
                         return;
                     }
                     emit message(tr("%n member(s) exported to %1.", nullptr, written.value()).arg(path));
                 });
    });
}

} // namespace usher
