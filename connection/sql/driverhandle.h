#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace usher::sql {

/// The driver's own handle of `db` when it is of type `name` ("sqlite3*" for QSQLITE, which uses
/// the system's libsqlite3 that Usher links too; "pg_conn*" for QPSQL and libpq); null otherwise.
template<typename Handle> Handle* driverHandle(const QSqlDatabase& db, const char* name)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), name) == 0 ? *static_cast<Handle* const*>(handle.constData())
                                                                      : nullptr;
}

} // namespace usher::sql
