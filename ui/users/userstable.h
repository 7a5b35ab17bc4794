#pragma once

#include <QTableView>

#include <functional>
#include <utility>

namespace usher {

/// The users table. Tells its view whether the last selection gesture replaced the selection
/// (a plain click or a move) or added to it (Ctrl, Shift), so people selected on rows that are
/// not loaded can be kept or dropped as the gesture meant; Select All (Ctrl+A) selects every
/// matching person, not the rows that happen to exist.
class UsersTable : public QTableView
{
public:
    using QTableView::QTableView;

    void setSelectAll(std::function<void()> selectAll) { m_selectAll = std::move(selectAll); }
    /// Answers the row of the listing's first (false) or last (true) person, for Ctrl+Home and
    /// Ctrl+End when the model shows a window of a longer listing.
    void setEdgeRow(std::function<QModelIndex(bool last)> edgeRow) { m_edgeRow = std::move(edgeRow); }
    /// Whether the last gesture cleared the selection first; reading it resets it.
    bool takeClearing() { return std::exchange(m_clearing, false); }

    /// Selects every row the table has, without asking for "all matching" again.
    void selectEveryRow() { QTableView::selectAll(); }

    void selectAll() override
    {
        if (m_selectAll) {
            m_selectAll();
        } else {
            QTableView::selectAll();
        }
    }

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        const bool edge = (action == MoveHome || action == MoveEnd) && modifiers.testFlag(Qt::ControlModifier);
        if (edge && m_edgeRow) {
            const QModelIndex row = m_edgeRow(action == MoveEnd);
            const QModelIndex current = currentIndex();
            if (row.isValid()) {
                return row.sibling(row.row(), current.isValid() ? current.column() : 0);
            }
        }
        return QTableView::moveCursor(action, modifiers);
    }

    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex& index,
                                                         const QEvent* event = nullptr) const override
    {
        const QItemSelectionModel::SelectionFlags command = QTableView::selectionCommand(index, event);
        m_clearing = command.testFlag(QItemSelectionModel::Clear);
        return command;
    }

private:
    std::function<void()> m_selectAll;
    std::function<QModelIndex(bool last)> m_edgeRow;
    mutable bool m_clearing = false;
};

} // namespace usher
