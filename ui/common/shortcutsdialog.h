#pragma once

#include <QDialog>

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

} // namespace usher
