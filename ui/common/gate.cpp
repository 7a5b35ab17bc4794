#include "ui/common/gate.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Gate)
};
} // namespace

QString signInFirst()
{
    return Text::tr("Say who you are first (File ▸ Sign In…): every change records who made it.");
}

std::optional<QString> gateReason(Backend* backend, std::optional<Backend::Feature> feature)
{
    if (!backend) {
        return Text::tr("Open a database first.");
    }
    if (feature && !backend->offers(*feature)) {
        return backend->absence(*feature);
    }
    return std::nullopt;
}

std::optional<QString> gateReason(Backend* backend, std::optional<Backend::Feature> feature,
                                  const std::optional<Operator>& op, std::optional<Action> action)
{
    if (auto why = gateReason(backend, feature)) {
        return why;
    }
    if (!op) {
        return signInFirst();
    }
    return action ? refusal(op->role, *action) : std::nullopt;
}

void applyGate(QAction* action, const std::optional<QString>& why, const QString& tip)
{
    action->setEnabled(!why);
    action->setToolTip(why.value_or(tip));
    action->setStatusTip(action->toolTip());
}

void applyGate(QAbstractButton* button, const std::optional<QString>& why, const QString& tip)
{
    button->setEnabled(!why);
    button->setToolTip(why.value_or(tip));
}

} // namespace usher
