#pragma once

#include <QMetaType>
#include <QString>

namespace usher {

/// A group as lists and pickers show it.
struct GroupSummary
{
    qint64 id = 0;
    QString name;
    QString description;
    bool synced = false; ///< Mirrored from a directory; read-only here.
    qint64 memberCount = 0;
};

} // namespace usher

Q_DECLARE_METATYPE(usher::GroupSummary)
