#pragma once

#include "connection/backend.h"
#include "core/permissions.h"

#include <QIcon>
#include <QKeySequence>
#include <QString>

#include <optional>

namespace usher {

/// What a page of the main window says about itself when it registers (MainWindow::addPage):
/// how it is opened from the View menu and the toolbar, and what it needs, a feature of the
/// connection and a permission of whoever is signed in. The window opens, gates and falls back
/// from every page the same way, and a page reads what it shows when it is shown. A new page
/// (a dashboard, an access review) is a widget with one of these.
struct PageInfo
{
    QString id; ///< Stable, never shown: "users", "groups", … (showPage(), object names, tests).
    QString title; ///< With its mnemonic, for the View menu and the toolbar: "&Groups".
    QIcon icon;
    QKeySequence shortcut;
    QString tip; ///< What the page is, shown while it can be opened.
    std::optional<Backend::Feature> feature; ///< Needed from the connection; none: every connection.
    std::optional<Action> action; ///< Needed by whoever is signed in, besides the feature.
};

} // namespace usher
