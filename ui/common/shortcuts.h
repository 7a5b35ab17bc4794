#pragma once

#include <QKeySequence>
#include <QList>

#include <initializer_list>

namespace usher {

/// The platform's keys for `standard`, plus each of `also` the platform has not got already
/// (a key listed twice makes the shortcut ambiguous, and it would never fire). People bring
/// habits from other platforms: Windows closes with Ctrl+F4, Linux with Ctrl+W.
QList<QKeySequence> shortcutsFor(QKeySequence::StandardKey standard, std::initializer_list<QKeySequence> also);

} // namespace usher
