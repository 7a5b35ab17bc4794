#pragma once

#include "core/csvdocument.h"
#include "core/workspaceknowledge.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;
class QUndoGroup;

namespace usher {

class EmptyState;
class WorkbenchDocument;

/// The offline CSV workbench (B2): user lists opened, edited, checked with the import's rules
/// and saved as they were, with no connection at all (it never opens one). Several lists at
/// once, as tabs. Unsaved changes survive a crash (WorkbenchDocument's recovery copies) and
/// are offered back the next time.
class WorkbenchWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit WorkbenchWindow(QWidget* parent = nullptr);
    ~WorkbenchWindow() override;

    /// Opens `path` in a new tab, read off the GUI thread (a file already open is shown).
    void openFile(const QString& path);
    /// A new, empty list with Usher's template columns.
    void newList();
    /// The list shown, or none.
    WorkbenchDocument* currentDocument() const;
    int documentCount() const;
    /// Saves the current list to its file (asks for one when it has none). False when it was
    /// not saved (cancelled, or an error that was shown).
    bool save();
    /// Saves the current list to `path` in `format` without asking where.
    bool saveAs(const QString& path, const CsvFormat& format);

    /// Lists a crashed or killed Usher left unsaved.
    static int recoverableCount();
    /// Opens every unsaved list left behind, marked as changed; answers how many.
    int recover();
    /// When lists were left unsaved, asks over `parent` whether to open them again, and calls
    /// `open` when the person says so (they stay kept either way).
    static void offerRecovery(QWidget* parent, const std::function<void()>& open);

    /// Checks every list against what is known of a workspace (from a connection open now, or
    /// the last one), and keeps it for the next time; none forgets it.
    void setKnowledge(const std::optional<WorkspaceKnowledge>& knowledge);
    const std::optional<WorkspaceKnowledge>& knowledge() const { return m_knowledge; }
    /// What the last connection showed, kept between runs (none when nothing is kept).
    static std::optional<WorkspaceKnowledge> storedKnowledge();

    /// When a connection is open, File ▸ Import This File… hands the list to `handler`
    /// (unset, or a reason, when it cannot be used).
    void setImportHandler(std::function<void(const CsvDocument&, const QString&)> handler,
                          const std::optional<QString>& unavailable);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Names beside the toolbar's icons while they fit, icons alone (named in tooltips) when not.
    void fitToolbar();
    void createActions();
    void chooseAndOpen();
    bool saveWithDialog(WorkbenchDocument* document);
    /// Asks about unsaved changes; false when the person cancelled.
    bool settle(WorkbenchDocument* document);
    bool closeTab(int index);
    void addDocument(WorkbenchDocument* document);
    void updateState();
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void showFind(bool replace);
    void askRenameColumn();

    QTabWidget* m_tabs;
    EmptyState* m_empty;
    QUndoGroup* m_undo;
    QLabel* m_status;
    QLabel* m_format;
    QLabel* m_knowledgeLabel;
    QToolBar* m_toolbar = nullptr;
    std::optional<WorkspaceKnowledge> m_knowledge;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_documentActions;
    QAction* m_importAction = nullptr;
    std::function<void(const CsvDocument&, const QString&)> m_importHandler;
    QString m_importUnavailable;
    QStringList m_opening; ///< files being read
};

} // namespace usher
