#include "ui/common/emptystate.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace usher {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_picture(new QLabel(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("emptyState"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_message->setObjectName(QStringLiteral("emptyStateMessage"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    // A fixed width lets the wrapped text take the height it needs.
    m_message->setFixedWidth(440);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_buttons->setSpacing(8);
    m_buttons->addStretch();
    m_buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addStretch(2);
    layout->addWidget(m_picture);
    layout->addSpacing(6);
    layout->addWidget(m_title);
    auto* messageRow = new QHBoxLayout;
    messageRow->addStretch();
    messageRow->addWidget(m_message);
    messageRow->addStretch();
    layout->addLayout(messageRow);
    layout->addSpacing(8);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void EmptyState::setPicture(const QIcon& icon)
{
    m_picture->setPixmap(icon.pixmap(QSize(96, 96)));
}

void EmptyState::setTitle(const QString& title)
{
    m_title->setText(title);
}

void EmptyState::setMessage(const QString& message)
{
    m_message->setText(message);
}

void EmptyState::clearActions()
{
    // Items between the two stretches are buttons.
    while (m_buttons->count() > 2) {
        QLayoutItem* item = m_buttons->takeAt(1);
        delete item->widget();
        delete item;
    }
}

QPushButton* EmptyState::addAction(const QString& text, const QIcon& icon)
{
    auto* button = new QPushButton(icon, text, this);
    button->setDefault(m_buttons->count() == 2);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::message() const
{
    return m_message->text();
}

} // namespace usher
