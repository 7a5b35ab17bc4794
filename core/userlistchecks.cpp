#include "core/userlistchecks.h"

#include "core/email.h"

#include <QCoreApplication>

#include <algorithm>

namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::UserList)
};

/// A row the reader skips, as the import does: no text at all (spaces are text) and no quotes.
bool blank(const CsvRow& row)
{
    return std::all_of(row.cells.cbegin(), row.cells.cend(), [](const QString& cell) { return cell.isEmpty(); })
        && !row.quoted.contains(true);
}

} // namespace

UserListChecks::RowState UserListChecks::checkRow(const CsvDocument& document, int row) const
{
    RowState state;
    const CsvRow& cells = document.rows.at(row);
    if (!m_checker || blank(cells)) {
        return state;
    }
    const qsizetype width = document.header.cells.size();
    CsvRecord record;
    record.line = row + 1;
    record.fields = cells.cells.mid(0, width);
    while (record.fields.size() < width) {
        record.fields.append(QString());
    }
    const UserListRow checked = m_checker->checkOnItsOwn(record);
    state.own = checked.problems;
    if (m_mapping.emailColumn() < 0) {
        // No column holds the addresses: the list says so once, not every row.
        state.own.removeIf([](const CellProblem& problem) { return problem.column < 0; });
    }
    for (qsizetype column = width; column < cells.cells.size(); ++column) {
        if (!cells.cells.at(column).trimmed().isEmpty()) {
            state.own.append({int(column), Text::tr("the header names only %n column(s); the import refuses a row "
                                                    "with more",
                                                    nullptr, int(width))});
            break;
        }
    }
    const int emailColumn = m_mapping.emailColumn();
    const bool emailOk = emailColumn >= 0 && !checked.email.isEmpty()
        && std::none_of(state.own.cbegin(), state.own.cend(),
                        [emailColumn](const CellProblem& problem) { return problem.column == emailColumn; });
    if (emailOk) {
        state.key = normalizedEmail(checked.email);
    }
    if (m_knowledge) {
        state.member = emailOk && m_knowledge->isMember(checked.email);
        const int groupsColumn = m_mapping.indexOf(UserColumn::Groups);
        for (const QString& group : checked.groups) {
            if (m_knowledge->isSynced(group)) {
                state.own.append({groupsColumn, Text::tr("“%1” is synced from a directory: people join it there, not "
                                                         "by import (%2)")
                                                    .arg(group, m_knowledge->asOf())});
            } else if (!m_knowledge->hasGroup(group)) {
                state.own.append({groupsColumn, Text::tr("%1 has no group “%2” (%3); the import creates it only "
                                                         "when asked to")
                                                    .arg(m_knowledge->workspace, group, m_knowledge->asOf())});
            }
        }
    }
    return state;
}

QString UserListChecks::listProblem() const
{
    if (const QString problem = m_mapping.problem(); !problem.isEmpty()) {
        return problem;
    }
    if (m_knowledge && m_knowledge->seatCap) {
        const qint64 free = qMax<qint64>(0, *m_knowledge->seatCap - m_knowledge->seatsUsed);
        const int fresh = newPeople();
        if (fresh > free) {
            return Text::tr("The list has %n new people; free seats in %1: %2 (%3). The import refuses a list "
                            "that does not fit.",
                            nullptr, fresh)
                .arg(m_knowledge->workspace)
                .arg(free)
                .arg(m_knowledge->asOf());
        }
    }
    return {};
}

int UserListChecks::memberRows() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const RowState& state) { return state.member && state.repeatOf < 0; }));
}

int UserListChecks::newPeople() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const RowState& state) {
        return !state.key.isEmpty() && !state.member && state.repeatOf < 0 && state.own.isEmpty();
    }));
}

void UserListChecks::reset(const CsvDocument& document)
{
    m_mapping = recogniseUserColumns(document.header.cells, document.format.preamble);
    m_checker.emplace(m_mapping);
    m_rows.clear();
    m_rows.reserve(document.rows.size());
    for (qsizetype i = 0; i < document.rows.size(); ++i) {
        m_rows.append(checkRow(document, int(i)));
    }
    rebuildIndex();
}

void UserListChecks::rebuildIndex()
{
    m_rowsOfKey.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        RowState& state = m_rows[i];
        state.repeatOf = -1;
        if (state.key.isEmpty()) {
            continue;
        }
        QList<int>& rows = m_rowsOfKey[state.key];
        if (!rows.isEmpty()) {
            state.repeatOf = rows.first();
        }
        rows.append(int(i));
    }
    m_problemRowsDirty = true;
}

void UserListChecks::unindexRow(int row)
{
    const QString& key = m_rows.at(row).key;
    if (key.isEmpty()) {
        return;
    }
    const auto found = m_rowsOfKey.find(key);
    if (found == m_rowsOfKey.end()) {
        return;
    }
    found->removeOne(row);
    if (found->isEmpty()) {
        m_rowsOfKey.erase(found);
    }
}

void UserListChecks::indexRow(int row)
{
    const QString& key = m_rows.at(row).key;
    if (key.isEmpty()) {
        return;
    }
    QList<int>& rows = m_rowsOfKey[key];
    rows.insert(std::lower_bound(rows.begin(), rows.end(), row) - rows.begin(), row);
}

void UserListChecks::settle(const QString& key, QList<int>* touched)
{
    if (key.isEmpty()) {
        return;
    }
    const QList<int> rows = m_rowsOfKey.value(key);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        m_rows[rows.at(i)].repeatOf = i == 0 ? -1 : rows.first();
        touched->append(rows.at(i));
    }
}

QList<int> UserListChecks::rowsChanged(const CsvDocument& document, int first, int last)
{
    QList<int> touched;
    QStringList keys;
    for (int row = first; row <= last && row < m_rows.size(); ++row) {
        keys.append(m_rows.at(row).key);
        unindexRow(row);
        m_rows[row] = checkRow(document, row);
        indexRow(row);
        keys.append(m_rows.at(row).key);
        touched.append(row);
    }
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys)) {
        settle(key, &touched);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    m_problemRowsDirty = true;
    return touched;
}

void UserListChecks::rowsInserted(const CsvDocument& document, int first, int count)
{
    QList<RowState> added;
    added.reserve(count);
    for (int i = 0; i < count; ++i) {
        added.append(checkRow(document, first + i));
    }
    m_rows.insert(first, count, RowState{});
    std::move(added.begin(), added.end(), m_rows.begin() + first);
    rebuildIndex();
}

void UserListChecks::rowsRemoved(int first, int count)
{
    m_rows.remove(first, count);
    rebuildIndex();
}

void UserListChecks::rowsReordered(const QList<int>& order)
{
    QList<RowState> reordered;
    reordered.reserve(order.size());
    for (const int from : order) {
        reordered.append(m_rows.at(from));
    }
    m_rows = std::move(reordered);
    rebuildIndex();
}

QList<CellProblem> UserListChecks::problems(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return {};
    }
    const RowState& state = m_rows.at(row);
    QList<CellProblem> all = state.own;
    if (state.repeatOf >= 0) {
        CellProblem repeated(m_mapping.emailColumn(),
                             Text::tr("this address is already in row %1").arg(state.repeatOf + 1));
        all.prepend(repeated);
    }
    for (CellProblem& problem : all) {
        if (problem.column >= 0 && problem.column < m_mapping.header.size()) {
            problem.columnName = m_mapping.header.at(problem.column).trimmed();
        }
    }
    return all;
}

bool UserListChecks::hasProblems(int row) const
{
    return row >= 0 && row < m_rows.size() && (!m_rows.at(row).own.isEmpty() || m_rows.at(row).repeatOf >= 0);
}

QString UserListChecks::cellProblem(int row, int column) const
{
    if (!hasProblems(row)) {
        return {};
    }
    QStringList messages;
    for (const CellProblem& problem : problems(row)) {
        if (problem.column == column || problem.column < 0) {
            messages.append(problem.message);
        }
    }
    return messages.join(QLatin1String("; "));
}

QString UserListChecks::problemText(int row) const
{
    UserListRow shown;
    shown.problems = problems(row);
    return shown.problemText(m_mapping.header);
}

const QList<int>& UserListChecks::problemRows() const
{
    if (m_problemRowsDirty) {
        m_problemRows.clear();
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (hasProblems(int(i))) {
                m_problemRows.append(int(i));
            }
        }
        m_problemRowsDirty = false;
    }
    return m_problemRows;
}

int UserListChecks::problemCount() const
{
    int count = 0;
    for (const int row : problemRows()) {
        count += int(m_rows.at(row).own.size()) + (m_rows.at(row).repeatOf >= 0 ? 1 : 0);
    }
    return count;
}

} // namespace usher
