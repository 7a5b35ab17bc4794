#pragma once

#include "connection/backend.h"
#include "core/permissions.h"

#include <optional>

class QAction;
class QAbstractButton;

namespace usher {

/// The one sentence for an action that needs to know who is at the keyboard.
QString signInFirst();

/// Why something cannot be used now, or nothing: a connection must be open and offer `feature`
/// (its absence says why).
std::optional<QString> gateReason(Backend* backend, std::optional<Backend::Feature> feature);
/// Why `op` may not take an action now, or nothing when they may. Asked in one order
/// everywhere: the connection must offer `feature`, someone must be signed in, and their
/// role must allow `action` (when one is named).
std::optional<QString> gateReason(Backend* backend, std::optional<Backend::Feature> feature,
                                  const std::optional<Operator>& op, std::optional<Action> action);

/// Enables `action` when `why` is empty; its tooltip (and status tip) is the reason, or `tip`.
void applyGate(QAction* action, const std::optional<QString>& why, const QString& tip);
void applyGate(QAbstractButton* button, const std::optional<QString>& why, const QString& tip);

} // namespace usher
