#include "models/userlistmodel.h"

#include <QCollator>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

namespace usher {

/// Cells changed (typing, paste, fill, replace); rows a paste needed are added with them.
class UserListEdit : public QUndoCommand
{
public:
    UserListEdit(UserListModel* model, QList<UserListModel::CellEdit> edits, const QString& what)
        : QUndoCommand(what), m_model(model), m_after(std::move(edits))
    {
    }
    void redo() override
    {
        const int rowsBefore = m_model->rowCount();
        m_before = m_model->applyCells(m_after);
        m_added = m_model->rowCount() - rowsBefore;
    }
    void undo() override
    {
        m_model->applyCells(m_before);
        if (m_added > 0) {
            m_model->applyRemoveRows(m_model->rowCount() - m_added, m_added);
        }
    }

private:
    UserListModel* m_model;
    QList<UserListModel::CellEdit> m_after;
    QList<UserListModel::CellEdit> m_before;
    int m_added = 0;
};

/// Rows inserted or removed, as blocks of neighbouring rows (ascending).
class UserListRowsEdit : public QUndoCommand
{
public:
    struct Block
    {
        int row = 0;
        QList<CsvRow> rows;
        int count = 0;
    };
    UserListRowsEdit(UserListModel* model, bool insert, QList<Block> blocks, const QString& what)
        : QUndoCommand(what), m_model(model), m_insert(insert), m_blocks(std::move(blocks))
    {
    }
    void redo() override { m_insert ? insert() : remove(); }
    void undo() override { m_insert ? remove() : insert(); }

private:
    void insert()
    {
        for (const Block& block : std::as_const(m_blocks)) {
            m_model->applyInsertRows(block.row, block.rows);
        }
    }
    void remove()
    {
        for (auto it = m_blocks.rbegin(); it != m_blocks.rend(); ++it) {
            it->rows = m_model->applyRemoveRows(it->row, it->count);
        }
    }

    UserListModel* m_model;
    bool m_insert;
    QList<Block> m_blocks;
};

/// A column inserted or removed, with its cells.
class UserListColumnEdit : public QUndoCommand
{
public:
    UserListColumnEdit(UserListModel* model, bool insert, int column, const QString& name, const QString& what)
        : QUndoCommand(what), m_model(model), m_insert(insert), m_column(column), m_name(name)
    {
    }
    void redo() override { m_insert ? insert() : remove(); }
    void undo() override { m_insert ? remove() : insert(); }

private:
    void insert() { m_model->applyInsertColumn(m_column, m_name, m_nameQuoted, m_cells, m_quoted); }
    void remove() { m_model->applyRemoveColumn(m_column, &m_name, &m_nameQuoted, &m_cells, &m_quoted); }

    UserListModel* m_model;
    bool m_insert;
    int m_column;
    QString m_name;
    bool m_nameQuoted = false;
    QStringList m_cells;
    QList<bool> m_quoted;
};

/// The rows put in another order.
class UserListOrderEdit : public QUndoCommand
{
public:
    UserListOrderEdit(UserListModel* model, QList<int> order, const QString& what)
        : QUndoCommand(what), m_model(model), m_order(std::move(order)), m_inverse(m_order.size())
    {
        for (qsizetype i = 0; i < m_order.size(); ++i) {
            m_inverse[m_order.at(i)] = int(i);
        }
    }
    void redo() override { m_model->applyOrder(m_order); }
    void undo() override { m_model->applyOrder(m_inverse); }

private:
    UserListModel* m_model;
    QList<int> m_order;
    QList<int> m_inverse;
};

/// A column renamed: the header row before and after, quotes and all.
class UserListHeaderEdit : public QUndoCommand
{
public:
    UserListHeaderEdit(UserListModel* model, CsvRow before, CsvRow after, const QString& what)
        : QUndoCommand(what), m_model(model), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override { m_model->applyHeader(m_after); }
    void undo() override { m_model->applyHeader(m_before); }

private:
    UserListModel* m_model;
    CsvRow m_before;
    CsvRow m_after;
};

UserListModel::UserListModel(QObject* parent) : QAbstractTableModel(parent), m_undo(new QUndoStack(this)) {}

UserListModel::~UserListModel()
{
    // The commands point at the model: they go first.
    m_undo->clear();
}

void UserListModel::setDocument(CsvDocument document)
{
    beginResetModel();
    m_document = std::move(document);
    m_columns = qMax(1, m_document.columnCount());
    m_checks.reset(m_document);
    m_undo->clear();
    endResetModel();
    emit checksChanged();
}

void UserListModel::setKnowledge(const std::optional<WorkspaceKnowledge>& knowledge)
{
    m_checks.setKnowledge(knowledge);
    recheckAll();
}

QString UserListModel::columnName(int column) const
{
    const QString name = m_document.header.cell(column).trimmed();
    return name.isEmpty() ? tr("Column %1").arg(column + 1) : name;
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document.rows.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_columns) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_document.rows.at(index.row()).cell(index.column());
    case Qt::ToolTipRole: {
        const QString problem = m_checks.cellProblem(index.row(), index.column());
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    }
    case ProblemRole:
        return m_checks.cellProblem(index.row(), index.column());
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns) {
            return {};
        }
        switch (role) {
        case Qt::DisplayRole:
            return columnName(section);
        case Qt::EditRole:
            return m_document.header.cell(section);
        case Qt::ToolTipRole: {
            const UserColumnMapping& mapping = m_checks.mapping();
            if (section < mapping.columns.size() && mapping.columns.at(section) != UserColumn::Ignored) {
                return tr("Imported as: %1").arg(userColumnName(mapping.columns.at(section)));
            }
            return tr("Not imported: Usher does not recognise this column’s name.");
        }
        default:
            return {};
        }
    }
    if (section < 0 || section >= rowCount()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(section + 1);
    case Qt::DecorationRole:
        return m_checks.hasProblems(section) ? QVariant(m_problemIcon) : QVariant();
    case Qt::ToolTipRole:
    case ProblemRole: {
        const QString text = m_checks.hasProblems(section) ? m_checks.problemText(section) : QString();
        return role == Qt::ToolTipRole && text.isEmpty() ? QVariant() : QVariant(text);
    }
    default:
        return {};
    }
}

Qt::ItemFlags UserListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_columns) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool UserListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount() || index.column() >= m_columns) {
        return false;
    }
    setCells({{index.row(), index.column(), value.toString()}}, tr("Edit Cell"));
    return true;
}

bool UserListModel::setHeaderData(int section, Qt::Orientation orientation, const QVariant& value, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::EditRole || section < 0 || section >= m_columns) {
        return false;
    }
    if (m_document.header.cell(section) == value.toString()) {
        return false;
    }
    CsvRow after = m_document.header;
    const qsizetype width = after.cells.size();
    while (after.cells.size() <= section) {
        after.cells.append(QString());
    }
    after.cells[section] = value.toString();
    // Empty names added to reach the column go again when they are still empty at the end.
    while (after.cells.size() > width && after.cells.last().isEmpty()) {
        after.cells.removeLast();
    }
    m_undo->push(new UserListHeaderEdit(this, m_document.header, after, tr("Rename Column")));
    return true;
}

int UserListModel::setCells(const QList<CellEdit>& edits, const QString& what)
{
    QList<CellEdit> changed;
    for (const CellEdit& edit : edits) {
        if (edit.row < 0 || edit.column < 0 || edit.column >= m_columns) {
            continue;
        }
        if (edit.row >= rowCount() ? !edit.text.isEmpty()
                                   : m_document.rows.at(edit.row).cell(edit.column) != edit.text) {
            changed.append(edit);
        }
    }
    if (!changed.isEmpty()) {
        m_undo->push(new UserListEdit(this, changed, what));
    }
    return int(changed.size());
}

QList<UserListModel::CellEdit> UserListModel::applyCells(const QList<CellEdit>& edits)
{
    int highest = -1;
    for (const CellEdit& edit : edits) {
        highest = qMax(highest, edit.row);
    }
    if (highest >= rowCount()) {
        applyInsertRows(rowCount(), QList<CsvRow>(highest + 1 - rowCount()));
    }
    QList<CellEdit> before;
    before.reserve(edits.size());
    QList<int> rows;
    for (const CellEdit& edit : edits) {
        CsvRow& row = m_document.rows[edit.row];
        before.append({edit.row, edit.column, row.cell(edit.column)});
        while (row.cells.size() <= edit.column) {
            row.cells.append(QString());
        }
        row.cells[edit.column] = edit.text;
        rows.append(edit.row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Checked again a run of neighbouring rows at a time; the rows sharing an address with
    // them change too.
    QList<int> touched;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1) {
            ++j;
        }
        touched += m_checks.rowsChanged(m_document, rows.at(i), rows.at(j));
        i = j + 1;
    }
    if (!touched.isEmpty()) {
        const auto [low, high] = std::minmax_element(touched.cbegin(), touched.cend());
        emit dataChanged(index(*low, 0), index(*high, m_columns - 1));
        emit headerDataChanged(Qt::Vertical, *low, *high);
    }
    std::reverse(before.begin(), before.end()); // undone last to first, so a cell edited twice ends as it was
    emit checksChanged();
    return before;
}

void UserListModel::applyInsertRows(int row, const QList<CsvRow>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows({}, row, row + int(rows.size()) - 1);
    QList<CsvRow> all;
    all.reserve(m_document.rows.size() + rows.size());
    all += m_document.rows.mid(0, row);
    all += rows;
    all += m_document.rows.mid(row);
    m_document.rows = std::move(all);
    m_checks.rowsInserted(m_document, row, int(rows.size()));
    endInsertRows();
    // Every row after them has a new number, and repeats may name other rows now.
    emit headerDataChanged(Qt::Vertical, row, rowCount() - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), {Qt::ToolTipRole, ProblemRole});
    emit checksChanged();
}

QList<CsvRow> UserListModel::applyRemoveRows(int row, int count)
{
    if (count <= 0) {
        return {};
    }
    beginRemoveRows({}, row, row + count - 1);
    QList<CsvRow> removed = m_document.rows.mid(row, count);
    m_document.rows.remove(row, count);
    m_checks.rowsRemoved(row, count);
    endRemoveRows();
    if (rowCount() > 0) {
        emit headerDataChanged(Qt::Vertical, qMin(row, rowCount() - 1), rowCount() - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), {Qt::ToolTipRole, ProblemRole});
    }
    emit checksChanged();
    return removed;
}

void UserListModel::insertEmptyRows(int row, int count)
{
    row = std::clamp(row, 0, rowCount());
    if (count <= 0) {
        return;
    }
    UserListRowsEdit::Block block{row, QList<CsvRow>(count), count};
    m_undo->push(new UserListRowsEdit(this, true, {block}, tr("Insert %n Row(s)", nullptr, count)));
}

void UserListModel::removeRowList(const QList<int>& rows)
{
    QList<int> sorted;
    for (const int row : rows) {
        if (row >= 0 && row < rowCount()) {
            sorted.append(row);
        }
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted.isEmpty()) {
        return;
    }
    // Blocks at their places after the blocks before them are gone (removed last to first,
    // inserted first to last).
    QList<UserListRowsEdit::Block> blocks;
    for (const int row : std::as_const(sorted)) {
        if (!blocks.isEmpty() && blocks.last().row + blocks.last().count == row) {
            ++blocks.last().count;
        } else {
            blocks.append({row, {}, 1});
        }
    }
    m_undo->push(new UserListRowsEdit(this, false, blocks, tr("Delete %n Row(s)", nullptr, int(sorted.size()))));
}

void UserListModel::applyInsertColumn(int column, const QString& name, bool nameQuoted, const QStringList& cells,
                                      const QList<bool>& quoted)
{
    beginInsertColumns({}, column, column);
    auto insertInto = [column](CsvRow& row, const QString& text, bool wasQuoted) {
        if (row.cells.size() < column && text.isEmpty()) {
            return; // a short row stays short
        }
        while (row.cells.size() < column) {
            row.cells.append(QString());
        }
        row.cells.insert(column, text);
        if (wasQuoted || row.quoted.size() > column) {
            while (row.quoted.size() < column) {
                row.quoted.append(false);
            }
            row.quoted.insert(column, wasQuoted);
        }
    };
    insertInto(m_document.header, name, nameQuoted);
    for (qsizetype i = 0; i < m_document.rows.size(); ++i) {
        insertInto(m_document.rows[i], cells.value(i), quoted.value(i));
    }
    ++m_columns;
    endInsertColumns();
    recheckAll();
}

void UserListModel::applyRemoveColumn(int column, QString* name, bool* nameQuoted, QStringList* cells,
                                      QList<bool>* quoted)
{
    beginRemoveColumns({}, column, column);
    auto takeFrom = [column](CsvRow& row, QString* text, bool* wasQuoted) {
        *text = row.cell(column);
        *wasQuoted = row.wasQuoted(column);
        if (column < row.cells.size()) {
            row.cells.removeAt(column);
        }
        if (column < row.quoted.size()) {
            row.quoted.removeAt(column);
        }
    };
    takeFrom(m_document.header, name, nameQuoted);
    cells->clear();
    quoted->clear();
    cells->reserve(m_document.rows.size());
    quoted->reserve(m_document.rows.size());
    for (CsvRow& row : m_document.rows) {
        QString text;
        bool wasQuoted = false;
        takeFrom(row, &text, &wasQuoted);
        cells->append(text);
        quoted->append(wasQuoted);
    }
    m_columns = qMax(1, m_columns - 1);
    endRemoveColumns();
    recheckAll();
}

void UserListModel::insertEmptyColumn(int column, const QString& name)
{
    column = std::clamp(column, 0, m_columns);
    m_undo->push(new UserListColumnEdit(this, true, column, name, tr("Insert Column")));
}

void UserListModel::removeColumnAt(int column)
{
    if (column < 0 || column >= m_columns || m_columns <= 1) {
        return;
    }
    m_undo->push(new UserListColumnEdit(this, false, column, {}, tr("Delete Column “%1”").arg(columnName(column))));
}

void UserListModel::sortRows(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns || rowCount() < 2) {
        return;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QList<QCollatorSortKey> keys;
    keys.reserve(rowCount());
    // Compared without case and accents whatever the locale (the C locale's collation compares
    // code points).
    auto folded = [](const QString& text) {
        QString key;
        const QString decomposed = text.trimmed().normalized(QString::NormalizationForm_KD).toCaseFolded();
        key.reserve(decomposed.size());
        for (const QChar c : decomposed) {
            if (c.category() != QChar::Mark_NonSpacing) {
                key.append(c);
            }
        }
        return key;
    };
    for (const CsvRow& row : std::as_const(m_document.rows)) {
        keys.append(collator.sortKey(folded(row.cell(column))));
    }
    QList<int> rows(rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const bool emptyA = m_document.rows.at(a).cell(column).trimmed().isEmpty();
        const bool emptyB = m_document.rows.at(b).cell(column).trimmed().isEmpty();
        if (emptyA != emptyB) {
            return emptyB; // empty cells last, either way
        }
        const int compared = keys.at(a).compare(keys.at(b));
        return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
    });
    if (std::is_sorted(rows.cbegin(), rows.cend())) {
        return; // already in that order: nothing to undo
    }
    m_undo->push(new UserListOrderEdit(this, rows, tr("Sort by %1").arg(columnName(column))));
}

void UserListModel::applyOrder(const QList<int>& order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<CsvRow> reordered;
    reordered.reserve(order.size());
    for (const int from : order) {
        reordered.append(m_document.rows.at(from));
    }
    m_document.rows = std::move(reordered);
    m_checks.rowsReordered(order);
    QList<int> placeOf(order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        placeOf[order.at(i)] = int(i);
    }
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before) {
        after.append(this->index(placeOf.at(index.row()), index.column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit checksChanged();
}

void UserListModel::applyHeader(const CsvRow& header)
{
    m_document.header = header;
    recheckAll(); // says every heading changed
}

void UserListModel::recheckAll()
{
    m_checks.reset(m_document);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), {Qt::ToolTipRole, ProblemRole});
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
    if (m_columns > 0) { // none before the first document
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    }
    emit checksChanged();
}

} // namespace usher
