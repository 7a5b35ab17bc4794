#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

namespace usher {

/// Help ▸ Keyboard Shortcuts: every key of `window`, read from its actions when the dialog
/// opens (so it never goes stale), grouped by the menu each action sits in, and the keys of
/// the search box and the table that have no menu entry.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    /// "Users › Disable" → "Ctrl+D", as listed (for tests).
    QMap<QString, QString> listed() const;

private:
    QTreeWidget* m_list;
};

/// Where `window`'s action named `objectName` is found, as a person would look for it:
/// "Users › Invite People (Ctrl+I)"; the action's own name when no menu holds it.
QString whereToFind(QWidget* window, const QString& objectName);

/// Help ▸ Getting Started: what Usher is for and where its first steps are, the menu paths
/// read from the window (so they match its language and never go stale).
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget* window, QWidget* parent = nullptr);
};

} // namespace usher
