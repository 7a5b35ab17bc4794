#pragma once

#include <QString>

#include <functional>

namespace usher {

/// Operators' passwords on shared databases: Argon2id (libsodium's crypto_pwhash_str, with
/// its interactive limits), stored as the self-describing "$argon2id$..." string.
namespace passwordhash {

/// The hash to store, or an empty string when hashing failed (out of memory).
QString hash(const QString& password);
/// Whether `password` matches `stored`; false for anything that is not an Argon2id hash.
bool verify(const QString& stored, const QString& password);
/// Like verify(), but runs one full Argon2id verification even when `stored` is empty or not
/// an Argon2id hash (against a dummy hash with the same parameters, answering false), so that
/// unknown and password-less accounts take as long as real ones.
bool verifyInConstantWork(const QString& stored, const QString& password);
/// How many Argon2id verifications this process has run (for tests: timing by work done).
quint64 verificationCount();
/// For tests: called on the verifying thread during each verification. Empty to remove.
void setVerificationObserver(std::function<void()> observer);

} // namespace passwordhash
} // namespace usher
