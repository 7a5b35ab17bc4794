#include "ui/groups/groupdeletedialog.h"

#include "core/clamp.h"
#include "connection/backend.h"
#include "connection/whendone.h"
#include "ui/common/icons.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace usher {

GroupDeleteDialog::GroupDeleteDialog(Backend* backend, const Operator& op, const GroupSummary& group,
                                     QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_operator(op)
    , m_group(group)
    , m_summary(new QLabel(this))
    , m_losses(new QTableWidget(0, 3, this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("groupDeleteDialog"));
    setWindowTitle(tr("Delete “%1”?").arg(group.name));
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Working out who would lose what…"));
    m_losses->setObjectName(QStringLiteral("impactTable"));
    m_losses->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Loses")});
    m_losses->horizontalHeader()->setStretchLastSection(true);
    m_losses->verticalHeader()->hide();
    m_losses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_losses->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_losses->setAlternatingRowColors(true);
    m_losses->hide();

    QPushButton* remove = m_buttons->addButton(tr("&Delete Group"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteGroup"));
    remove->setIcon(bundledIcon(QStringLiteral("delete")));
    remove->setEnabled(false);
    remove->setToolTip(tr("Available once Usher knows who would lose what."));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_losses, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(remove, &QPushButton::clicked, this, &GroupDeleteDialog::remove);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_sizeRemembered = rememberSize(this, QStringLiteral("groupDeleteDialog"));
    if (size().width() < 560) {
        resize(620, 420);
    }

    whenDone(m_backend->groups()->groupDeleteImpact(op.workspaceId, group.id), this,
             [this, remove](const Result<GroupDeleteImpact>& result) {
                 if (!result.ok()) {
                     m_summary->setText(tr("Usher could not work out what the deletion would change."));
                     showProblem(m_problem, result.error().message);
                     return;
                 }
                 showImpact(result.value());
                 remove->setEnabled(true);
                 remove->setToolTip({});
             });
}

void GroupDeleteDialog::showImpact(const GroupDeleteImpact& impact)
{
    const QString name = impact.group.name;
    QString text;
    if (impact.group.memberCount == 0) {
        text = tr("“%1” has no members. Deleting it changes nobody's access.").arg(name);
    } else if (impact.losses.isEmpty()) {
        text = tr("Nobody loses access: the %n member(s) of “%1” keep everything through their role or other "
                  "groups.",
                  nullptr, clampToInt(impact.group.memberCount))
                   .arg(name);
    } else {
        text = tr("%n member(s) will lose access they have only through “%1”:", nullptr, int(impact.losses.size()))
                   .arg(name);
        if (impact.keepEverything > 0) {
            text += QLatin1Char(' ')
                + tr("%n other member(s) keep everything through their role or other groups.", nullptr,
                     clampToInt(impact.keepEverything));
        }
    }
    text += QStringLiteral("<br><br>") + tr("The deletion is recorded in the audit log and cannot be undone.");
    m_summary->setText(text);
    m_losses->setVisible(!impact.losses.isEmpty());
    m_losses->setRowCount(int(impact.losses.size()));
    for (int row = 0; row < impact.losses.size(); ++row) {
        const PermissionLoss& loss = impact.losses[row];
        QStringList titles;
        for (const QString& key : loss.lost) {
            titles.append(permissionTitle(key));
        }
        m_losses->setItem(row, 0, new QTableWidgetItem(loss.name.isEmpty() ? loss.email : loss.name));
        m_losses->setItem(row, 1, new QTableWidgetItem(loss.email));
        m_losses->setItem(row, 2, new QTableWidgetItem(titles.join(QStringLiteral(", "))));
    }
    m_losses->resizeColumnsToContents();
    if (!m_sizeRemembered && !impact.losses.isEmpty()) {
        growToShow(int(impact.losses.size()));
    }
}

void GroupDeleteDialog::growToShow(int rows)
{
    // As tall as its rows (up to twenty of them) and as wide as its columns, within the screen:
    // a long list is read in the dialog, not through a keyhole.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    const int frame = 2 * m_losses->frameWidth();
    const int tableHeight = m_losses->horizontalHeader()->sizeHint().height()
        + qMin(rows, 20) * m_losses->verticalHeader()->defaultSectionSize() + frame;
    const int tableWidth = m_losses->horizontalHeader()->length() + frame
        + m_losses->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QMargins margins = layout()->contentsMargins();
    const int spacing = layout()->spacing();
    const int width = qBound(620, tableWidth + margins.left() + margins.right(), screen.width() * 9 / 10);
    const int height = margins.top() + m_summary->heightForWidth(width - margins.left() - margins.right()) + spacing
        + tableHeight + spacing + m_buttons->sizeHint().height() + margins.bottom();
    resize(QSize(width, height).expandedTo(size()).boundedTo(screen.size() * 9 / 10));
}

void GroupDeleteDialog::remove()
{
    m_buttons->setEnabled(false);
    whenDone(m_backend->groups()->deleteGroup(m_operator, m_group.id), this, [this](const Result<Done>& result) {
        m_buttons->setEnabled(true);
        if (!result.ok()) {
            showProblem(m_problem, result.error().message);
            return;
        }
        emit deleted(m_group.name);
        accept();
    });
}

} // namespace usher
