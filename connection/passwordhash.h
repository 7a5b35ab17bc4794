#pragma once

#include <QString>

namespace usher {

/// Operators' passwords on shared databases: Argon2id (libsodium's crypto_pwhash_str, with
/// its interactive limits), stored as the self-describing "$argon2id$..." string.
namespace passwordhash {

/// The hash to store, or an empty string when hashing failed (out of memory).
QString hash(const QString& password);
/// Whether `password` matches `stored`; false for anything that is not an Argon2id hash.
bool verify(const QString& stored, const QString& password);

} // namespace passwordhash
} // namespace usher
