#pragma once

class QSqlDatabase;

namespace usher::sql {

/// Adds the SQL function usher_fold(text) to an open SQLite connection: the text folded to one
/// case by Unicode's rules (QString::toCaseFolded), so searches match "Émile" and "Łukasz"
/// whatever the letters' case, as the trigram index does. SQLite's own lower() and LIKE fold
/// ASCII only. The function lives in the connection, never in the file's schema, so other
/// programs that open the file need nothing of Usher's. False when it could not be added.
bool addCaseFold(QSqlDatabase& db);

} // namespace usher::sql
