#include "ui/csv/workbenchdocument.h"

#include "models/userlistmodel.h"
#include "ui/common/icons.h"
#include "ui/common/problemlabel.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPainter>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace usher {

Q_LOGGING_CATEGORY(lcWorkbench, "usher.workbench")

/// The rows with problems, one line each, for the list beside the table.
class ProblemRowsModel : public QAbstractListModel
{
public:
    enum DataRole { RowRole = Qt::UserRole + 1 };

    explicit ProblemRowsModel(UserListModel* list, QObject* parent) : QAbstractListModel(parent), m_list(list) {}

    void refresh()
    {
        beginResetModel();
        m_rows = m_list->checks().problemRows();
        endResetModel();
    }
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size()) {
            return {};
        }
        const int row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return WorkbenchDocument::tr("Row %1: %2").arg(row + 1).arg(m_list->checks().problemText(row));
        case Qt::ToolTipRole:
            return m_list->checks().problemText(row);
        case Qt::DecorationRole:
            return bundledIcon(QStringLiteral("warning"));
        case RowRole:
            return row;
        default:
            return {};
        }
    }

private:
    UserListModel* m_list;
    QList<int> m_rows;
};

namespace {

/// Cells with a problem get a tint and a mark in their corner, as spreadsheets mark notes.
class ProblemCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const bool problem = !index.data(UserListModel::ProblemRole).toString().isEmpty();
        if (problem && !(option.state & QStyle::State_Selected)) {
            painter->fillRect(option.rect, QColor(220, 50, 47, 38));
        }
        QStyledItemDelegate::paint(painter, option, index);
        if (problem) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(220, 50, 47));
            const QRect r = option.rect;
            const int size = qMin(8, r.height() / 2);
            const QPoint corner = r.topRight() + QPoint(1, 0);
            painter->drawPolygon(QPolygon({corner, corner - QPoint(size, 0), corner + QPoint(0, size)}));
            painter->restore();
        }
    }
};

int nextUntitled()
{
    static int count = 0;
    return ++count;
}

} // namespace

QJsonObject csvFormatToJson(const CsvFormat& format)
{
    return {{QStringLiteral("encoding"), int(format.encoding)},
            {QStringLiteral("byteOrderMark"), format.byteOrderMark},
            {QStringLiteral("delimiter"), QString(format.delimiter)},
            {QStringLiteral("lineEnding"), int(format.lineEnding)},
            {QStringLiteral("finalLineBreak"), format.finalLineBreak},
            {QStringLiteral("quoteAll"), format.quoteAll},
            {QStringLiteral("preamble"), format.preamble}};
}

CsvFormat csvFormatFromJson(const QJsonObject& saved)
{
    CsvFormat format;
    format.encoding = CsvEncoding(saved.value(QStringLiteral("encoding")).toInt());
    format.byteOrderMark = saved.value(QStringLiteral("byteOrderMark")).toBool();
    const QString delimiter = saved.value(QStringLiteral("delimiter")).toString();
    format.delimiter = delimiter.isEmpty() ? QLatin1Char(',') : delimiter.at(0);
    format.lineEnding = CsvLineEnding(saved.value(QStringLiteral("lineEnding")).toInt());
    format.finalLineBreak = saved.value(QStringLiteral("finalLineBreak")).toBool(true);
    format.quoteAll = saved.value(QStringLiteral("quoteAll")).toBool();
    format.preamble = saved.value(QStringLiteral("preamble")).toString();
    return format;
}

bool CellSearch::matches(const QString& cell) const
{
    if (text.isEmpty()) {
        return false;
    }
    const Qt::CaseSensitivity sensitivity = matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return wholeCell ? cell.compare(text, sensitivity) == 0 : cell.contains(text, sensitivity);
}

QString CellSearch::replaced(const QString& cell, const QString& replacement) const
{
    if (!matches(cell)) {
        return cell;
    }
    if (wholeCell) {
        return replacement;
    }
    QString result = cell;
    return result.replace(text, replacement, matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

WorkbenchDocument::WorkbenchDocument(CsvDocument document, const QString& path, QWidget* parent,
                                     const QString& recoveryId, const std::optional<WorkspaceKnowledge>& knowledge)
    : QWidget(parent),
      m_model(new UserListModel(this)),
      m_problems(new ProblemRowsModel(m_model, this)),
      m_table(new QTableView(this)),
      m_problemList(new QListView(this)),
      m_listProblem(makeProblemLabel(this)),
      m_problemsTitle(new QLabel(this)),
      m_noProblems(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_path(path),
      m_recoveryId(recoveryId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : recoveryId),
      m_recoveryTimer(new QTimer(this))
{
    if (m_path.isEmpty()) {
        m_untitledNumber = nextUntitled();
    }
    if (QDir().mkpath(recoveryDirectory())) {
        m_recoveryLock = std::make_unique<QLockFile>(QDir(recoveryDirectory()).filePath(m_recoveryId + QStringLiteral(".lock")));
        m_recoveryLock->tryLock(0);
    }
    m_model->setProblemIcon(bundledIcon(QStringLiteral("warning")));
    m_model->setKnowledge(knowledge); // before the rows: they are checked once, with it
    m_model->setDocument(std::move(document));

    m_table->setObjectName(QStringLiteral("workbenchTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ProblemCellDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(true);
    m_table->horizontalHeader()->setHighlightSections(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this,
            &WorkbenchDocument::renameColumnRequested);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    fitColumns();
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 6, 0, 0);
    m_problemsTitle->setObjectName(QStringLiteral("workbenchProblemsTitle"));
    QFont bold = m_problemsTitle->font();
    bold.setBold(true);
    m_problemsTitle->setFont(bold);
    m_problemList->setObjectName(QStringLiteral("workbenchProblems"));
    m_problemList->setModel(m_problems);
    m_problemList->setWordWrap(true);
    m_problemList->setUniformItemSizes(false);
    m_problemList->setSpacing(2);
    m_problemList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemList->setToolTip(tr("Click a problem to go to its row."));
    m_noProblems->setObjectName(QStringLiteral("workbenchNoProblems"));
    m_noProblems->setWordWrap(true);
    m_noProblems->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noProblems->setText(tr("Every row passes the import’s checks. Problems show here as you type, and the "
                             "import would refuse the rows they are in."));
    m_noProblems->setForegroundRole(QPalette::PlaceholderText);
    sideLayout->addWidget(m_problemsTitle);
    sideLayout->addWidget(m_problemList, 1);
    sideLayout->addWidget(m_noProblems, 1);
    connect(m_problemList, &QListView::activated, this, [this](const QModelIndex& index) {
        const int row = index.data(ProblemRowsModel::RowRole).toInt();
        const QList<CellProblem> problems = m_model->checks().problems(row);
        const int column = problems.isEmpty() || problems.first().column < 0 ? 0 : problems.first().column;
        m_table->setCurrentIndex(m_model->index(row, column));
        m_table->scrollTo(m_model->index(row, column), QAbstractItemView::PositionAtCenter);
        m_table->setFocus();
    });
    connect(m_problemList, &QListView::clicked, m_problemList, &QListView::activated);

    m_listProblem->setObjectName(QStringLiteral("workbenchListProblem"));
    m_splitter->setObjectName(QStringLiteral("workbenchSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({800, 280});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listProblem);
    layout->addWidget(m_splitter, 1);

    m_recoveryTimer->setSingleShot(true);
    m_recoveryTimer->setInterval(1500);
    connect(m_recoveryTimer, &QTimer::timeout, this, &WorkbenchDocument::writeRecoveryCopy);
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (isModified()) {
            m_recoveryTimer->start();
        } else {
            m_recoveryTimer->stop();
            removeRecoveryCopy();
        }
        emit stateChanged();
    });
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, &WorkbenchDocument::stateChanged);
    connect(m_model, &UserListModel::checksChanged, this, &WorkbenchDocument::updateProblems);
    updateProblems();
}

WorkbenchDocument::~WorkbenchDocument()
{
    // The model empties its undo stack as it goes, which would call back into this half-gone
    // widget.
    disconnect(m_model->undoStack(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

QUndoStack* WorkbenchDocument::undoStack() const
{
    return m_model->undoStack();
}

QString WorkbenchDocument::title() const
{
    return m_path.isEmpty() ? tr("Untitled %1").arg(m_untitledNumber) : QFileInfo(m_path).fileName();
}

bool WorkbenchDocument::isModified() const
{
    return m_recovered || !m_model->undoStack()->isClean();
}

void WorkbenchDocument::setRecovered()
{
    m_recovered = true;
    writeRecoveryCopy();
    emit stateChanged();
}

QString WorkbenchDocument::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/workbench-recovery");
}

void WorkbenchDocument::writeRecoveryCopy()
{
    if (!isModified()) {
        return;
    }
    // Always UTF-8 (a Windows-1252 list may hold a letter its file cannot, until it is saved
    // in another encoding); the format the list is saved in is written beside it.
    CsvDocument copy = m_model->document();
    const CsvFormat format = copy.format;
    copy.format.encoding = CsvEncoding::Utf8;
    copy.format.byteOrderMark = false;
    const QDir directory(recoveryDirectory());
    if (!directory.mkpath(QStringLiteral("."))) {
        qCWarning(lcWorkbench) << "Cannot make the recovery folder" << directory.path();
        return;
    }
    QSaveFile data(directory.filePath(m_recoveryId + QStringLiteral(".csv")));
    QSaveFile about(directory.filePath(m_recoveryId + QStringLiteral(".json")));
    const QJsonObject facts{{QStringLiteral("path"), m_path},
                            {QStringLiteral("title"), title()},
                            {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                            {QStringLiteral("format"), csvFormatToJson(format)}};
    if (!data.open(QIODevice::WriteOnly) || data.write(encodeCsvDocument(copy)) < 0 || !data.commit()
        || !about.open(QIODevice::WriteOnly) || about.write(QJsonDocument(facts).toJson()) < 0 || !about.commit()) {
        qCWarning(lcWorkbench) << "Cannot write the recovery copy" << m_recoveryId;
    }
}

void WorkbenchDocument::discardRecoveryCopy()
{
    m_recoveryTimer->stop();
    m_recovered = false;
    removeRecoveryCopy();
}

void WorkbenchDocument::removeRecoveryCopy()
{
    const QDir directory(recoveryDirectory());
    QFile::remove(directory.filePath(m_recoveryId + QStringLiteral(".json")));
    QFile::remove(directory.filePath(m_recoveryId + QStringLiteral(".csv")));
}

bool WorkbenchDocument::saveTo(const QString& path, const CsvFormat& format, QString* error)
{
    CsvDocument document = m_model->document();
    document.format = format;
    if (const auto unwritable = firstUnwritable(document)) {
        *error = tr("%1 Choose UTF-8 in Save As, or change the cell.").arg(unwritable->text(document));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encodeCsvDocument(document)) < 0 || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_path = path;
    m_model->setFormat(format);
    m_recovered = false;
    m_recoveryTimer->stop();
    m_model->undoStack()->setClean();
    removeRecoveryCopy();
    emit stateChanged();
    return true;
}

void WorkbenchDocument::fitColumns()
{
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int wanted = std::clamp(qMax(static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(column),
                                           m_table->horizontalHeader()->sectionSizeHint(column))
                                          + 16,
                                      90, 320);
        if (wanted > m_table->columnWidth(column)) {
            m_table->setColumnWidth(column, wanted);
        }
    }
}

void WorkbenchDocument::updateProblems()
{
    m_problems->refresh();
    const int rows = int(m_model->checks().problemRows().size());
    m_problemsTitle->setText(rows == 0 ? tr("No problems") : tr("Problems in %n row(s)", nullptr, rows));
    m_problemList->setVisible(rows > 0);
    m_noProblems->setVisible(rows == 0);
    const QString listProblem = m_model->checks().listProblem();
    showProblem(m_listProblem, listProblem.isEmpty() || m_model->checks().mapping().problem().isEmpty()
                                   ? listProblem
                                   : tr("%1 Rename a column (double-click its heading) so that Usher recognises "
                                        "it, for example “Email”.")
                                         .arg(listProblem));
    emit stateChanged();
}

QString WorkbenchDocument::statusText() const
{
    const UserListChecks& checks = m_model->checks();
    QString rows = tr("%n row(s)", nullptr, m_model->rowCount());
    if (checks.knowledge() && checks.knowledge()->membersKnown) {
        rows += tr(" · %n already member(s)", nullptr, checks.memberRows());
    }
    const int problemRows = int(checks.problemRows().size());
    if (problemRows == 0) {
        return tr("%1 · no problems").arg(rows);
    }
    return tr("%1 · %2 in %3")
        .arg(rows, tr("%n problem(s)", nullptr, checks.problemCount()), tr("%n row(s)", nullptr, problemRows));
}

QString WorkbenchDocument::formatText() const
{
    const CsvFormat& format = m_model->document().format;
    return QStringLiteral("%1%2 · %3 · %4")
        .arg(csvEncodingName(format.encoding),
             format.byteOrderMark && format.encoding == CsvEncoding::Utf8 ? tr(" with BOM") : QString(),
             csvDelimiterName(format.delimiter), csvLineEndingName(format.lineEnding));
}

QList<int> WorkbenchDocument::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex& index : selected) {
        rows.append(index.row());
    }
    if (rows.isEmpty() && m_table->currentIndex().isValid()) {
        rows.append(m_table->currentIndex().row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

int WorkbenchDocument::currentColumn() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0;
}

void WorkbenchDocument::copy() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty()) {
        return;
    }
    int top = INT_MAX;
    int left = INT_MAX;
    int bottom = -1;
    int right = -1;
    for (const QModelIndex& index : selected) {
        top = qMin(top, index.row());
        bottom = qMax(bottom, index.row());
        left = qMin(left, index.column());
        right = qMax(right, index.column());
    }
    QList<QStringList> grid(bottom - top + 1, QStringList(right - left + 1));
    for (const QModelIndex& index : selected) {
        grid[index.row() - top][index.column() - left] = index.data().toString();
    }
    // Tab-separated as spreadsheets copy: a cell with a tab, a quote or a line break quoted.
    QString text;
    for (const QStringList& row : std::as_const(grid)) {
        QStringList cells;
        for (const QString& cell : row) {
            const bool quote = cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('"'))
                || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
            cells.append(quote ? QLatin1Char('"') + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\""))
                                     + QLatin1Char('"')
                               : cell);
        }
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
}

void WorkbenchDocument::cut()
{
    copy();
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    QList<UserListModel::CellEdit> edits;
    for (const QModelIndex& index : selected) {
        edits.append({index.row(), index.column(), QString()});
    }
    m_model->setCells(edits, tr("Cut"));
}

void WorkbenchDocument::paste()
{
    const QString text = QApplication::clipboard()->text();
    if (text.isEmpty()) {
        return;
    }
    const QList<QStringList> pasted = parseTabSeparated(text);
    if (pasted.isEmpty()) {
        return;
    }
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    QList<UserListModel::CellEdit> edits;
    int beyond = 0;
    if (pasted.size() == 1 && pasted.first().size() == 1 && selected.size() > 1) {
        // One value into several cells: each gets it.
        for (const QModelIndex& index : selected) {
            edits.append({index.row(), index.column(), pasted.first().first()});
        }
    } else {
        int top = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : m_model->rowCount();
        int left = currentColumn();
        for (const QModelIndex& index : selected) {
            top = qMin(top, index.row());
            left = qMin(left, index.column());
        }
        top = qMax(top, 0);
        for (qsizetype r = 0; r < pasted.size(); ++r) {
            const QStringList& fields = pasted.at(r);
            for (qsizetype c = 0; c < fields.size(); ++c) {
                if (left + c >= m_model->columnCount()) {
                    beyond += fields.at(c).isEmpty() ? 0 : 1;
                    continue;
                }
                edits.append({top + int(r), left + int(c), fields.at(c)});
            }
        }
    }
    m_model->setCells(edits, tr("Paste"));
    fitColumns();
    if (beyond > 0) {
        emit message(tr("%n pasted cell(s) fell beyond the last column and were left out; insert a column "
                        "first to keep them.",
                        nullptr, beyond));
    }
}

void WorkbenchDocument::clearCells()
{
    QList<UserListModel::CellEdit> edits;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes()) {
        edits.append({index.row(), index.column(), QString()});
    }
    m_model->setCells(edits, tr("Clear"));
}

void WorkbenchDocument::fillDown()
{
    QMap<int, QList<int>> rowsOfColumn;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes()) {
        rowsOfColumn[index.column()].append(index.row());
    }
    QList<UserListModel::CellEdit> edits;
    for (auto it = rowsOfColumn.begin(); it != rowsOfColumn.end(); ++it) {
        QList<int>& rows = it.value();
        std::sort(rows.begin(), rows.end());
        if (rows.size() == 1) {
            // One cell: from the cell above it, as spreadsheets do.
            if (rows.first() > 0) {
                edits.append({rows.first(), it.key(), m_model->index(rows.first() - 1, it.key()).data().toString()});
            }
            continue;
        }
        const QString top = m_model->index(rows.first(), it.key()).data().toString();
        for (qsizetype i = 1; i < rows.size(); ++i) {
            edits.append({rows.at(i), it.key(), top});
        }
    }
    m_model->setCells(edits, tr("Fill Down"));
}

void WorkbenchDocument::insertRows(bool below)
{
    const QList<int> rows = selectedRows();
    const int count = qMax(1, int(rows.size()));
    const int at = rows.isEmpty() ? m_model->rowCount() : (below ? rows.last() + 1 : rows.first());
    m_model->insertEmptyRows(at, count);
    m_table->setCurrentIndex(m_model->index(at, currentColumn()));
}

void WorkbenchDocument::deleteRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    m_model->removeRowList(rows);
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(qMin(rows.first(), m_model->rowCount() - 1), currentColumn()));
    }
}

void WorkbenchDocument::insertColumn()
{
    const int at = m_table->currentIndex().isValid() ? currentColumn() + 1 : m_model->columnCount();
    m_model->insertEmptyColumn(at, tr("New column"));
    m_table->setCurrentIndex(m_model->index(qMax(0, m_table->currentIndex().row()), at));
}

void WorkbenchDocument::deleteColumn()
{
    m_model->removeColumnAt(currentColumn());
}

void WorkbenchDocument::renameColumn(const QString& name)
{
    m_model->setHeaderData(currentColumn(), Qt::Horizontal, name);
}

void WorkbenchDocument::sort(Qt::SortOrder order)
{
    m_model->sortRows(currentColumn(), order);
    m_table->horizontalHeader()->setSortIndicatorShown(false);
}

bool WorkbenchDocument::goToProblem(bool forward)
{
    const QList<int>& rows = m_model->checks().problemRows();
    if (rows.isEmpty()) {
        return false;
    }
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    int target = -1;
    if (forward) {
        const auto next = std::upper_bound(rows.cbegin(), rows.cend(), current);
        target = next == rows.cend() ? rows.first() : *next;
    } else {
        const auto next = std::lower_bound(rows.cbegin(), rows.cend(), current);
        target = next == rows.cbegin() ? rows.last() : *(next - 1);
    }
    const QList<CellProblem> problems = m_model->checks().problems(target);
    const int column = problems.isEmpty() || problems.first().column < 0 ? 0 : problems.first().column;
    m_table->setCurrentIndex(m_model->index(target, column));
    m_table->scrollTo(m_model->index(target, column), QAbstractItemView::PositionAtCenter);
    return true;
}

bool WorkbenchDocument::findNext(const CellSearch& search)
{
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    if (rows == 0 || search.text.isEmpty()) {
        return false;
    }
    const qint64 cells = qint64(rows) * columns;
    const qint64 start = m_table->currentIndex().isValid()
        ? qint64(m_table->currentIndex().row()) * columns + m_table->currentIndex().column()
        : -1;
    for (qint64 step = 1; step <= cells; ++step) {
        const qint64 at = (start + step) % cells;
        const QModelIndex index = m_model->index(int(at / columns), int(at % columns));
        if (search.matches(index.data().toString())) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool WorkbenchDocument::replaceCurrent(const CellSearch& search, const QString& replacement)
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && search.matches(current.data().toString())) {
        m_model->setCells({{current.row(), current.column(), search.replaced(current.data().toString(), replacement)}},
                          tr("Replace"));
    }
    return findNext(search);
}

int WorkbenchDocument::replaceAll(const CellSearch& search, const QString& replacement)
{
    QList<UserListModel::CellEdit> edits;
    const CsvDocument& document = m_model->document();
    for (qsizetype row = 0; row < document.rows.size(); ++row) {
        const QStringList& cells = document.rows.at(row).cells;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (search.matches(cells.at(column))) {
                edits.append({int(row), int(column), search.replaced(cells.at(column), replacement)});
            }
        }
    }
    return m_model->setCells(edits, tr("Replace All"));
}

} // namespace usher
