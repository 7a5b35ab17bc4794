#include "memorydirectory.h"

#include "core/email.h"
#include "core/permissions.h"
#include "core/sampledata.h"

#include <QPromise>

#include <algorithm>

namespace usher::test {

namespace {
template<typename T> QFuture<Result<T>> answer(Result<T> result)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return promise.future();
}

BackendError notFound()
{
    return {BackendError::Kind::NotFound, QStringLiteral("This person is not in the directory."), {}};
}

/// Ids and versions as a directory service writes them: strings of its own, never numbers.
Id personId(qsizetype n)
{
    return Id::fromText(QStringLiteral("2819c223-7f76-453a-919d-%1").arg(n, 12, 10, QLatin1Char('0')));
}
Version etag(int revision)
{
    return Version::fromText(QStringLiteral("W/\"%1\"").arg(revision));
}
} // namespace

const Id MemoryDirectory::workspace = Id::fromText(QStringLiteral("directory"));

void MemoryDirectory::Person::bump()
{
    ++revision;
    membership.version = etag(revision);
}

MemoryDirectory::MemoryDirectory(int people, QObject* parent)
    : Backend(parent)
{
    SampleDataGenerator generator;
    for (int i = 0; i < people; ++i) {
        SamplePerson sample = generator.next();
        Person person{sample.account, sample.membership};
        person.account.id = personId(i + 1);
        person.membership.id = person.account.id;
        person.membership.accountId = person.account.id;
        person.membership.workspaceId = workspace;
        person.membership.version = etag(person.revision);
        if (i == 0) {
            person.membership.role = Role::Admin;
            person.membership.status = Status::Active;
        }
        m_people.append(person);
    }
}

MemoryDirectory::MemoryDirectory(const QList<SeedUser>& people, QObject* parent)
    : Backend(parent)
{
    for (const SeedUser& seed : people) {
        Person person;
        person.account.id = personId(m_people.size() + 1);
        person.account.email = seed.email;
        person.account.displayName = seed.name;
        const PersonName split = splitDisplayName(seed.name);
        person.account.firstName = split.first;
        person.account.lastName = split.last;
        person.membership.id = person.account.id;
        person.membership.accountId = person.account.id;
        person.membership.workspaceId = workspace;
        person.membership.version = etag(person.revision);
        person.membership.role = seed.role;
        person.membership.status = seed.status;
        person.membership.source = seed.source;
        person.membership.joinedAt = QDateTime::fromSecsSinceEpoch(seed.joined, Qt::UTC);
        if (seed.lastSeen > 0) {
            person.membership.lastSeenAt = QDateTime::fromSecsSinceEpoch(seed.lastSeen, Qt::UTC);
        }
        m_people.append(person);
    }
}

QString MemoryDirectory::kindName() const
{
    return QStringLiteral("Memory");
}

QString MemoryDirectory::location() const
{
    return QStringLiteral("memory:directory");
}

Operator MemoryDirectory::connectedAs() const
{
    const Person& first = m_people.first();
    return {workspace, first.account.id, first.membership.role, first.account.displayName, first.account.email};
}

QFuture<Result<OpenInfo>> MemoryDirectory::open()
{
    OpenInfo info;
    info.workspaceId = workspace;
    info.workspaceName = QStringLiteral("Directory");
    info.activeAdmins = 1;
    info.connectedAs = connectedAs();
    return answer<OpenInfo>(info);
}

QFuture<Result<OpenInfo>> MemoryDirectory::probe()
{
    return open();
}

QList<MemoryDirectory::Person> MemoryDirectory::matching(const UserFilter& filter) const
{
    const QString search = normalizedSearch(filter.search);
    QList<Person> found;
    for (const Person& person : m_people) {
        const Status status = person.membership.status;
        if (filter.status ? status != *filter.status : status == Status::Deleted) {
            continue;
        }
        if ((filter.role && person.membership.role != *filter.role)
            || (filter.accountIds && !filter.accountIds->contains(person.account.id))) {
            continue;
        }
        if (!search.isEmpty() && !person.account.displayName.contains(search, Qt::CaseInsensitive)
            && !person.account.email.contains(search, Qt::CaseInsensitive)) {
            continue;
        }
        found.append(person);
    }
    return found;
}

MemoryDirectory::Person* MemoryDirectory::find(const Id& accountId)
{
    for (Person& person : m_people) {
        if (person.account.id == accountId) {
            return &person;
        }
    }
    return nullptr;
}

QFuture<Result<UserPage>> MemoryDirectory::listUsers(const UserPageRequest& request)
{
    ++calls;
    QList<Person> found = matching(request.filter);
    const bool byEmail = request.sort.field == UserField::Email;
    std::stable_sort(found.begin(), found.end(), [&](const Person& a, const Person& b) {
        const QString& left = byEmail ? a.account.email : a.account.displayName;
        const QString& right = byEmail ? b.account.email : b.account.displayName;
        const int order = left.compare(right, Qt::CaseInsensitive);
        return request.sort.order == Qt::AscendingOrder ? order < 0 : order > 0;
    });
    UserPage page;
    page.offset = request.offset;
    for (qint64 i = request.offset; i < found.size() && page.rows.size() < request.limit; ++i) {
        const Person& person = found.at(i);
        UserSummary row;
        row.accountId = person.account.id;
        row.displayName = person.account.displayName;
        row.email = person.account.email;
        row.role = person.membership.role;
        row.status = person.membership.status;
        row.source = person.membership.source;
        row.lastSeen = person.membership.lastSeenAt;
        row.joined = person.membership.joinedAt;
        row.version = person.membership.version;
        page.rows.append(row);
    }
    return answer<UserPage>(page);
}

QFuture<Result<qint64>> MemoryDirectory::countUsers(const UserFilter& filter)
{
    ++calls;
    return answer<qint64>(qint64(matching(filter).size()));
}

QFuture<Result<MemberDetails>> MemoryDirectory::memberDetails(const Id&, const Id& accountId, const Id&)
{
    ++calls;
    const Person* person = find(accountId);
    if (!person) {
        return answer<MemberDetails>(notFound());
    }
    MemberDetails details;
    details.account = person->account;
    details.membership = person->membership;
    details.auditWithheld = absence(Feature::AuditLog);
    return answer<MemberDetails>(details);
}

QFuture<Result<Id>> MemoryDirectory::createMember(const Operator& op, const NewMember& member)
{
    ++calls;
    if (const auto why = refusal(op.role, Action::CreateUser)) {
        return answer<Id>(BackendError{BackendError::Kind::Refused, *why, {}});
    }
    if (const auto problem = profileProblem(member.firstName, member.lastName, member.email)) {
        return answer<Id>(BackendError{BackendError::Kind::Invalid, *problem, {}});
    }
    Person person;
    person.account.id = personId(m_people.size() + 1);
    person.account.email = member.email.trimmed();
    person.account.firstName = member.firstName;
    person.account.lastName = member.lastName;
    person.account.displayName = composeDisplayName(member.firstName, member.lastName);
    person.membership.id = person.account.id;
    person.membership.accountId = person.account.id;
    person.membership.workspaceId = workspace;
    person.membership.version = etag(person.revision);
    person.membership.role = member.role;
    person.membership.status = Status::Active;
    person.membership.joinedAt = QDateTime::currentDateTimeUtc();
    m_people.append(person);
    return answer<Id>(person.account.id);
}

QFuture<Result<Version>> MemoryDirectory::updateProfile(const Operator&, const Id& accountId, const ProfileEdit& edit,
                                                    const Version& expectedVersion)
{
    ++calls;
    Person* person = find(accountId);
    if (!person) {
        return answer<Version>(notFound());
    }
    if (person->membership.version != expectedVersion) {
        return answer<Version>(BackendError{BackendError::Kind::Conflict, QStringLiteral("Changed meanwhile."), {}});
    }
    person->account.firstName = edit.firstName.value_or(person->account.firstName);
    person->account.lastName = edit.lastName.value_or(person->account.lastName);
    person->account.email = edit.email.value_or(person->account.email);
    person->account.displayName = composeDisplayName(person->account.firstName, person->account.lastName);
    person->bump();
    return answer<Version>(person->membership.version);
}

QFuture<Result<QList<MemberOutcome>>> MemoryDirectory::changeMembers(const Operator& op, const MemberChange& change)
{
    ++calls;
    QList<MemberOutcome> outcomes;
    WorkspaceCounts counts;
    // Everyone the filter matches when the change starts, as each backend does.
    QList<MemberTarget> targets = change.targets;
    if (change.matching) {
        targets.clear();
        for (const Person& person : matching(*change.matching)) {
            targets.append({person.account.id, {}});
        }
    }
    for (const MemberTarget& target : std::as_const(targets)) {
        Person* person = find(target.accountId);
        MemberOutcome outcome;
        outcome.accountId = target.accountId;
        if (change.stop.stopRequested()) {
            outcome.name = person ? person->account.displayName : QString();
            outcome.notReached = true;
            outcome.why = QStringLiteral("Stopped before their turn.");
            outcomes.append(outcome);
            continue;
        }
        if (!person) {
            outcome.why = notFound().message;
            outcomes.append(outcome);
            continue;
        }
        outcome.name = person->account.displayName;
        outcome.version = person->membership.version;
        // The same rules as every backend: core decides, this one keeps the answer in memory.
        const Membership& was = person->membership;
        const MemberState state{was.role, was.status, Status::Active, was.version};
        MemberDecision decision = decideMemberChange(op.role, target.accountId == op.accountId,
                                                     targets.size(), change, target.expectedVersion, state, counts);
        if (decision.verdict == MemberDecision::Verdict::NeedsCounts) {
            counts.loaded = true;
            for (const Person& other : std::as_const(m_people)) {
                counts.activeAdmins += isActiveAdmin(other.membership.role, other.membership.status) ? 1 : 0;
                counts.seatsUsed += holdsSeat(other.membership.status) ? 1 : 0;
            }
            decision = decideMemberChange(op.role, target.accountId == op.accountId, targets.size(), change,
                                          target.expectedVersion, state, counts);
        }
        outcome.conflict = decision.verdict == MemberDecision::Verdict::Conflict;
        outcome.why = outcome.conflict ? QStringLiteral("Changed meanwhile.") : decision.why;
        if (decision.verdict == MemberDecision::Verdict::Apply) {
            person->membership.role = decision.newRole;
            person->membership.status = decision.newStatus;
            person->bump();
            outcome.version = person->membership.version;
        }
        outcome.done = decision.verdict == MemberDecision::Verdict::Apply
            || decision.verdict == MemberDecision::Verdict::Unchanged;
        outcomes.append(outcome);
    }
    return answer<QList<MemberOutcome>>(outcomes);
}

QFuture<Result<int>> MemoryDirectory::revokeSessions(const Operator&, const Id&, const Id&)
{
    ++calls;
    return answer<int>(0); // it keeps no sessions
}

} // namespace usher::test
