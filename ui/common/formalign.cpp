#include "ui/common/formalign.h"

#include <QFormLayout>
#include <QWidget>

namespace usher {

void alignLabelColumns(const QList<QFormLayout*>& forms)
{
    QList<QWidget*> labels;
    int widest = 0;
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                labels.append(item->widget());
                widest = qMax(widest, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : labels) {
        label->setMinimumWidth(widest);
    }
}

} // namespace usher
