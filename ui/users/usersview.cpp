#include "ui/users/usersview.h"

#include "core/clamp.h"
#include "core/status.h"
#include "models/savedviewsmodel.h"
#include "models/timeformat.h"
#include "models/usersmodel.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/users/userdelegates.h"
#include "ui/users/userstable.h"

#include <QAction>
#include <QKeyEvent>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QCursor>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <numeric>

namespace usher {

namespace {
constexpr int tablePage = 0;
constexpr int emptyPage = 1;
const QString headerKey = QStringLiteral("usersView/header");
const QString splitterKey = QStringLiteral("usersView/splitter");
/// Each column's width as first shown, and what fitColumns() shares the table's width towards.
constexpr int preferredWidths[UsersModel::ColumnCount] = {220, 250, 105, 175, 100, 135, 130, 100};
} // namespace

PageInfo UsersView::pageInfo()
{
    return {QStringLiteral("users"), tr("&Users"), themedIcon(QStringLiteral("system-users"), QStringLiteral("workspace")),
            QKeySequence(Qt::CTRL | Qt::Key_1), tr("The workspace's people"), std::nullopt, std::nullopt};
}

UsersView::UsersView(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_viewsList(new QTreeView(this))
    , m_stack(new QStackedWidget(this))
    , m_usersTable(new UsersTable(this))
    , m_table(m_usersTable)
    , m_rowScroll(new QScrollBar(Qt::Vertical, this))
    , m_empty(new EmptyState(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("usersView"));

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search by name or email"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("edit-find"), QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(150);
    // Escape empties the search (the whole listing again), or, when it is empty, goes to the table.
    m_search->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    // A column the person drags to a width keeps it; until then the columns follow the table's width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // (The last column stretches to the table's edge by itself: that is no choice of width.)
        QHeaderView* header = m_table->horizontalHeader();
        int last = header->count() - 1;
        while (last > 0 && header->isSectionHidden(header->logicalIndex(last))) {
            --last;
        }
        if (!m_fittingColumns && m_model && header->visualIndex(column) != last) {
            m_columnsArranged = true;
        }
    });

    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All except deleted"));
    for (const Status status : allStatuses()) {
        m_statusFilter->addItem(statusDisplayName(status), statusKey(status));
    }
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);

    auto* filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(12, 10, 12, 10);
    filterBar->setSpacing(8);
    filterBar->addWidget(m_search, 2);
    filterBar->addSpacing(8);
    filterBar->addWidget(statusLabel);
    filterBar->addWidget(m_statusFilter);
    filterBar->addStretch(1);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_usersTable->setSelectAll([this] { selectAllMatching(); });
    m_table->setAccessibleName(tr("Users"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Click to sort; right-click to choose columns"));
    m_table->setItemDelegate(new PlaceholderDelegate(m_table));
    m_table->setItemDelegateForColumn(UsersModel::NameColumn, new NameDelegate(m_table));
    m_table->setItemDelegateForColumn(UsersModel::StatusColumn, new StatusDelegate(m_table));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &UsersView::showColumnMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        emit contextMenuRequested(m_table->viewport()->mapToGlobal(position));
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.data(UsersModel::LoadedRole).toBool()) {
            emit userActivated(index.data(UsersModel::AccountIdRole).value<Id>());
        }
    });

    // The table and, for listings longer than the model's window, a scrollbar over all of it.
    auto* tableArea = new QWidget(this);
    auto* tableLayout = new QHBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_rowScroll);
    m_rowScroll->setObjectName(QStringLiteral("usersRowScroll"));
    m_rowScroll->hide();
    connect(m_rowScroll, &QScrollBar::valueChanged, this, &UsersView::rowScrolled);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &UsersView::tableScrolled);
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this, &UsersView::updateRowScroll);
    // Ctrl+Home and Ctrl+End go to the listing's first and last person, not the window's.
    m_usersTable->setEdgeRow([this](bool last) {
        if (!m_model || m_model->listingRows() == 0) {
            return QModelIndex();
        }
        return m_model->reveal(last ? m_model->listingRows() - 1 : 0);
    });
    m_stack->addWidget(tableArea);
    m_stack->addWidget(m_empty);

    m_filtersButton = createFiltersButton();
    filterBar->insertWidget(filterBar->count() - 1, m_filtersButton);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addLayout(filterBar);
    // What the connection cannot do here (a service that only searches by the start of names,
    // or changes its order between pages), said where it matters, not found out by trying.
    m_serviceNote = new QLabel(right);
    m_serviceNote->setObjectName(QStringLiteral("serviceNote"));
    m_serviceNote->setWordWrap(true);
    m_serviceNote->setContentsMargins(12, 0, 12, 8);
    m_serviceNote->setForegroundRole(QPalette::PlaceholderText);
    m_serviceNote->hide();
    rightLayout->addWidget(m_serviceNote);
    rightLayout->addWidget(separator);
    rightLayout->addWidget(m_stack, 1);

    m_viewsList->setObjectName(QStringLiteral("savedViews"));
    m_viewsList->setAccessibleName(tr("Saved views"));
    m_viewsList->setRootIsDecorated(false);
    m_viewsList->setHeaderHidden(true);
    m_viewsList->setUniformRowHeights(true);
    m_viewsList->setFrameShape(QFrame::NoFrame);
    m_viewsList->setMinimumWidth(170);
    m_viewsList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_viewsList->setBackgroundRole(QPalette::Window);
    m_viewsList->setAutoFillBackground(true);
    m_viewsList->setStyleSheet(QStringLiteral("QTreeView::item { min-height: 28px; }"));
    auto* side = new QWidget(this);
    side->setAutoFillBackground(true);
    side->setBackgroundRole(QPalette::Window);
    auto* viewsHeading = new QLabel(tr("Views"), side);
    QFont headingFont = viewsHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    viewsHeading->setFont(headingFont);
    viewsHeading->setForegroundRole(QPalette::PlaceholderText);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(10, 12, 6, 8);
    sideLayout->setSpacing(6);
    sideLayout->addWidget(viewsHeading);
    sideLayout->addWidget(m_viewsList, 1);
    m_signupHeading = new QLabel(tr("Joining"), side);
    m_signupHeading->setFont(headingFont);
    m_signupHeading->setForegroundRole(QPalette::PlaceholderText);
    m_signupList = new QTreeWidget(side);
    m_signupList->setObjectName(QStringLiteral("signupList"));
    m_signupList->setAccessibleName(tr("Invitations and waitlist"));
    m_signupList->setColumnCount(2);
    m_signupList->setRootIsDecorated(false);
    m_signupList->setHeaderHidden(true);
    m_signupList->setFrameShape(QFrame::NoFrame);
    m_signupList->setBackgroundRole(QPalette::Window);
    m_signupList->setStyleSheet(QStringLiteral("QTreeView::item { min-height: 28px; }"));
    m_signupList->header()->setStretchLastSection(false);
    m_signupList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_signupList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const QString& name : {tr("Invitations"), tr("Waitlist")}) {
        auto* item = new QTreeWidgetItem(m_signupList, {name, QString()});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_signupList->setFixedHeight(2 * 30 + 4);
    connect(m_signupList, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        emit signupPageRequested(m_signupList->indexOfTopLevelItem(item) == 1);
    });
    sideLayout->addSpacing(6);
    sideLayout->addWidget(m_signupHeading);
    sideLayout->addWidget(m_signupList);

    m_splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_splitter->addWidget(side);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({210, 1000});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &UsersView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersView::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &UsersView::applyFilter);

    setEnabled(false);
}

void UsersView::setSignupShown(bool shown)
{
    m_signupHeading->setVisible(shown);
    m_signupList->setVisible(shown);
}

void UsersView::setSignupCounts(qint64 invitations, qint64 waiting)
{
    const qint64 counts[] = {invitations, waiting};
    for (int row = 0; row < 2; ++row) {
        m_signupList->topLevelItem(row)->setText(1, counts[row] < 0 ? QString() : QLocale().toString(counts[row]));
    }
}

void UsersView::setModel(UsersModel* model, SavedViewsModel* savedViews)
{
    // Another database (or none): its people and groups are others.
    m_allMatching = false;
    m_selected.clear();
    m_rowIds.clear();
    m_idRows.clear();
    m_pending.clear();
    m_checking = false;
    if (m_groupChoice && model != m_model) {
        m_groupChoice->actions().first()->setChecked(true);
    }
    m_savedViews = savedViews;
    m_viewsList->setModel(savedViews);
    arrangeSplitter();
    if (savedViews) {
        m_viewsList->header()->setStretchLastSection(false);
        m_viewsList->header()->setSectionResizeMode(SavedViewsModel::NameColumn, QHeaderView::Stretch);
        m_viewsList->header()->setSectionResizeMode(SavedViewsModel::CountColumn, QHeaderView::ResizeToContents);
        m_viewsList->setCurrentIndex(savedViews->index(savedViews->rowOf(m_currentView), 0));
        connect(m_viewsList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex& current) {
                    if (current.isValid() && m_savedViews) {
                        showSavedView(m_savedViews->viewAt(current.row()));
                    }
                });
    }
    if (m_model) {
        m_model->disconnect(this);
    }
    m_model = model;
    m_table->setModel(model);
    setEnabled(model != nullptr);
    if (!model) {
        return;
    }
    m_search->setEnabled(true);
    m_statusFilter->setEnabled(true);
    connect(model, &UsersModel::totalCountChanged, this, &UsersView::updatePage);
    connect(model, &UsersModel::reloaded, this, &UsersView::restoreSelection);
    connect(model, &UsersModel::rowsArrived, this, &UsersView::selectArrivedRows);
    connect(model, &UsersModel::windowMoved, this, &UsersView::followWindow);
    connect(model, &QAbstractItemModel::rowsInserted, this, &UsersView::updateRowScroll);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &UsersView::updateRowScroll);
    connect(model, &QAbstractItemModel::modelReset, this, &UsersView::updateRowScroll);
    connect(model, &UsersModel::totalCountChanged, this, &UsersView::updateRowScroll);
    connect(model, &UsersModel::listedFound, this, &UsersView::keepListed);
    connect(model, &UsersModel::abilitiesChanged, this, &UsersView::applyAbilities);
    connect(model, &UsersModel::sortRefused, this, [this](const QString& why) {
        // The indicator goes back to the order the list is in, and says why.
        QHeaderView* header = m_table->horizontalHeader();
        const UserSort sort = m_model->sortOrder();
        for (int column = 0; column < UsersModel::ColumnCount; ++column) {
            if (UsersModel::fieldForColumn(column) == sort.field) {
                const QSignalBlocker quiet(header);
                header->setSortIndicator(column, sort.order);
            }
        }
        header->viewport()->update();
        QToolTip::showText(QCursor::pos(), why, header);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &UsersView::positionsLost);
    // Rows leaving at the end (a smaller count) are not a person's gesture.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex&, int first, int last) {
        ++m_quiet;
        for (int row = first; row <= last; ++row) {
            forgetRow(row);
        }
        removePending(first, last);
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { --m_quiet; });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersView::rememberSelection);

    QHeaderView* header = m_table->horizontalHeader();
    if (!m_restoredHeader) {
        for (int column = 0; column < UsersModel::ColumnCount; ++column) {
            header->resizeSection(column, preferredWidths[column]);
        }
        header->setSortIndicator(UsersModel::NameColumn, Qt::AscendingOrder);
        restoreState();
        // Widths the person set (saved last time) stand; otherwise the columns fit the table.
        m_columnsArranged = !QSettings().value(headerKey).isNull();
        fitColumns();
    }
    // What the connection cannot sort or show first, so that enabling sorting below asks only
    // for an order it has.
    applyAbilities();
    // Sorting runs in the backend; enabling it sorts by the indicator restored above.
    const QList<UserField> sortable = m_model->abilities().sortable;
    if (!sortable.isEmpty()) {
        if (!sortable.contains(UsersModel::fieldForColumn(header->sortIndicatorSection()))) {
            header->setSortIndicator(UsersModel::NameColumn, Qt::AscendingOrder); // a column this one sorts
        }
        m_table->setSortingEnabled(true);
    }
    applyFilter();
    updatePage();
}

void UsersView::applyAbilities()
{
    const DirectoryAbilities can = m_model ? m_model->abilities() : DirectoryAbilities {};
    QHeaderView* header = m_table->horizontalHeader();
    if (can.sortable.isEmpty()) {
        m_table->setSortingEnabled(false);
        header->setSortIndicatorShown(false);
        header->setToolTip(can.sortLimit + QLatin1Char(' ') + tr("Right-click to choose columns."));
    } else {
        header->setSortIndicatorShown(true);
        header->setToolTip(can.sortLimit.isEmpty() ? tr("Click to sort; right-click to choose columns")
                                                   : tr("Click to sort; right-click to choose columns") + QLatin1String(". ")
                                                         + can.sortLimit);
    }
    m_search->setToolTip(can.searchLimit);
    bool shownChanged = false;
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        const bool known = can.columns.contains(UsersModel::fieldForColumn(column));
        if (!known && !m_hiddenForLack.contains(column)) {
            m_hiddenForLack.insert(column);
            header->setSectionHidden(column, true);
            shownChanged = true;
        } else if (known && m_hiddenForLack.remove(column)) {
            header->setSectionHidden(column, false); // another connection has the data again
            shownChanged = true;
        }
    }
    if (shownChanged) {
        fitColumns(); // the columns left share the width
    }
    // Filters on data the connection does not have are not offered.
    for (const auto& [choice, field] : {std::pair {m_seenChoice, UserField::LastSeen}, std::pair {m_roleChoice, UserField::Role}}) {
        if (auto* menu = qobject_cast<QMenu*>(choice->parent())) {
            const bool known = can.columns.contains(field);
            menu->menuAction()->setEnabled(known);
            menu->menuAction()->setToolTip(known ? QString() : tr("This connection has no such data."));
            if (!known) {
                choice->actions().first()->setChecked(true);
            }
        }
    }
    // Only the statuses its members can have (a service has nobody invited or deleted).
    for (int item = m_statusFilter->count() - 1; item >= 1; --item) {
        Status status = Status::Active;
        if (statusFromKey(m_statusFilter->itemData(item).toString(), &status) && !can.statuses.contains(status)) {
            m_statusFilter->removeItem(item);
        }
    }
    for (const Status status : allStatuses()) {
        if (can.statuses.contains(status) && m_statusFilter->findData(statusKey(status)) < 0) {
            m_statusFilter->addItem(statusDisplayName(status), statusKey(status));
        }
    }
    QStringList notes;
    for (const QString& note : {can.searchLimit, can.orderLimit}) {
        if (!note.isEmpty()) {
            notes.append(note);
        }
    }
    m_serviceNote->setText(notes.join(QLatin1Char(' ')));
    m_serviceNote->setVisible(!notes.isEmpty());
}

void UsersView::applyFilter()
{
    m_searchDelay->stop();
    if (!m_model) {
        return;
    }
    UserFilter filter;
    filter.workspaceId = m_model->filter().workspaceId;
    if (m_savedViews) {
        filter = m_savedViews->filterFor(m_currentView);
    }
    filter.search = normalizedSearch(m_search->text());
    const bool statusFree = m_currentView == SavedView::AllUsers;
    m_statusFilter->setEnabled(statusFree);
    m_statusFilter->setToolTip(statusFree ? QString()
                                          : tr("The view “%1” chooses the status.").arg(savedViewName(m_currentView)));
    Status status;
    if (statusFree && statusFromKey(m_statusFilter->currentData().toString(), &status)) {
        filter.status = status;
    }
    Role role;
    if (roleFromKey(m_roleChoice->checkedAction()->data().toString(), &role)) {
        filter.role = role;
    }
    Source source;
    if (sourceFromKey(m_sourceChoice->checkedAction()->data().toString(), &source)) {
        filter.source = source;
    }
    if (const Id groupId = m_groupChoice->checkedAction()->data().value<Id>(); groupId) {
        filter.groupId = groupId;
    }
    const int seenDays = m_seenChoice->checkedAction()->data().toInt();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60, Qt::UTC);
    if (seenDays > 0) {
        filter.lastSeenSince = now.addDays(-seenDays);
    } else if (seenDays < 0) {
        filter.lastSeenBefore = now.addDays(seenDays);
    }
    updateFiltersButton();
    if (filter != m_model->filter() && m_allMatching) {
        forgetSelection(); // "all matching" meant the old filter's people
    }
    // Otherwise the selected people stay selected if the new filter lists them (positionsLost()
    // asks once the model has the new filter).
    m_model->setFilter(filter);
}

void UsersView::clearFilters()
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    {
        const QSignalBlocker statusBlocker(m_statusFilter);
        m_statusFilter->setCurrentIndex(0);
    }
    for (QActionGroup* group : {m_roleChoice, m_sourceChoice, m_seenChoice, m_groupChoice}) {
        group->actions().first()->setChecked(true);
    }
    applyFilter();
}

void UsersView::showSavedView(SavedView view)
{
    m_currentView = view;
    if (m_savedViews) {
        const QModelIndex row = m_savedViews->index(m_savedViews->rowOf(view), 0);
        if (m_viewsList->currentIndex().row() != row.row()) {
            m_viewsList->setCurrentIndex(row);
        }
    }
    applyFilter();
}

QToolButton* UsersView::createFiltersButton()
{
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("filtersButton"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIcon(themedIcon(QStringLiteral("view-filter"), QStringLiteral("columns")));
    auto* menu = new QMenu(button);
    auto addChoices = [this, menu](const QString& title, const QList<QPair<QString, QVariant>>& choices) {
        QMenu* sub = menu->addMenu(title);
        auto* group = new QActionGroup(sub);
        group->setExclusive(true);
        for (const auto& [text, data] : choices) {
            QAction* action = sub->addAction(text);
            action->setCheckable(true);
            action->setData(data);
            group->addAction(action);
        }
        group->actions().first()->setChecked(true);
        connect(group, &QActionGroup::triggered, this, &UsersView::applyFilter);
        return group;
    };
    QList<QPair<QString, QVariant>> roles{{tr("Any role"), QString()}};
    for (const Role role : allRoles()) {
        roles.append({roleDisplayName(role), roleKey(role)});
    }
    m_roleChoice = addChoices(tr("&Role"), roles);
    m_roleChoice->setObjectName(QStringLiteral("roleChoice"));
    QList<QPair<QString, QVariant>> sources{{tr("Any source"), QString()}};
    for (const Source source : allSources()) {
        sources.append({sourceDisplayName(source), sourceKey(source)});
    }
    m_sourceChoice = addChoices(tr("&Source"), sources);
    m_sourceChoice->setObjectName(QStringLiteral("sourceChoice"));
    m_seenChoice = addChoices(tr("&Last seen"), {{tr("Any time"), 0},
                                                  {tr("In the last 7 days"), 7},
                                                  {tr("In the last 30 days"), 30},
                                                  {tr("Not in the last 90 days"), -90},
                                                  {tr("Not in the last year"), -365}});
    m_seenChoice->setObjectName(QStringLiteral("seenChoice"));
    m_groupMenu = menu->addMenu(tr("&Group"));
    m_groupChoice = new QActionGroup(m_groupMenu);
    m_groupChoice->setObjectName(QStringLiteral("groupChoice"));
    m_groupChoice->setExclusive(true);
    connect(m_groupChoice, &QActionGroup::triggered, this, &UsersView::applyFilter);
    setGroups({});
    menu->addSeparator();
    menu->addAction(tr("&Clear Filters"), this, &UsersView::clearFilters);
    button->setMenu(menu);
    button->setText(tr("Filters"));
    return button;
}

void UsersView::setGroups(const QList<GroupSummary>& groups)
{
    const Id chosen = m_groupChoice->checkedAction() ? m_groupChoice->checkedAction()->data().value<Id>() : 0;
    for (QAction* action : m_groupChoice->actions()) {
        m_groupChoice->removeAction(action);
        delete action;
    }
    m_groupMenu->clear();
    QAction* any = m_groupMenu->addAction(tr("Any group"));
    any->setCheckable(true);
    any->setData(qint64(0));
    m_groupChoice->addAction(any);
    any->setChecked(true);
    for (const GroupSummary& group : groups) {
        QAction* action = m_groupMenu->addAction(group.name);
        action->setCheckable(true);
        action->setData(QVariant::fromValue(group.id));
        action->setToolTip(tr("%n member(s)", nullptr, clampToInt(group.memberCount)));
        m_groupChoice->addAction(action);
        action->setChecked(group.id == chosen);
    }
    m_groupMenu->setEnabled(!groups.isEmpty());
    if (chosen != 0 && m_groupChoice->checkedAction() == any) {
        applyFilter(); // the chosen group is gone: stop filtering by it
    }
    m_groupMenu->setToolTip(groups.isEmpty() ? tr("This workspace has no groups yet") : QString());
}

void UsersView::updateFiltersButton()
{
    int active = 0;
    for (QActionGroup* group : {m_roleChoice, m_sourceChoice, m_seenChoice, m_groupChoice}) {
        active += group->checkedAction() != group->actions().first() ? 1 : 0;
    }
    m_filtersButton->setText(active == 0 ? tr("Filters") : tr("Filters (%1)").arg(active));
    m_filtersButton->setToolTip(tr("Filter by role, source, group and when people last signed in"));
}

void UsersView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersView::updatePage()
{
    if (!m_model || m_model->totalCount() != 0) {
        m_stack->setCurrentIndex(tablePage);
        return;
    }
    m_empty->clearActions();
    const UserFilter filter = m_model->filter();
    const bool narrowed = !filter.search.isEmpty() || filter.role || filter.source || filter.groupId || filter.lastSeenBefore
        || filter.lastSeenSince || (m_currentView == SavedView::AllUsers && filter.status);
    if (m_currentView != SavedView::AllUsers && !narrowed) {
        m_empty->setPicture(bundledIcon(QStringLiteral("empty-users")));
        m_empty->setTitle(tr("Nothing here"));
        m_empty->setMessage(tr("No one is in “%1” right now.").arg(savedViewName(m_currentView)));
        auto* all = m_empty->addAction(tr("Show All Users"));
        all->setObjectName(QStringLiteral("showAllButton"));
        connect(all, &QPushButton::clicked, this, [this] { showSavedView(SavedView::AllUsers); });
    } else if (!narrowed) {
        m_empty->setPicture(bundledIcon(QStringLiteral("empty-users")));
        m_empty->setTitle(tr("No users yet"));
        m_empty->setMessage(tr("This workspace has no members. Invite people, or load sample data to explore Usher "
                               "with a realistic organisation."));
        auto* load = m_empty->addAction(tr("Load Sample Data"), bundledIcon(QStringLiteral("sample-data")));
        load->setObjectName(QStringLiteral("loadSampleDataButton"));
        connect(load, &QPushButton::clicked, this, &UsersView::loadSampleDataRequested);
    } else {
        m_empty->setPicture(bundledIcon(QStringLiteral("search")));
        m_empty->setTitle(tr("No matching users"));
        m_empty->setMessage(filter.search.isEmpty()
                                ? tr("No one matches these filters. Choose others or clear them.")
                                : tr("No one's name or email contains “%1”. Check the spelling or clear the filters.")
                                      .arg(filter.search.toHtmlEscaped()));
        auto* clear = m_empty->addAction(tr("Clear Filters"));
        clear->setObjectName(QStringLiteral("clearFiltersButton"));
        connect(clear, &QPushButton::clicked, this, &UsersView::clearFilters);
    }
    m_stack->setCurrentIndex(emptyPage);
}

void UsersView::showNoDatabase()
{
    setModel(nullptr);
    setEnabled(true);
    m_search->setEnabled(false);
    m_statusFilter->setEnabled(false);
    m_empty->clearActions();
    m_empty->setPicture(bundledIcon(QStringLiteral("new-database")));
    m_empty->setTitle(tr("No database open"));
    m_empty->setMessage(tr("Open an existing Usher database, or create a new one to start."));
    auto* open
        = m_empty->addAction(tr("Open Database…"), themedIcon(QStringLiteral("document-open"), QStringLiteral("open")));
    open->setObjectName(QStringLiteral("openDatabaseButton"));
    connect(open, &QPushButton::clicked, this, &UsersView::openDatabaseRequested);
    auto* create = m_empty->addAction(tr("New Database…"), bundledIcon(QStringLiteral("new-database")));
    create->setObjectName(QStringLiteral("newDatabaseButton"));
    connect(create, &QPushButton::clicked, this, &UsersView::newDatabaseRequested);
    m_stack->setCurrentIndex(emptyPage);
}

void UsersView::showColumnMenu(const QPoint& position)
{
    if (!m_model) {
        return;
    }
    QHeaderView* header = m_table->horizontalHeader();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Columns"));
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name column always stays, so a row can be told apart.
        const bool known = m_model->abilities().columns.contains(UsersModel::fieldForColumn(column));
        action->setEnabled(column != UsersModel::NameColumn && known);
        if (column == UsersModel::NameColumn) {
            action->setToolTip(tr("The name column cannot be hidden."));
        } else if (!known) {
            action->setToolTip(tr("This connection has no such data."));
        }
        connect(action, &QAction::toggled, this,
                [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu->popup(header->viewport()->mapToGlobal(position));
}

QList<UserSummary> UsersView::selectedUsers() const
{
    return m_selected.values();
}

void UsersView::setDetailsPanel(QWidget* panel)
{
    m_detailsPanel = panel;
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(2, true); // dragged closed, it gives the table its width
    m_splitter->setSizes({sideWidth(), 760, m_detailsWidth});

    m_detailsAction = new QAction(tr("&Details Panel"), this);
    m_detailsAction->setObjectName(QStringLiteral("detailsPanelAction"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(Qt::Key_F9);
    m_detailsAction->setToolTip(tr("Show or hide the selected person's details beside the table"));
    connect(m_detailsAction, &QAction::toggled, this, &UsersView::showDetailsPanel);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const int width = m_splitter->sizes().value(2);
        if (width > 0) {
            m_detailsWidth = width;
        }
        const QSignalBlocker blocker(m_detailsAction);
        m_detailsAction->setChecked(width > 0 && m_detailsPanel->isVisible());
    });
    restoreSplitter();
}

void UsersView::showDetailsPanel(bool shown)
{
    if (!m_detailsPanel) {
        return;
    }
    m_detailsPanel->setVisible(shown);
    if (shown) {
        QList<int> sizes = m_splitter->sizes();
        if (sizes.value(2) == 0) { // dragged closed before: open it at its last width
            sizes[1] = qMax(0, sizes.value(1) - m_detailsWidth);
            sizes[2] = m_detailsWidth;
            m_splitter->setSizes(sizes);
        }
    }
    if (m_detailsAction->isChecked() != shown) {
        const QSignalBlocker blocker(m_detailsAction);
        m_detailsAction->setChecked(shown);
    }
}

bool UsersView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    }
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape
        && static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        if (m_search->text().isEmpty()) {
            m_table->setFocus(Qt::ShortcutFocusReason);
        } else {
            m_search->clear();
            applyFilter();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void UsersView::fitColumns()
{
    if (m_columnsArranged || !m_model || m_fittingColumns) {
        return;
    }
    QHeaderView* header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    if (available < 300 || header->count() != UsersModel::ColumnCount) {
        return;
    }
    // What each column would like, and the least it needs: its heading, or for names and
    // addresses enough of them to tell people apart.
    const auto& preferred = preferredWidths;
    int least[UsersModel::ColumnCount];
    int wanted = 0;
    int floor = 0;
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        least[column] = qMax(header->fontMetrics().horizontalAdvance(heading) + 24,
                             column == UsersModel::NameColumn || column == UsersModel::EmailColumn ? 150 : 76);
        if (column == UsersModel::StatusColumn) {
            // Every status pill whole, as the delegate draws it.
            for (const Status status : allStatuses()) {
                least[column]
                    = qMax(least[column], StatusDelegate::cellWidthFor(m_table->font(), statusDisplayName(status)) + 4);
            }
        }
        if (column == UsersModel::JoinedColumn) {
            // A whole date in the user's format, never "30.05.20…".
            least[column] = qMax(least[column], m_table->fontMetrics().horizontalAdvance(shortDate(QDate(2026, 12, 28))) + 24);
        }
        if (!header->isSectionHidden(column)) {
            wanted += qMax(preferred[column], least[column]);
            floor += least[column];
        }
    }
    // Shared out in proportion between the least and the preferred widths; room to spare goes to
    // names, addresses and groups. Narrower than every column's least: the table scrolls.
    const double share = wanted > floor ? qBound(0.0, double(available - floor) / (wanted - floor), 1.0) : 1.0;
    const int spare = qMax(0, available - wanted - 24);
    const auto extra = [&](int column) {
        switch (column) {
        case UsersModel::NameColumn:
            return spare * 4 / 10;
        case UsersModel::EmailColumn:
            return spare * 35 / 100;
        case UsersModel::GroupsColumn:
            return spare / 4;
        default:
            return 0;
        }
    };
    m_fittingColumns = true;
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        if (!header->isSectionHidden(column)) {
            header->resizeSection(column,
                                  least[column] + int((qMax(preferred[column], least[column]) - least[column]) * share)
                                      + extra(column));
        }
    }
    m_fittingColumns = false;
}

void UsersView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    arrangeSplitter();
}

void UsersView::arrangeSplitter()
{
    // Never arranged by the person: the side list as wide as its lines in their language and
    // the details panel at its width, whatever the window's width; the table takes the rest.
    if (m_arranged || !m_savedViews || !isVisible()) {
        return;
    }
    m_arranged = true; // once, whether or not the person's own arrangement stands
    if (!QSettings().value(splitterKey).isNull()) {
        return;
    }
    QList<int> sizes = m_splitter->sizes();
    const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
    if (sizes.size() < 3 || total <= 0) {
        return;
    }
    sizes[0] = sideWidth();
    sizes[2] = sizes.at(2) > 0 ? m_detailsWidth : 0;
    sizes[1] = qMax(0, total - sizes.at(0) - sizes.at(2));
    m_splitter->setSizes(sizes);
}

int UsersView::sideWidth() const
{
    // Wide enough for the longest view or "Joining" line in the person's language, within reason.
    // (QTreeView hides sizeHintForColumn(); QAbstractItemView offers it.)
    const QAbstractItemView* views = m_viewsList;
    const QAbstractItemView* signup = m_signupList;
    int widest = 0;
    if (views->model()) {
        widest = views->sizeHintForColumn(0) + views->sizeHintForColumn(1);
    }
    widest = qMax(widest, signup->sizeHintForColumn(0)
                              + signup->fontMetrics().horizontalAdvance(QStringLiteral("000,000")));
    return qBound(210, widest + 32, 320);
}

void UsersView::selectRowsQuietly(const QItemSelection& rows, QItemSelectionModel::SelectionFlags command)
{
    ++m_quiet;
    m_table->selectionModel()->select(rows, command | QItemSelectionModel::Rows);
    --m_quiet;
}

void UsersView::forgetRow(int row)
{
    const auto it = m_rowIds.find(row);
    if (it != m_rowIds.end()) {
        m_idRows.remove(*it);
        m_rowIds.erase(it);
    }
}

void UsersView::placeAt(int row, const UserSummary& user)
{
    // The person is shown on `row` now: the row they were on before (if any) is someone else's.
    const auto old = m_idRows.constFind(user.accountId);
    if (old != m_idRows.constEnd() && *old != row) {
        const int oldRow = *old;
        forgetRow(oldRow);
        if (m_model && oldRow < m_model->rowCount()) {
            selectRowsQuietly(QItemSelection(m_model->index(oldRow, 0), m_model->index(oldRow, 0)),
                              QItemSelectionModel::Deselect);
        }
    }
    m_rowIds.insert(row, user.accountId);
    m_idRows.insert(user.accountId, row);
    m_selected.insert(user.accountId, user);
}

qint64 UsersView::pendingCount() const
{
    qint64 rows = 0;
    for (const auto& [first, last] : m_pending) {
        rows += last - first + 1;
    }
    return rows;
}

void UsersView::removePending(int first, int last)
{
    QList<std::pair<int, int>> kept;
    for (const auto& [from, to] : std::as_const(m_pending)) {
        if (to < first || from > last) {
            kept.append({from, to});
            continue;
        }
        if (from < first) {
            kept.append({from, first - 1});
        }
        if (to > last) {
            kept.append({last + 1, to});
        }
    }
    m_pending = kept;
}

bool UsersView::isPending(int row) const
{
    for (const auto& [first, last] : m_pending) {
        if (row >= first && row <= last) {
            return true;
        }
    }
    return false;
}

void UsersView::rememberSelection(const QItemSelection& selected, const QItemSelection& deselected)
{
    if (m_quiet > 0 || !m_model) {
        return;
    }
    // The selection is kept by person, so it outlives sorting, reloads and evicted pages; the
    // table's selection only shows the people whose rows are loaded. This is a person's
    // gesture: apply it to the people.
    const bool clearing = m_usersTable->takeClearing();
    if (m_allMatching) {
        // "All matching" is only what Select All chose; any other gesture starts afresh from it.
        m_allMatching = false;
        m_selected.clear();
        m_rowIds.clear();
        m_idRows.clear();
        m_pending.clear();
        selectRowsQuietly(selected, QItemSelectionModel::ClearAndSelect);
    } else if (clearing) {
        // A plain click or a move: whoever was selected without a row on screen goes too.
        QSet<Id> kept;
        for (auto it = m_idRows.cbegin(); it != m_idRows.cend(); ++it) {
            kept.insert(it.key());
        }
        for (auto it = m_selected.begin(); it != m_selected.end();) {
            it = kept.contains(it.key()) ? std::next(it) : m_selected.erase(it);
        }
        m_pending.clear();
    }
    for (const QItemSelectionRange& range : deselected) {
        removePending(range.top(), range.bottom());
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const auto it = m_rowIds.constFind(row);
            if (it != m_rowIds.constEnd()) {
                m_selected.remove(*it);
                forgetRow(row);
            }
        }
    }
    for (const QItemSelectionRange& range : selected) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (m_model->isRowLoaded(row)) {
                placeAt(row, m_model->userAt(m_model->index(row, 0)));
            } else if (!isPending(row)) {
                // Not loaded yet (a Shift-range past what was fetched): who it is arrives with its page.
                if (!m_pending.isEmpty() && m_pending.last().second == row - 1) {
                    m_pending.last().second = row;
                } else {
                    m_pending.append({row, row});
                }
            }
        }
    }
    loadPendingRows();
    emit selectionChanged();
}

void UsersView::loadPendingRows()
{
    if (m_model && !m_pending.isEmpty()) {
        m_model->fetchRows(m_pending.first().first, m_pending.first().second, 8);
    }
}

int UsersView::rowHeight() const
{
    return qMax(1, m_table->verticalHeader()->defaultSectionSize());
}

int UsersView::visibleRows() const
{
    return qMax(1, m_table->viewport()->height() / rowHeight());
}

QScrollBar* UsersView::rowScrollBar() const
{
    return m_rowScroll->isVisibleTo(this) ? m_rowScroll : m_table->verticalScrollBar();
}

void UsersView::scrollToRow(qint64 row)
{
    if (!m_model) {
        return;
    }
    const int visible = visibleRows();
    const QModelIndex index = m_model->reveal(row, 2 * visible);
    if (index.isValid()) {
        m_table->scrollTo(index, QAbstractItemView::PositionAtTop);
    }
}

void UsersView::updateRowScroll()
{
    if (!m_model) {
        return;
    }
    // A longer listing than the window: the table's own scrollbar would only cover the window.
    const bool longer = m_model->listingRows() > m_model->rowCount();
    m_table->setVerticalScrollBarPolicy(longer ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    m_rowScroll->setVisible(longer);
    if (!longer) {
        return;
    }
    const int visible = visibleRows();
    const QSignalBlocker quiet(m_rowScroll);
    m_rowScroll->setRange(0, qMax(0, m_model->listingRows() - visible));
    m_rowScroll->setPageStep(visible);
    m_rowScroll->setSingleStep(1);
    // The table's end (its last row in full view) is the listing's end when the window is at it.
    const QScrollBar* bar = m_table->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum()
        && m_model->windowStart() + m_model->rowCount() == m_model->listingRows();
    m_rowScroll->setValue(atEnd ? m_rowScroll->maximum() : m_model->windowStart() + bar->value() / rowHeight());
}

void UsersView::tableScrolled(int pixels)
{
    if (!m_model || m_sliding || !m_rowScroll->isVisibleTo(this)) {
        return;
    }
    // Wheel, keys or a selection moved the table: near an edge of the window, the window
    // slides so that the rows around stay reachable (followWindow() keeps them in place).
    const int visible = visibleRows();
    const int top = pixels / rowHeight();
    const int margin = 2 * visible;
    const bool nearTop = top < margin && m_model->windowStart() > 0;
    const bool nearEnd = top + visible > m_model->rowCount() - margin
        && m_model->windowStart() + m_model->rowCount() < m_model->listingRows();
    if (nearTop || nearEnd) {
        m_model->moveWindowTo(qint64(m_model->windowStart()) + top - m_model->windowSize() / 2);
    }
    updateRowScroll();
}

void UsersView::rowScrolled(int row)
{
    if (!m_model || m_sliding) {
        return;
    }
    const int visible = visibleRows();
    m_model->reveal(row, 2 * visible);
    m_sliding = true;
    QScrollBar* bar = m_table->verticalScrollBar();
    bar->setValue(row == m_rowScroll->maximum() ? bar->maximum() : (row - m_model->windowStart()) * rowHeight());
    m_sliding = false;
    // Sliding the window set this bar from where the table was: it stays where it was put.
    const QSignalBlocker quiet(m_rowScroll);
    m_rowScroll->setValue(row);
}

void UsersView::followWindow(int delta)
{
    // The same people stay on screen and current: their rows moved by -delta.
    m_sliding = true;
    QScrollBar* bar = m_table->verticalScrollBar();
    bar->setValue(bar->value() - delta * rowHeight());
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        const int row = current.row() - delta;
        m_table->selectionModel()->setCurrentIndex(
            row >= 0 && row < m_model->rowCount() ? m_model->index(row, current.column()) : QModelIndex(),
            QItemSelectionModel::NoUpdate);
    }
    m_sliding = false;
    // The shown selection: rows are other people now. Known rows move with their people,
    // rows chosen before they loaded (a Shift-range) move too, and what leaves the window is
    // forgotten (the people themselves stay selected).
    QHash<int, Id> moved;
    for (auto it = m_rowIds.cbegin(); it != m_rowIds.cend(); ++it) {
        const int row = it.key() - delta;
        if (row >= 0 && row < m_model->rowCount()) {
            moved.insert(row, it.value());
        }
    }
    m_rowIds = moved;
    m_idRows.clear();
    for (auto it = m_rowIds.cbegin(); it != m_rowIds.cend(); ++it) {
        m_idRows.insert(it.value(), it.key());
    }
    QList<std::pair<int, int>> pending;
    for (const auto& [first, last] : std::as_const(m_pending)) {
        const int from = qMax(0, first - delta);
        const int to = qMin(m_model->rowCount() - 1, last - delta);
        if (from <= to) {
            pending.append({from, to});
        }
    }
    m_pending = pending;
    ++m_quiet;
    m_table->selectionModel()->clearSelection();
    if (m_allMatching) {
        m_usersTable->selectEveryRow();
    } else {
        QItemSelection shown;
        for (auto it = m_rowIds.cbegin(); it != m_rowIds.cend(); ++it) {
            shown.select(m_model->index(it.key(), 0), m_model->index(it.key(), 0));
        }
        for (const auto& [first, last] : std::as_const(m_pending)) {
            shown.select(m_model->index(first, 0), m_model->index(last, 0));
        }
        m_table->selectionModel()->select(shown, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    --m_quiet;
    // Selected people on loaded rows that no row of the window knew yet.
    selectArrivedRows(0, m_model->rowCount() - 1);
    updateRowScroll();
}

void UsersView::positionsLost()
{
    // Another order or filter: rows hold other people now. The people stay selected; their
    // rows are found again as pages arrive. Rows not identified yet cannot be found again.
    m_rowIds.clear();
    m_idRows.clear();
    const bool hadPending = !m_pending.isEmpty();
    m_pending.clear();
    checkListed();
    if (hadPending) {
        emit selectionChanged();
    }
}

void UsersView::checkListed()
{
    if (!m_model || m_allMatching || m_selected.isEmpty()) {
        if (std::exchange(m_checking, false)) {
            emit selectionChanged();
        }
        return;
    }
    if (m_selected.size() > maxCheckedSelection) {
        // Too many to look up one by one: start afresh rather than act on people not listed.
        forgetSelection();
        return;
    }
    m_checking = true;
    const QList<Id> ids = m_selected.keys();
    m_model->findListed(QSet<Id>(ids.cbegin(), ids.cend()));
    emit selectionChanged();
}

void UsersView::keepListed(const QSet<Id>& asked, const QList<UserSummary>& listed)
{
    // Of the people asked about, only those the view lists stay selected, as they are now.
    QHash<Id, UserSummary> now;
    for (const UserSummary& user : listed) {
        now.insert(user.accountId, user);
    }
    for (const Id& id : asked) {
        if (!m_selected.contains(id)) {
            continue; // deselected meanwhile
        }
        if (now.contains(id)) {
            m_selected.insert(id, now.value(id));
            continue;
        }
        m_selected.remove(id);
        const auto row = m_idRows.constFind(id);
        if (row != m_idRows.constEnd()) {
            const int gone = *row;
            forgetRow(gone);
            if (gone < m_model->rowCount()) {
                selectRowsQuietly(QItemSelection(m_model->index(gone, 0), m_model->index(gone, 0)),
                                  QItemSelectionModel::Deselect);
            }
        }
    }
    m_checking = false;
    emit selectionChanged();
}

void UsersView::restoreSelection()
{
    // After a reload people may have moved, or left the view: look again.
    checkListed();
}

void UsersView::selectArrivedRows(int first, int last)
{
    // Rows came in: find the selected people on them (adding to, never replacing, what is
    // selected), and learn who the rows selected before they were loaded hold.
    if (!m_model || (m_selected.isEmpty() && m_pending.isEmpty() && !m_allMatching)) {
        return;
    }
    QItemSelection select;
    QItemSelection deselect;
    bool changed = false;
    for (int row = first; row <= last; ++row) {
        const UserSummary user = m_model->userAt(m_model->index(row, 0));
        if (user.accountId == 0) {
            continue;
        }
        if (m_allMatching) {
            select.select(m_model->index(row, 0), m_model->index(row, 0));
            continue;
        }
        const auto shown = m_rowIds.constFind(row);
        if (shown != m_rowIds.constEnd() && *shown != user.accountId) {
            forgetRow(row); // the row holds someone else now
            deselect.select(m_model->index(row, 0), m_model->index(row, 0));
            changed = true;
        }
        if (isPending(row)) {
            removePending(row, row);
            placeAt(row, user);
            changed = true;
        } else if (m_selected.contains(user.accountId)) {
            placeAt(row, user);
            select.select(m_model->index(row, 0), m_model->index(row, 0));
            changed = true;
        }
    }
    if (!deselect.isEmpty()) {
        selectRowsQuietly(deselect, QItemSelectionModel::Deselect);
    }
    if (!select.isEmpty()) {
        selectRowsQuietly(select, QItemSelectionModel::Select);
    }
    loadPendingRows();
    if (changed) {
        emit selectionChanged();
    }
}

void UsersView::selectAllMatching()
{
    if (!m_model || m_model->rowCount() == 0) {
        return;
    }
    m_allMatching = true;
    m_selected.clear();
    m_rowIds.clear();
    m_idRows.clear();
    m_pending.clear();
    m_checking = false;
    ++m_quiet;
    m_usersTable->selectEveryRow();
    --m_quiet;
    emit selectionChanged();
}

void UsersView::forgetSelection()
{
    m_allMatching = false;
    m_selected.clear();
    m_rowIds.clear();
    m_idRows.clear();
    m_pending.clear();
    m_checking = false;
    if (m_table->selectionModel()) {
        ++m_quiet;
        m_table->selectionModel()->clearSelection();
        --m_quiet;
    }
    emit selectionChanged();
}

qint64 UsersView::selectedCount() const
{
    if (m_allMatching && m_model) {
        return m_model->totalCount();
    }
    return m_selected.size() + pendingCount();
}

std::optional<QString> UsersView::selectionNotReady() const
{
    if (!m_pending.isEmpty()) {
        return tr("Some selected rows are still loading; wait a moment.");
    }
    if (m_checking) {
        return tr("Checking who of the selected people this view still lists…");
    }
    return std::nullopt;
}

void UsersView::saveState() const
{
    if (m_model) {
        // Columns hidden because this connection has no such data are the person's choice no more
        // than sorting it: saved as shown, for the next connection that has the data.
        QHeaderView* header = m_table->horizontalHeader();
        for (const int column : m_hiddenForLack) {
            header->setSectionHidden(column, false);
        }
        QSettings().setValue(headerKey, header->saveState());
        for (const int column : m_hiddenForLack) {
            header->setSectionHidden(column, true);
        }
    }
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(QStringLiteral("usersView/detailsShown"), !m_detailsAction || m_detailsAction->isChecked());
    settings.setValue(QStringLiteral("usersView/detailsWidth"), m_detailsWidth);
}

void UsersView::restoreState()
{
    restoreSplitter();
    const QByteArray state = QSettings().value(headerKey).toByteArray();
    if (!state.isEmpty()) {
        m_table->horizontalHeader()->restoreState(state);
    }
    m_restoredHeader = true;
}

void UsersView::restoreSplitter()
{
    QSettings settings;
    const QByteArray splitter = settings.value(splitterKey).toByteArray();
    if (!splitter.isEmpty()) {
        m_splitter->restoreState(splitter);
    }
    m_detailsWidth = qBound(280, settings.value(QStringLiteral("usersView/detailsWidth"), 340).toInt(), 900);
    if (m_detailsAction) {
        const bool shown = settings.value(QStringLiteral("usersView/detailsShown"), true).toBool()
            && m_splitter->sizes().value(2, 1) != 0;
        m_detailsAction->setChecked(shown);
        showDetailsPanel(shown);
    }
}

QString UsersView::listDescription() const
{
    QString text = savedViewName(m_currentView);
    const QString search = normalizedSearch(m_search->text());
    if (!search.isEmpty()) {
        text += tr(", search “%1”").arg(search);
    }
    if (m_model) {
        const UserFilter filter = m_model->filter();
        if (filter.role || filter.source || filter.groupId) {
            text += tr(", filtered");
        }
    }
    return text;
}

} // namespace usher
