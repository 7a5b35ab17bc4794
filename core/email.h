#pragma once

#include <QString>

namespace usher {

/// The key under which an email is unique: trimmed and case-folded, so that
/// "Ada@Example.org" and "ada@example.org " are one address.
QString normalizedEmail(const QString& email);

/// A pragmatic syntax check (one @, a dotted domain, no spaces or control characters).
/// Returns an empty string when the address is acceptable, otherwise why not, translated.
QString emailProblem(const QString& email);

/// Latin letters without diacritics ("Jürgen Øster" -> "Jurgen Oster"), for generated addresses.
QString asciiFolded(const QString& text);

} // namespace usher
