#pragma once

#include <QString>

namespace usher::token {

/// A new secret for a link (I2, U10): 32 random bytes from the operating system's CSPRNG
/// (libsodium's randombytes), base64url without padding: 43 characters.
QString generate();

/// A temporary password (U10): 16 characters from the CSPRNG in four groups of four
/// ("k7Qm-x3Tb-..."), from an alphabet without look-alikes (no 0/O/o, 1/l/I), about 92 bits.
QString temporaryPassword();

/// What is stored instead of a token: its SHA-256, in hex. Links are looked up by it.
QString hashOf(const QString& token);

} // namespace usher::token
