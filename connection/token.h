#pragma once

#include <QString>

namespace usher::token {

/// A new secret for a link (I2, U10): 32 random bytes from the operating system's CSPRNG
/// (libsodium's randombytes), base64url without padding: 43 characters.
QString generate();

/// What is stored instead of a token: its SHA-256, in hex. Links are looked up by it.
QString hashOf(const QString& token);

} // namespace usher::token
