#include "ui/common/icons.h"

namespace usher {

QIcon bundledIcon(const QString& name)
{
    return QIcon(QStringLiteral(":/resources/icons/%1.svg").arg(name));
}

QIcon themedIcon(const QString& themeName, const QString& bundled)
{
    return QIcon::fromTheme(themeName, bundledIcon(bundled));
}

} // namespace usher
