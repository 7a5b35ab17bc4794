#include "core/privacy.h"

#include "core/account.h"
#include "core/permissions.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Privacy)
};

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

std::optional<QString> refusalToErase(bool onSelf, const QList<ErasureSeat>& seats, const QString& reference)
{
    if (onSelf) {
        return Text::tr("You cannot erase yourself; another Admin can.");
    }
    for (const ErasureSeat& seat : seats) {
        if (!seat.operatorIsMember || seat.operatorStatus != Status::Active) {
            return Text::tr("They also belong to the workspace “%1”, where you are not an active member: an erasure "
                            "reaches every workspace, so only someone who is an Admin in all of them can make it.")
                .arg(seat.workspaceName);
        }
        if (const auto why = refusal(seat.operatorRole, Action::PersonalData)) {
            return Text::tr("In the workspace “%1”: %2").arg(seat.workspaceName, *why);
        }
        if (isActiveAdmin(seat.role, seat.status) && seat.activeAdmins <= 1) {
            return Text::tr("They are the last active Admin of the workspace “%1”; make someone else an Admin first.")
                .arg(seat.workspaceName);
        }
    }
    if (reference.trimmed().isEmpty()) {
        return Text::tr("Enter the request's reference (a ticket or letter number): the erasure log keeps it instead of "
                        "the person.");
    }
    if (reference.trimmed().size() > 200) {
        return Text::tr("The request's reference is longer than 200 characters.");
    }
    return std::nullopt;
}

QString erasurePseudonym(const QByteArray& salt, const QString& emailKey)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(emailKey.toUtf8(), salt, QCryptographicHash::Sha256).toHex().left(16));
}

QString personalName(const QJsonObject& personal)
{
    const QString display = personal.value(QLatin1String("display_name")).toString().trimmed();
    return !display.isEmpty() ? display
                              : composeDisplayName(personal.value(QLatin1String("first_name")).toString(),
                                                   personal.value(QLatin1String("last_name")).toString());
}

} // namespace usher
