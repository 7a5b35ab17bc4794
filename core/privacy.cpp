#include "core/privacy.h"

#include "core/account.h"

namespace usher {

namespace {
const QLatin1String personalKeys[] = {QLatin1String("email"), QLatin1String("first_name"), QLatin1String("last_name"),
                                      QLatin1String("display_name")};
} // namespace

QJsonObject takePersonalFields(QJsonObject* fields)
{
    QJsonObject personal;
    for (const QLatin1String key : personalKeys) {
        if (const auto found = fields->constFind(key); found != fields->constEnd()) {
            personal.insert(key, *found);
            fields->remove(key);
        }
    }
    return personal;
}

QJsonObject withPersonalFields(QJsonObject fields, const QJsonObject& personal)
{
    for (auto it = personal.constBegin(); it != personal.constEnd(); ++it) {
        if (!it.value().isNull()) { // a migrated row's absent fields
            fields.insert(it.key(), it.value());
        }
    }
    return fields;
}

QString personalName(const QJsonObject& personal)
{
    const QString display = personal.value(QLatin1String("display_name")).toString().trimmed();
    return !display.isEmpty() ? display
                              : composeDisplayName(personal.value(QLatin1String("first_name")).toString(),
                                                   personal.value(QLatin1String("last_name")).toString());
}

} // namespace usher
