#pragma once

#include "core/csvdocument.h"
#include "core/userlist.h"
#include "core/workspaceknowledge.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace usher {

/// The checks of a user list while it is edited (the offline workbench), kept up to date
/// as cells change, with the import's own rules: each row's checks (UserListChecker's address,
/// name, role and groups rules, and fields beyond the header) and addresses repeated in the
/// list (the later rows are flagged, naming the first). Rows are counted from 0; messages
/// count them from 1, as the workbench shows them. An empty row (no text, not even spaces)
/// is not checked: the import skips it.
class UserListChecks
{
public:
    /// What is known of the workspace the list is for (from the last connection): groups that
    /// do not exist or are synced are flagged, members are told apart from new people, and the
    /// new people are counted against the free seats. Takes effect at the next reset().
    void setKnowledge(std::optional<WorkspaceKnowledge> knowledge) { m_knowledge = std::move(knowledge); }
    const std::optional<WorkspaceKnowledge>& knowledge() const { return m_knowledge; }
    /// Recognises the columns from the document's header and checks every row.
    void reset(const CsvDocument& document);
    /// Rows [first, last] of the document changed: checks them again. Answers the rows whose
    /// problems may have changed (those and the rows sharing an address with them).
    QList<int> rowsChanged(const CsvDocument& document, int first, int last);
    /// `count` rows were inserted at `first` (they are in the document already).
    void rowsInserted(const CsvDocument& document, int first, int count);
    /// `count` rows were removed at `first`.
    void rowsRemoved(int first, int count);
    /// The rows were put in a new order: row i is the row that was at `order[i]`.
    void rowsReordered(const QList<int>& order);

    const UserColumnMapping& mapping() const { return m_mapping; }
    /// Why the list cannot be imported as it stands (no address column, or more new people
    /// than free seats as far as the knowledge goes), or empty.
    QString listProblem() const;
    /// Rows whose address belongs to a member, as far as the knowledge goes (the import
    /// updates them).
    int memberRows() const;
    /// Rows the import would invite: no problem, not a member, not a repeat.
    int newPeople() const;
    int rowCount() const { return int(m_rows.size()); }

    /// The row's problems, the repeated address first.
    QList<CellProblem> problems(int row) const;
    bool hasProblems(int row) const;
    /// What is wrong with one cell, or empty (problems of the whole row count for every cell).
    QString cellProblem(int row, int column) const;
    /// The row's problems as one text, "Email: the address has no @; Role: …".
    QString problemText(int row) const;

    /// The rows with problems, in order.
    const QList<int>& problemRows() const;
    int problemCount() const;

private:
    struct RowState
    {
        QList<CellProblem> own;
        QString key;        ///< The normalised address, when it is one.
        int repeatOf = -1;  ///< The first row with the same address.
        bool member = false; ///< A member already, as far as the knowledge goes.
    };
    RowState checkRow(const CsvDocument& document, int row) const;
    void indexRow(int row);
    void unindexRow(int row);
    /// Sets repeatOf for every row of `key`; adds them to `touched`.
    void settle(const QString& key, QList<int>* touched);
    void rebuildIndex();

    UserColumnMapping m_mapping;
    std::optional<UserListChecker> m_checker;
    std::optional<WorkspaceKnowledge> m_knowledge;
    QList<RowState> m_rows;
    QHash<QString, QList<int>> m_rowsOfKey; ///< ascending
    mutable QList<int> m_problemRows;
    mutable bool m_problemRowsDirty = true;
};

} // namespace usher
