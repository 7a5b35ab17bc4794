#pragma once

#include <QString>

namespace usher::sql {

/// The SQL flavours Usher speaks. Differences are kept few and explicit: see expand().
enum class Dialect { Sqlite, Postgres };

/// Replaces the migration placeholders ({{id}}, {{blob}}, {{now}}) with the dialect's spelling.
QString expandPlaceholders(const QString& sql, Dialect dialect);

/// Splits a script into statements at semicolons that end a line, keeping trigger bodies
/// (BEGIN … END;) and dollar-quoted function bodies whole. Comments and blank lines are dropped.
QStringList splitStatements(const QString& script);

/// A LIKE pattern that matches `text` literally anywhere, for `LIKE ? ESCAPE '\'`.
QString containsPattern(const QString& text);

} // namespace usher::sql
