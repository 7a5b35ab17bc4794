#pragma once

#include "core/csvdocument.h"
#include "core/workspaceknowledge.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QLockFile;
class QListView;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

namespace usher {

class UserListModel;
class ProblemRowsModel;

/// A list's format as its recovery copy keeps it beside the text, and back.
QJsonObject csvFormatToJson(const CsvFormat& format);
CsvFormat csvFormatFromJson(const QJsonObject& saved);

/// How a search in the workbench matches a cell.
struct CellSearch
{
    QString text;
    bool matchCase = false;
    bool wholeCell = false;

    bool matches(const QString& cell) const;
    /// The cell with every match replaced by `replacement`.
    QString replaced(const QString& cell, const QString& replacement) const;
};

/// One user list open in the workbench: the table, the problems beside it, the file it
/// belongs to, and its recovery copy (written a moment after each change, removed once the
/// list is saved or closed), so a crash or a killed process loses nothing.
class WorkbenchDocument : public QWidget
{
    Q_OBJECT
public:
    /// A list to edit; `path` is empty for a new list. `recoveryId` names its recovery copy
    /// (empty: a new one). Its rows are checked once, against `knowledge` when there is some.
    WorkbenchDocument(CsvDocument document, const QString& path, QWidget* parent = nullptr,
                      const QString& recoveryId = {},
                      const std::optional<WorkspaceKnowledge>& knowledge = std::nullopt);
    ~WorkbenchDocument() override;

    UserListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QUndoStack* undoStack() const;
    QString path() const { return m_path; }
    /// The file's name, or "Untitled 2" for a new list.
    QString title() const;
    bool isModified() const;
    /// Marks a recovered list as changed since its file was saved.
    void setRecovered();
    /// The person chose not to keep the changes: the recovery copy goes.
    void discardRecoveryCopy();

    /// Writes the list to `path` in `format` (all at once or not at all). On success the list
    /// belongs to that file and is no longer modified. False with `error` set otherwise.
    bool saveTo(const QString& path, const CsvFormat& format, QString* error);

    // Editing, each one undoable step.
    void copy() const;
    void cut();
    /// Tab-separated text (a spreadsheet's copy) at the current cell; one value fills every
    /// selected cell. Rows beyond the end are added.
    void paste();
    void clearCells();
    /// The top selected cell of each selected column, into the cells below it.
    void fillDown();
    void insertRows(bool below);
    void deleteRows();
    void insertColumn();
    void deleteColumn();
    void renameColumn(const QString& name);
    void sort(Qt::SortOrder order);
    /// Moves to the next (or previous) row with problems, wrapping; false when there is none.
    bool goToProblem(bool forward);
    /// Moves to the next cell matching after the current one, wrapping; false when none does.
    bool findNext(const CellSearch& search);
    /// Replaces in the current cell when it matches, then finds the next.
    bool replaceCurrent(const CellSearch& search, const QString& replacement);
    /// Replaces in every cell, one undoable step; answers how many cells changed.
    int replaceAll(const CellSearch& search, const QString& replacement);

    /// "1,204 rows · 3 problems in 2 rows".
    QString statusText() const;
    /// "UTF-8 · comma · Windows (CRLF)".
    QString formatText() const;

    /// Where recovery copies are kept.
    static QString recoveryDirectory();

signals:
    /// The title, the modified state or the status changed.
    void stateChanged();
    /// Something the person should know about the last action, for the status bar.
    void message(const QString& text);
    /// The heading of `column` was double-clicked: the window asks for its new name.
    void renameColumnRequested(int column);

private:
    void writeRecoveryCopy();
    void removeRecoveryCopy();
    void updateProblems();
    /// Widens columns to what they hold now (never narrows one the person sized).
    void fitColumns();
    QList<int> selectedRows() const;
    int currentColumn() const;

    UserListModel* m_model;
    ProblemRowsModel* m_problems;
    QTableView* m_table;
    QListView* m_problemList;
    QLabel* m_listProblem;
    QLabel* m_problemsTitle;
    QLabel* m_noProblems;
    QSplitter* m_splitter;
    QString m_path;
    int m_untitledNumber = 0;
    QString m_recoveryId;
    /// Held while the list is open, so that another Usher does not offer its copy back.
    std::unique_ptr<QLockFile> m_recoveryLock;
    QTimer* m_recoveryTimer;
    bool m_recovered = false;
};

} // namespace usher
