#include "ui/users/userdelegates.h"

#include "models/usersmodel.h"

#include "core/account.h"

#include <QApplication>
#include <QPixmap>
#include <QPainter>
#include <QPainterPath>

namespace usher {

namespace {
/// A pleasant, stable colour per person, from a small palette that reads well with white text.
QColor avatarColor(const Id& accountId)
{
    static const QColor palette[] = {QColor(0x2f, 0x6f, 0xdb), QColor(0x0f, 0x9d, 0x8a), QColor(0x8e, 0x44, 0xad),
                                     QColor(0xd3, 0x54, 0x00), QColor(0x27, 0xae, 0x60), QColor(0xc0, 0x39, 0x2b),
                                     QColor(0x16, 0xa0, 0x85), QColor(0x6d, 0x4c, 0x41), QColor(0x34, 0x49, 0x5e)};
    // A SQL backend's row number as it is; another backend's id by a hash that is the same in every run.
    const quint64 key = accountId.number() != 0 ? quint64(accountId.number()) : quint64(qHash(accountId.text(), 0));
    return palette[key % (sizeof(palette) / sizeof(palette[0]))];
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void drawBackground(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = {};
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    Q_UNUSED(index);
}

/// True (and a placeholder painted) when the row has not arrived yet.
bool paintedPlaceholder(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index, int leftInset)
{
    if (index.data(UsersModel::LoadedRole).toBool()) {
        return false;
    }
    drawBackground(painter, option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor bar = option.palette.color(QPalette::Text);
    bar.setAlpha(28);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bar);
    const int width = qMax(12, (option.rect.width() - leftInset) * (45 + (index.row() * 7 + index.column() * 13) % 40) / 100);
    const QRectF rect(option.rect.left() + leftInset, option.rect.center().y() - 4, width, 8);
    painter->drawRoundedRect(rect, 4, 4);
    painter->restore();
    return true;
}
/// A status pill: its text's width plus this, in a cell this much wider.
constexpr int pillPadding = 16;
constexpr int pillMargins = 8;
} // namespace

QPixmap avatarPixmap(const QByteArray& png, const QString& displayName, int size, const Id& colourKey)
{
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    QImage image;
    // Only as PNG: the bytes come from the database, which other programs write too.
    if (!png.isEmpty() && image.loadFromData(png, "PNG")) {
        painter.setClipPath(circle);
        painter.drawImage(QRectF(0, 0, size, size), image);
        return pixmap;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(avatarColor(colourKey));
    painter.drawPath(circle);
    QFont font = QApplication::font();
    font.setPixelSize(qMax(8, size * 2 / 5));
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initialsOf(displayName));
    return pixmap;
}

void PlaceholderDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!paintedPlaceholder(painter, option, index, 6)) {
        QStyledItemDelegate::paint(painter, option, index);
    }
}

void NameDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (paintedPlaceholder(painter, option, index, 40)) {
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int diameter = qMin(opt.rect.height() - 8, 26);
    const QRect circle(opt.rect.left() + 6, opt.rect.center().y() - diameter / 2 + 1, diameter, diameter);
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColor(index.data(UsersModel::AccountIdRole).value<Id>()));
    painter->drawEllipse(circle);

    QFont initialsFont = opt.font;
    initialsFont.setPixelSize(qMax(8, diameter * 2 / 5));
    initialsFont.setWeight(QFont::DemiBold);
    painter->setFont(initialsFont);
    painter->setPen(Qt::white);
    painter->drawText(circle, Qt::AlignCenter, index.data(UsersModel::InitialsRole).toString());

    const bool selected = opt.state & QStyle::State_Selected;
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = opt.rect.adjusted(circle.width() + 14, 0, -4, 0);
    const QString text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize NameDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 40);
    size.setHeight(qMax(size.height(), 34));
    return size;
}

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (paintedPlaceholder(painter, option, index, 6)) {
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt, index);

    const QString key = index.data(UsersModel::StatusKeyRole).toString();
    QColor color(0x6b, 0x72, 0x80); // disabled: grey
    if (key == QLatin1String("active")) {
        color = QColor(0x1e, 0x8e, 0x3e);
    } else if (key == QLatin1String("invited")) {
        color = QColor(0x1a, 0x67, 0xd2);
    } else if (key == QLatin1String("deleted")) {
        color = QColor(0xc5, 0x22, 0x1f);
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = pillFont(opt.font);
    const QFontMetrics metrics(font);
    const int width = qMin(metrics.horizontalAdvance(opt.text) + pillPadding, opt.rect.width() - pillMargins);
    const int height = metrics.height() + 4;
    const QRectF pill(opt.rect.left() + 4, opt.rect.center().y() - height / 2.0 + 0.5, width, height);
    QColor fill = color;
    fill.setAlpha(isDark(opt.palette) ? 90 : 38);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(isDark(opt.palette) ? color.lighter(170) : color.darker(115));
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(opt.text, Qt::ElideRight, width - 8));
    painter->restore();
}

QFont StatusDelegate::pillFont(const QFont& tableFont)
{
    QFont font = tableFont;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

int StatusDelegate::cellWidthFor(const QFont& tableFont, const QString& text)
{
    return QFontMetrics(pillFont(tableFont)).horizontalAdvance(text) + pillPadding + pillMargins;
}

} // namespace usher
