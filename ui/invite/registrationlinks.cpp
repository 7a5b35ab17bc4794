#include "ui/invite/registrationlinks.h"

#include "ui/common/icons.h"
#include "ui/common/problemlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace usher {

RegistrationLinks::RegistrationLinks(const QString& intro, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_placeholderWarning(makeProblemLabel(this))
{
    setObjectName(QStringLiteral("registrationLinks"));
    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("linksIntro"));
    introLabel->setWordWrap(true);
    m_placeholderWarning->setObjectName(QStringLiteral("placeholderLinksWarning"));
    m_placeholderWarning->setText(placeholderLinksWarning());
    m_table->setObjectName(QStringLiteral("links"));
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Registration link")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 220);
    auto* copyAll = new QPushButton(themedIcon(QStringLiteral("edit-copy"), QStringLiteral("export")),
                                    tr("&Copy All Links"), this);
    copyAll->setObjectName(QStringLiteral("copyAllLinks"));
    connect(copyAll, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(allLinks());
        emit copied();
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(introLabel);
    layout->addWidget(m_placeholderWarning);
    layout->addWidget(m_table, 1);
    layout->addWidget(copyAll, 0, Qt::AlignLeft);
}

int RegistrationLinks::showLinks(const QList<InvitationOutcome>& outcomes)
{
    m_table->setRowCount(0);
    bool placeholder = false;
    for (const InvitationOutcome& outcome : outcomes) {
        if (!outcome.done || outcome.link.isEmpty()) {
            continue;
        }
        placeholder = placeholder || isPlaceholderJoinUrl(outcome.link);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(outcome.email));
        auto* link = new QTableWidgetItem(outcome.link);
        link->setToolTip(outcome.link);
        m_table->setItem(row, 1, link);
    }
    m_placeholderWarning->setVisible(placeholder);
    return m_table->rowCount();
}

QString RegistrationLinks::allLinks() const
{
    QStringList lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        lines.append(m_table->item(row, 0)->text() + QLatin1Char('\t') + m_table->item(row, 1)->text());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace usher
