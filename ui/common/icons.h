#pragma once

#include <QIcon>
#include <QString>

namespace usher {

/// The desktop theme's icon when it has one, otherwise Usher's bundled
/// `:/resources/icons/<bundled>.svg`, so every platform shows an icon.
QIcon themedIcon(const QString& themeName, const QString& bundled);

/// Usher's own bundled icon.
QIcon bundledIcon(const QString& name);

} // namespace usher
