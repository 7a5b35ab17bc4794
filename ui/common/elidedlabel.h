#pragma once

#include <QLabel>

namespace usher {

/// A one-line label that ends its text with "…" when it is narrower than the text, instead of
/// wrapping over what sits below it or cutting a letter in half; text() stays whole, and the
/// tooltip shows it all.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;
    void setText(const QString& text);
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace usher
