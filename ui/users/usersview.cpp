#include "ui/users/usersview.h"

#include "models/usersmodel.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/users/userdelegates.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace usher {

namespace {
constexpr int tablePage = 0;
constexpr int emptyPage = 1;
const QString headerKey = QStringLiteral("usersView/header");
} // namespace

UsersView::UsersView(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("usersView"));

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search by name or email"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("edit-find"), QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(320);

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

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filterBar);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &UsersView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersView::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &UsersView::applyFilter);

    setEnabled(false);
}

void UsersView::setModel(UsersModel* model)
{
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
    connect(model, &UsersModel::pageLoaded, this, &UsersView::restoreSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersView::rememberSelection);

    QHeaderView* header = m_table->horizontalHeader();
    if (!m_restoredHeader) {
        const int widths[UsersModel::ColumnCount] = {220, 250, 105, 175, 100, 135, 130, 100};
        for (int column = 0; column < UsersModel::ColumnCount; ++column) {
            header->resizeSection(column, widths[column]);
        }
        header->setSortIndicator(UsersModel::NameColumn, Qt::AscendingOrder);
        restoreState();
    }
    // Sorting runs in the backend; enabling it sorts by the indicator restored above.
    m_table->setSortingEnabled(true);
    applyFilter();
    updatePage();
}

void UsersView::applyFilter()
{
    m_searchDelay->stop();
    if (!m_model) {
        return;
    }
    UserFilter filter = m_model->filter();
    filter.search = normalizedSearch(m_search->text());
    Status status;
    if (statusFromKey(m_statusFilter->currentData().toString(), &status)) {
        filter.status = status;
    } else {
        filter.status.reset();
    }
    m_model->setFilter(filter);
}

void UsersView::clearFilters()
{
    m_search->clear();
    m_statusFilter->setCurrentIndex(0);
    applyFilter();
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
    if (filter.search.isEmpty() && !filter.status) {
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
                                ? tr("No one has this status. Choose another status or clear the filters.")
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
        action->setEnabled(column != UsersModel::NameColumn);
        if (column == UsersModel::NameColumn) {
            action->setToolTip(tr("The name column cannot be hidden."));
        }
        connect(action, &QAction::toggled, this,
                [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu->popup(header->viewport()->mapToGlobal(position));
}

void UsersView::rememberSelection()
{
    if (m_restoringSelection) {
        return;
    }
    // By user id, so the selection outlives sorting, filtering and reloads. Rows whose page
    // is not loaded have no id to keep; a selection of every row is kept as "all matching".
    m_selectedIds.clear();
    const QItemSelection selection = m_table->selectionModel()->selection();
    qint64 selectedRows = 0;
    for (const QItemSelectionRange& range : selection) {
        selectedRows += range.height();
    }
    m_allMatching = m_model && m_model->rowCount() > 0 && selectedRows >= m_model->rowCount();
    if (m_allMatching) {
        return;
    }
    for (const QItemSelectionRange& range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (m_model->isRowLoaded(row)) {
                m_selectedIds.insert(m_model->index(row, 0).data(UsersModel::AccountIdRole).toLongLong());
            }
        }
    }
}

void UsersView::restoreSelection()
{
    if (!m_model || (m_selectedIds.isEmpty() && !m_allMatching)) {
        return;
    }
    m_restoringSelection = true;
    QItemSelection selection;
    if (m_allMatching) {
        selection.select(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, UsersModel::ColumnCount - 1));
    } else {
        // Rows were updated in place; the same people may now sit on other rows.
        for (const qint64 id : std::as_const(m_selectedIds)) {
            const QModelIndex row = m_model->indexOf(id);
            if (row.isValid()) {
                selection.select(row, row.siblingAtColumn(UsersModel::ColumnCount - 1));
            }
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_restoringSelection = false;
}

qint64 UsersView::selectedCount() const
{
    if (m_allMatching && m_model) {
        return m_model->totalCount();
    }
    return m_selectedIds.size();
}

void UsersView::saveState() const
{
    if (m_model) {
        QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
    }
}

void UsersView::restoreState()
{
    const QByteArray state = QSettings().value(headerKey).toByteArray();
    if (!state.isEmpty()) {
        m_table->horizontalHeader()->restoreState(state);
    }
    m_restoredHeader = true;
}

} // namespace usher
