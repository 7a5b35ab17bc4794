#pragma once

#include "core/id.h"

#include <QStyledItemDelegate>

class QPixmap;

namespace usher {

/// A round picture of `size` pixels: the stored avatar (PNG bytes) when there is one,
/// otherwise the person's initials on their colour (from `colourKey`, the account id).
QPixmap avatarPixmap(const QByteArray& png, const QString& displayName, int size, const Id& colourKey = {});

/// Paints the name column as an avatar circle with initials followed by the name.
class NameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

/// Paints a soft grey bar where a row's page is still on its way, and the plain text
/// otherwise: the default delegate of the users table.
class PlaceholderDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

/// Paints a status as a small coloured pill, so states are told apart at a glance.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// The font a pill's text is drawn in, from the table's font.
    static QFont pillFont(const QFont& tableFont);
    /// The cell width that shows the pill of `text` whole: the pill and its margins.
    static int cellWidthFor(const QFont& tableFont, const QString& text);
};

} // namespace usher
