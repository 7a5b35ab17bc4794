#pragma once

#include <QList>

class QFormLayout;

namespace usher {

/// Gives the label column of every form the width of the widest label among them, so that a
/// dialog's fields line up from one group box to the next.
void alignLabelColumns(const QList<QFormLayout*>& forms);

} // namespace usher
