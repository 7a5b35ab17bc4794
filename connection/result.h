#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace usher {

/// What went wrong in a backend call, with a message fit for the person at the screen.
struct BackendError
{
    enum class Kind {
        None,
        NotADatabase, ///< The file is not a SQLite database at all.
        NotUsher, ///< A SQLite database, but another application's.
        Corrupt, ///< Truncated or damaged.
        ReadOnly, ///< The file or its folder cannot be written.
        SchemaTooNew, ///< Written by a newer Usher.
        Busy, ///< Locked by another program for longer than the busy timeout.
        Unavailable, ///< Could not connect or the connection was lost.
        Authentication, ///< The server refused the user name or password.
        PasswordChangeRequired, ///< The password was right, but is temporary: choose a new one first.
        Tls, ///< The encrypted connection could not be set up or the server could not be verified.
        Invalid, ///< The request itself was refused (bad input, a rule).
        NotFound, ///< What was asked for does not exist (e.g. no saved password).
        Refused, ///< A rule forbids it (role, last Admin, seat cap); the message says which.
        Conflict, ///< Someone else changed it first; reload and try again.
        KeychainUnavailable, ///< No OS keychain can be reached; secrets cannot be stored.
        Unsupported, ///< This backend cannot do this at all (a server without the feature).
        Forbidden, ///< The server refused the connection's own account (not one of Usher's rules).
        RateLimited, ///< The server asks to wait; retryAfterSeconds says how long, when it said.
        Cancelled,
        Internal, ///< A query failed for a reason we did not foresee.
    };

    Kind kind = Kind::None;
    QString message; ///< Translated, complete sentence(s) naming what and why.
    QString detail; ///< Technical text from the driver, for the details pane and logs.
    int retryAfterSeconds = 0; ///< RateLimited: how long the server asked to wait (0: not said).
};

/// Return value of every backend call: a value or a BackendError, never both.
template<typename T> class Result
{
public:
    /// A failed result ("no result"): QFuture needs a default constructor.
    Result()
        : m_error {BackendError::Kind::Internal, QStringLiteral("No result was produced."), {}}
    {
    }
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(BackendError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    const BackendError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    BackendError m_error;
};

/// The value of a call that only succeeds or fails.
struct Done
{
};

} // namespace usher
