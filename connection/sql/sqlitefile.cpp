#include "connection/sql/sqlitefile.h"

#include "connection/sql/driverhandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

namespace usher::sql {

namespace {
/// Translation context for the free functions of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::sql::SqliteFile)
};

constexpr int headerSize = 100;
constexpr char magic[] = "SQLite format 3";
} // namespace

BackendError inspectSqliteFile(const QString& path)
{
    using Kind = BackendError::Kind;
    const QFileInfo info(path);
    if (!info.exists()) {
        const QDir folder = info.absoluteDir();
        if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
            return {Kind::ReadOnly, Text::tr("Its folder does not exist and cannot be created."),
                    folder.absolutePath()};
        }
        if (!QFileInfo(folder.absolutePath()).isWritable()) {
            return {Kind::ReadOnly, Text::tr("Its folder is read-only, so a new database cannot be created there."),
                    folder.absolutePath()};
        }
        return {};
    }
    if (info.isDir()) {
        return {Kind::NotADatabase, Text::tr("It is a folder, not a database file."), {}};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {Kind::ReadOnly, Text::tr("It cannot be read: %1.").arg(file.errorString()), file.errorString()};
    }
    const qint64 size = file.size();
    if (size > 0) {
        const QByteArray header = file.read(headerSize);
        if (header.size() < headerSize || !header.startsWith(QByteArray(magic, sizeof(magic)))) {
            return {Kind::NotADatabase,
                    Text::tr("It is not a SQLite database (the file does not start with a SQLite header)."),
                    {}};
        }
        const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
        const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        const bool powerOfTwo = pageSize >= 512 && (pageSize & (pageSize - 1)) == 0;
        if (!powerOfTwo) {
            return {Kind::Corrupt,
                    Text::tr("It is damaged: its header gives an impossible page size (%1).").arg(pageSize),
                    {}};
        }
        // The page count in the header is trustworthy only when the "version valid for" number
        // matches the change counter (SQLite file format, section 1.3.7).
        const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
        const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
        const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
        if (validFor == changeCounter && pageCount > 0 && size < qint64(pageCount) * pageSize) {
            return {Kind::Corrupt,
                    Text::tr("It is truncated: it should hold %1 bytes but holds only %2.")
                        .arg(qint64(pageCount) * pageSize)
                        .arg(size),
                    {}};
        }
        if (size % pageSize != 0) {
            return {
                Kind::Corrupt, Text::tr("It is truncated or damaged: its size is not a whole number of pages."), {}};
        }
    }
    // The mode bits as well as access(): root may write anything, but a file marked read-only
    // by its owner is a statement we respect.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits)) {
        return {Kind::ReadOnly, Text::tr("The file is read-only. Usher needs to write to its database."), {}};
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        return {Kind::ReadOnly,
                Text::tr("Its folder is read-only. Usher needs to write a journal file beside the database."),
                {}};
    }
    return {};
}

bool hardenSqliteConnection(QSqlDatabase& db, bool trustSchema, QString* error)
{
    sqlite3* raw = driverHandle<sqlite3>(db, "sqlite3*");
    if (!raw) {
        *error = QStringLiteral("The SQLite driver gave no sqlite3 handle.");
        return false;
    }
    struct Setting
    {
        int option;
        int value;
        const char* name;
    };
    const Setting settings[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1, "defensive"},
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, "load_extension"},
        {SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, "fts3_tokenizer"},
    };
    for (const Setting& setting : settings) {
        if (trustSchema && setting.option == SQLITE_DBCONFIG_DEFENSIVE) {
            // SQLite 3.40 in defensive mode refuses FTS5's own writes to the shadow tables of
            // Usher's search index ("table membership_search_data may not be modified"): adding a
            // person fails. The look before writing is defensive.
            continue;
        }
        int now = -1;
        if (sqlite3_db_config(raw, setting.option, setting.value, &now) != SQLITE_OK || now != setting.value) {
            *error = QStringLiteral("SQLite refused the setting %1.").arg(QLatin1String(setting.name));
            return false;
        }
    }
    if (trustSchema) {
        return true;
    }
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA trusted_schema = OFF"))) {
        *error = pragma.lastError().text();
        return false;
    }
    return true;
}

} // namespace usher::sql
