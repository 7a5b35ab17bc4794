#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace usher {

/// The id of a workspace, person, group, invitation or anything else a backend keeps, as the
/// backend that made it defines it: a SQL database numbers its rows, a SCIM server names its
/// resources with strings of its own. Screens, models and the rules in core/ only keep,
/// compare and hand ids back; only the backend that made an id reads what is inside it. An
/// empty id means "none" (the number 0 makes one, as SQL rows start at 1).
class Id
{
public:
    Id() = default;
    /// A SQL backend's row number; 0 is no id.
    Id(qint64 number) // NOLINT(google-explicit-constructor): row numbers are ids as they are.
        : m_text(number == 0 ? QString() : QString::number(number))
    {
    }
    /// An id exactly as a service wrote it.
    static Id fromText(const QString& text)
    {
        Id id;
        id.m_text = text;
        return id;
    }

    bool isNull() const { return m_text.isEmpty(); }
    explicit operator bool() const { return !isNull(); }
    /// The id as its backend wrote it, for a service's URL, a log line or a settings file.
    const QString& text() const { return m_text; }
    /// The row number a SQL backend made this id from; 0 for none and for an id that is not one
    /// (another backend's), which matches no row.
    qint64 number() const
    {
        bool ok = false;
        const qint64 value = m_text.toLongLong(&ok);
        return ok ? value : 0;
    }

    friend bool operator==(const Id& a, const Id& b) { return a.m_text == b.m_text; }
    friend bool operator!=(const Id& a, const Id& b) { return a.m_text != b.m_text; }
    /// A strict order that is numeric for a SQL backend's ids (shorter first, then by text).
    friend bool operator<(const Id& a, const Id& b)
    {
        return a.m_text.size() != b.m_text.size() ? a.m_text.size() < b.m_text.size() : a.m_text < b.m_text;
    }
    friend size_t qHash(const Id& id, size_t seed = 0) { return qHash(id.m_text, seed); }

private:
    QString m_text;
};

/// A version of something a change is made from, as its backend defines it: a SQL database
/// counts changes, a SCIM server sends an ETag. Changes carry the version the operator saw, and
/// the backend refuses one made from an older version. Empty: "as it is now", for changes to
/// everyone a filter matches.
class Version
{
public:
    Version() = default;
    /// A SQL backend's change counter; a negative number is "as it is now".
    Version(int number) // NOLINT(google-explicit-constructor): change counters are versions as they are.
        : m_text(number < 0 ? QString() : QString::number(number))
    {
    }
    /// A version exactly as a service wrote it (an ETag, quotes and weak marker included).
    static Version fromText(const QString& text)
    {
        Version version;
        version.m_text = text;
        return version;
    }

    bool isNull() const { return m_text.isEmpty(); }
    explicit operator bool() const { return !isNull(); }
    const QString& text() const { return m_text; }
    /// The change counter a SQL backend made this version from; -1 for none or another backend's.
    int number() const
    {
        bool ok = false;
        const int value = m_text.toInt(&ok);
        return ok ? value : -1;
    }

    friend bool operator==(const Version& a, const Version& b) { return a.m_text == b.m_text; }
    friend bool operator!=(const Version& a, const Version& b) { return a.m_text != b.m_text; }

private:
    QString m_text;
};

} // namespace usher

Q_DECLARE_METATYPE(usher::Id)
Q_DECLARE_METATYPE(usher::Version)
