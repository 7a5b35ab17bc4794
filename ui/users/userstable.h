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
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex& index,
                                                         const QEvent* event = nullptr) const override
    {
        const QItemSelectionModel::SelectionFlags command = QTableView::selectionCommand(index, event);
        m_clearing = command.testFlag(QItemSelectionModel::Clear);
        return command;
    }

private:
    std::function<void()> m_selectAll;
    mutable bool m_clearing = false;
};

} // namespace usher
