#include "ui/common/helpdialogs.h"

#include "ui/common/rememberedsize.h"

#include "core/lifecycle.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace usher {

namespace {
QString plain(QString text)
{
    // "&Disable…" → "Disable"; "&&" stands for one ampersand.
    text.replace(QLatin1String("&&"), QString(QChar(0xE000)));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0xE000), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text;
}

/// Every action of `menu` and its submenus, with the menu path it is found under.
void collectMenu(const QMenu* menu, const QString& path, QHash<const QAction*, QString>* paths)
{
    for (const QAction* action : menu->actions()) {
        if (!paths->contains(action)) {
            paths->insert(action, path); // a submenu's own key (Change Role) opens it from here
        }
        if (action->menu()) {
            collectMenu(action->menu(), path + QStringLiteral(" › ") + plain(action->menu()->title()), paths);
        }
    }
}
/// The menu path of each of `window`'s actions; `menus` gets the menus' titles in order.
QHash<const QAction*, QString> menuPaths(QWidget* window, QStringList* menus)
{
    QHash<const QAction*, QString> paths;
    if (const auto* bar = window->findChild<QMenuBar*>()) {
        for (const QAction* top : bar->actions()) {
            if (top->menu()) {
                const QString title = plain(top->menu()->title());
                if (menus) {
                    menus->append(title);
                }
                collectMenu(top->menu(), title, &paths);
            }
        }
    }
    return paths;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    // Group → rows, in the order the menus come.
    QStringList groups;
    QMap<QString, QList<QPair<QString, QString>>> rows;
    QSet<QString> seen;
    const auto add = [&](const QString& group, const QString& name, const QString& keys) {
        if (seen.contains(group + name + keys)) {
            return; // the same action in a menu and on the toolbar
        }
        seen.insert(group + name + keys);
        if (!groups.contains(group)) {
            groups.append(group); // a submenu's group goes after the menus
        }
        rows[group].append({name, keys});
    };
    // The menu path of each action, in the order of the window's menus.
    const QHash<const QAction*, QString> paths = menuPaths(window, &groups);
    const QString other = tr("Elsewhere");
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty()
            || (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut)) {
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            keys.append(key.toString(QKeySequence::NativeText));
        }
        const QString menu = paths.value(action);
        add(menu.isEmpty() ? other : menu, plain(action->text()), keys.join(tr(" or ")));
    }
    // Keys of the search box and the table, which have no menu entry.
    const QString search = tr("Search box and table");
    add(search, tr("Clear the search; when it is empty, go to the table"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText));
    add(search, tr("Open the chosen person"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText));
    add(search, tr("Choose more people"), tr("Shift+arrows, Ctrl+click"));
    groups.removeAll(other);
    groups.removeAll(search);
    groups.append(search);
    groups.append(other);

    QFont heading = m_list->font();
    heading.setWeight(QFont::DemiBold);
    for (const QString& group : std::as_const(groups)) {
        if (rows.value(group).isEmpty()) {
            continue; // a menu (or submenu) without keys
        }
        auto* title = new QTreeWidgetItem(m_list, {group});
        title->setFont(0, heading);
        title->setFirstColumnSpanned(true);
        title->setFlags(Qt::ItemIsEnabled);
        for (const auto& [name, keys] : std::as_const(rows[group])) {
            auto* row = new QTreeWidgetItem(title, {name, keys});
            row->setData(0, Qt::UserRole, group);
            row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_list->expandAll();
    m_list->setItemsExpandable(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 600);
    rememberSize(this, QStringLiteral("shortcutsDialog"));
}

QMap<QString, QString> ShortcutsDialog::listed() const
{
    QMap<QString, QString> result;
    for (int group = 0; group < m_list->topLevelItemCount(); ++group) {
        const QTreeWidgetItem* title = m_list->topLevelItem(group);
        for (int row = 0; row < title->childCount(); ++row) {
            const QTreeWidgetItem* item = title->child(row);
            result.insert(title->text(0) + QStringLiteral(" › ") + item->text(0), item->text(1));
        }
    }
    return result;
}

QString whereToFind(QWidget* window, const QString& objectName)
{
    const auto* action = window->findChild<QAction*>(objectName);
    if (!action) {
        return {};
    }
    const QString path = menuPaths(window, nullptr).value(action);
    QString where = path.isEmpty() ? plain(action->text()) : path + QStringLiteral(" › ") + plain(action->text());
    if (!action->shortcut().isEmpty()) {
        where += QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
    }
    return where;
}

GettingStartedDialog::GettingStartedDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));
    const auto at = [window](const char* name) {
        return QStringLiteral("<i>%1</i>").arg(whereToFind(window, QString::fromLatin1(name)).toHtmlEscaped());
    };
    const QStringList steps = {
        tr("<b>Where the people are kept.</b> Usher starts on a database file on this computer. To work in your "
           "team's shared database, add it under %1.")
            .arg(at("connectionsAction")),
        tr("<b>Bring people in.</b> %1 sends invitations by mail or as links; %2 reads a list saved as CSV from a "
           "spreadsheet; %3 adds one person by hand.")
            .arg(at("inviteAction"), at("importAction"), at("newUserAction")),
        tr("<b>Decide what they may do.</b> A person's role (%1) sets what they may change in Usher; groups (%2) "
           "give permissions to many people at once.")
            .arg(at("changeRoleAction"), at("groupsPageAction")),
        tr("<b>When someone leaves.</b> %1 stops them signing in and can be undone; %2 takes them out of the "
           "lists, and %3 brings them back within %n day(s).",
           nullptr, recoveryDays)
            .arg(at("disableAction"), at("deleteAction"), at("restoreAction")),
        tr("<b>Nothing is lost.</b> Every change is written to the audit log (%1), with who made it and when.")
            .arg(at("auditPageAction")),
    };
    QString html = QStringLiteral("<p>%1</p><ol>").arg(
        tr("Usher keeps the people of your organisation: who they are, which role they have and which groups they "
           "are in.").toHtmlEscaped());
    for (const QString& step : steps) {
        html += QStringLiteral("<li style=\"margin-bottom: 8px\">%1</li>").arg(step);
    }
    html += QStringLiteral("</ol><p>%1</p>").arg(tr("Every key is listed under %1.").arg(at("shortcutsAction")));

    auto* text = new QLabel(html, this);
    text->setObjectName(QStringLiteral("gettingStartedText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(620, 440);
    rememberSize(this, QStringLiteral("gettingStartedDialog"));
}

} // namespace usher
