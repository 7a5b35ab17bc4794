#pragma once

#include "core/csvdocument.h"
#include "core/userlistchecks.h"

#include <QAbstractTableModel>
#include <QIcon>

class QUndoStack;

namespace usher {

/// A user list being edited in the workbench (B2): the CSV document as a table, every cell
/// text exactly as written, the import's checks kept up to date as cells change, and every
/// change an undoable step on undoStack() (typing, paste, fill, replace, rows, columns,
/// sort, a renamed column).
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum DataRole {
        /// What is wrong with the cell, or an empty string (also on the vertical header: the row).
        ProblemRole = Qt::UserRole + 1,
    };

    /// One cell's new text, for setCells().
    struct CellEdit
    {
        int row = 0;
        int column = 0;
        QString text;
    };

    explicit UserListModel(QObject* parent = nullptr);
    ~UserListModel() override;

    /// Shows `document` as it is (nothing to undo; not modified).
    void setDocument(CsvDocument document);
    const CsvDocument& document() const { return m_document; }
    /// The format the list is written in from now on (a Save As in another encoding); not a
    /// change of the list, so nothing to undo.
    void setFormat(const CsvFormat& format) { m_document.format = format; }
    const UserListChecks& checks() const { return m_checks; }
    QUndoStack* undoStack() const { return m_undo; }
    /// Checks the list against what is known of its workspace from the last connection, or
    /// only by the file's own rules (none).
    void setKnowledge(const std::optional<WorkspaceKnowledge>& knowledge);
    /// The row headers' mark for a row with problems.
    void setProblemIcon(const QIcon& icon) { m_problemIcon = icon; }
    /// The column's name as the header has it, or "Column 7" beyond the header.
    QString columnName(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// A typed cell: one undoable step.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    /// A renamed column: one undoable step (the columns are recognised again).
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant& value, int role = Qt::EditRole) override;

    /// Several cells as one undoable step named `what` ("Paste", "Fill Down", "Replace"); cells
    /// already holding their text are left out. Answers how many changed.
    int setCells(const QList<CellEdit>& edits, const QString& what);
    /// `count` empty rows at `row`, one step.
    void insertEmptyRows(int row, int count);
    /// The rows (any order, repeats ignored), one step.
    void removeRowList(const QList<int>& rows);
    /// An empty column named `name` at `column`, one step.
    void insertEmptyColumn(int column, const QString& name);
    void removeColumnAt(int column);
    /// The rows in the order of `column`'s text (stable, ignoring case and accents; empty
    /// cells last), one step.
    void sortRows(int column, Qt::SortOrder order);

signals:
    /// The checks' counts or the list's problem may have changed.
    void checksChanged();

private:
    friend class UserListEdit;
    friend class UserListRowsEdit;
    friend class UserListColumnEdit;
    friend class UserListOrderEdit;
    friend class UserListHeaderEdit;

    /// Writes the cells (no undo step) and answers what they held before.
    QList<CellEdit> applyCells(const QList<CellEdit>& edits);
    void applyInsertRows(int row, const QList<CsvRow>& rows);
    QList<CsvRow> applyRemoveRows(int row, int count);
    void applyInsertColumn(int column, const QString& name, bool nameQuoted, const QStringList& cells,
                           const QList<bool>& quoted);
    void applyRemoveColumn(int column, QString* name, bool* nameQuoted, QStringList* cells, QList<bool>* quoted);
    void applyOrder(const QList<int>& order);
    void applyHeader(const CsvRow& header);
    void recheckAll();

    CsvDocument m_document;
    UserListChecks m_checks;
    int m_columns = 0;
    QUndoStack* m_undo;
    QIcon m_problemIcon;
};

} // namespace usher
