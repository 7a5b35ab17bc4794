#pragma once

// What a contract suite knows of the people it seeded: their ids and roles as the backend under
// test numbers them, learnt through the member directory, never from the database itself.

#include "connection/backend.h"
#include "testsupport.h"

#include <QHash>

#include <optional>

namespace usher::test {

/// A person to seed, active unless said otherwise.
inline SeedUser seeded(const char* name, const char* email, Role role, Status status = Status::Active)
{
    SeedUser user;
    user.name = QString::fromUtf8(name);
    user.email = QString::fromUtf8(email);
    user.role = role;
    user.status = status;
    return user;
}

class KnownPeople
{
public:
    /// `email` as the member directory lists them in workspace 1, whatever their status (a
    /// search per status, as a person would look); nothing when not listed or not readable.
    static std::optional<UserSummary> find(MemberDirectory* members, const QString& email)
    {
        for (const Status status : {Status::Active, Status::Invited, Status::Disabled, Status::Deleted}) {
            UserPageRequest request;
            request.filter.workspaceId = 1;
            request.filter.status = status;
            request.filter.search = email;
            request.limit = 50;
            const auto page = await(members->listUsers(request));
            if (!page.ok()) {
                qWarning() << "listUsers failed:" << page.error().message;
                return std::nullopt;
            }
            for (const UserSummary& row : page.value().rows) {
                if (row.email.compare(email, Qt::CaseInsensitive) == 0) {
                    return row;
                }
            }
        }
        return std::nullopt;
    }

    /// Learns everyone of workspace 1, whatever their status, page by page through `members`.
    /// False when a page could not be read.
    bool learn(MemberDirectory* members)
    {
        clear();
        for (const Status status : {Status::Active, Status::Invited, Status::Disabled, Status::Deleted}) {
            UserPageRequest request;
            request.filter.workspaceId = 1;
            request.filter.status = status;
            request.limit = 200;
            for (request.offset = 0;; request.offset += request.limit) {
                const auto page = await(members->listUsers(request));
                if (!page.ok()) {
                    return false;
                }
                for (const UserSummary& row : page.value().rows) {
                    m_ids.insert(row.email, row.accountId);
                    m_roles.insert(row.email, row.role);
                }
                if (page.value().rows.size() < request.limit) {
                    break;
                }
            }
        }
        return true;
    }
    void clear()
    {
        m_ids.clear();
        m_roles.clear();
    }
    int size() const { return int(m_ids.size()); }
    Id id(const QString& email) const { return m_ids.value(email); }
    /// `email` acting in workspace 1, with the role they had when learnt.
    Operator as(const QString& email) const
    {
        Operator op;
        op.workspaceId = 1;
        op.accountId = id(email);
        op.role = m_roles.value(email);
        op.email = email;
        return op;
    }

private:
    QHash<QString, Id> m_ids;
    QHash<QString, Role> m_roles;
};

} // namespace usher::test
