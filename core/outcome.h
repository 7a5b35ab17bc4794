#pragma once

#include <QString>

namespace usher {

/// What became of one person in a change to many: done, refused and why, or not reached
/// because the change was stopped (or failed) before their turn. Every change to many answers
/// a list of these, or of a type built on it that adds what its caller needs (a member's new
/// version, an invitation's link), and one results dialog reports any of them. Later changes
/// to many (imported rows, a directory sync) answer the same way.
struct Outcome
{
    QString name; ///< Who, as a person reads it: the display name, or the email when there is none.
    bool done = false;
    QString why; ///< When not done: the refusal, for the person at the screen.
    bool notReached = false; ///< Nothing was tried for them: the change stopped first.

    /// How the report names them; a type that knows more (an address) says more.
    QString label() const { return name; }
};

} // namespace usher
