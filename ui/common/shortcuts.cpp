#include "ui/common/shortcuts.h"

namespace usher {

QList<QKeySequence> shortcutsFor(QKeySequence::StandardKey standard, std::initializer_list<QKeySequence> also)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    for (const QKeySequence& key : also) {
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.append(key);
        }
    }
    return keys;
}

} // namespace usher
