// Feeds arbitrary bytes to the SCIM response parser as a service's answer: a list page, a
// single resource and an error body. Deep nesting, huge numbers, wrong types, missing parts:
// a value or a stated problem every time, never a crash, a hang or a broken promise.
#include "connection/scim/scimjson.h"

#include <cstddef>
#include <cstdint>

using namespace usher;
using namespace usher::scim;

namespace {
void require(bool promise)
{
    if (!promise) {
        __builtin_trap();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    QString problem;
    if (const std::optional<ListPage> page = parseListPage(body, &problem)) {
        require(page->totalResults >= 0 && page->startIndex >= 0);
        for (const QJsonObject& resource : page->resources) {
            const UserSummary row = userSummaryOf(resource);
            require(row.status == Status::Active || row.status == Status::Disabled);
            (void)displayNameOf(resource);
        }
    } else {
        require(!problem.isEmpty());
    }
    problem.clear();
    if (const std::optional<QJsonObject> object = parseObject(body, &problem)) {
        (void)userSummaryOf(*object);
        (void)attributePath(*object, QLatin1String("meta.version"));
        (void)primaryValue(*object, QLatin1String("emails"));
    } else {
        require(!problem.isEmpty());
    }
    HttpReply reply;
    reply.status = size > 0 ? 400 + data[0] % 200 : 500;
    reply.body = body;
    const BackendError error = backendErrorOf(reply, QStringLiteral("Fuzzing"));
    require(error.kind != BackendError::Kind::None && !error.message.isEmpty());
    return 0;
}
