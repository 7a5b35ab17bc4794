#pragma once

#include <QList>
#include <QString>

namespace usher::detail {

/// One row of a table mapping an enum value to its stable storage key and its
/// translatable display name (marked with QT_TRANSLATE_NOOP at the table).
template<typename Enum> struct EnumInfo
{
    Enum value;
    const char* key;
    const char* name;
};

template<typename Enum, size_t N> const EnumInfo<Enum>& enumInfo(const EnumInfo<Enum> (&table)[N], Enum value)
{
    for (const auto& info : table) {
        if (info.value == value) {
            return info;
        }
    }
    Q_UNREACHABLE();
}

template<typename Enum, size_t N> bool enumFromKey(const EnumInfo<Enum> (&table)[N], const QString& key, Enum* value)
{
    const QString wanted = key.trimmed();
    for (const auto& info : table) {
        if (wanted.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0) {
            *value = info.value;
            return true;
        }
    }
    return false;
}

template<typename Enum, size_t N> QList<Enum> enumValues(const EnumInfo<Enum> (&table)[N])
{
    QList<Enum> result;
    for (const auto& info : table) {
        result.append(info.value);
    }
    return result;
}

} // namespace usher::detail
