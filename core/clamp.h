#pragma once

#include <QtGlobal>

#include <climits>

namespace usher {

/// A count for an API that takes an int (tr()'s %n, progress ranges, row numbers), held at
/// the int's limits rather than wrapped: two billion and more reads as "2,147,483,647".
constexpr int clampToInt(qint64 value)
{
    return value > INT_MAX ? INT_MAX : value < INT_MIN ? INT_MIN : int(value);
}

} // namespace usher
