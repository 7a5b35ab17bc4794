#include "ui/csv/exportdialog.h"

#include "ui/common/rememberedsize.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace usher {

ExportDialog::ExportDialog(const QString& listed, qint64 selected, QWidget* parent)
    : QDialog(parent)
    , m_scope(new QButtonGroup(this))
    , m_plain(new QCheckBox(tr("Plain data for programs: write fields exactly as they are"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Users"));

    auto* scopeBox = new QGroupBox(tr("Who"), this);
    auto* everyone = new QRadioButton(tr("Every member (not the deleted)"), scopeBox);
    everyone->setObjectName(QStringLiteral("exportEveryone"));
    auto* shown = new QRadioButton(tr("The people listed now: %1").arg(listed), scopeBox);
    shown->setObjectName(QStringLiteral("exportListed"));
    auto* chosen = new QRadioButton(tr("The %n selected person(s)", nullptr, int(qMin<qint64>(selected, INT_MAX))),
                                    scopeBox);
    chosen->setObjectName(QStringLiteral("exportSelected"));
    chosen->setEnabled(selected > 0);
    if (selected == 0) {
        chosen->setToolTip(tr("Select people in the table first"));
    }
    m_scope->addButton(everyone, Everyone);
    m_scope->addButton(shown, Listed);
    m_scope->addButton(chosen, Selected);
    (selected > 0 ? chosen : shown)->setChecked(true);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(everyone);
    scopeLayout->addWidget(shown);
    scopeLayout->addWidget(chosen);

    auto* columnsBox = new QGroupBox(tr("Columns"), this);
    auto* grid = new QGridLayout(columnsBox);
    const QStringList remembered = QSettings().value(QStringLiteral("exportDialog/columns")).toStringList();
    const QList<ExportColumn> all = allExportColumns();
    for (int i = 0; i < all.size(); ++i) {
        auto* box = new QCheckBox(exportColumnName(all.at(i)), columnsBox);
        box->setObjectName(QStringLiteral("exportColumn%1").arg(i));
        box->setChecked(remembered.isEmpty() || remembered.contains(QString::number(int(all.at(i)))));
        connect(box, &QCheckBox::toggled, this, [this] {
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(!columns().isEmpty());
        });
        grid->addWidget(box, i / 2, i % 2);
        m_columns.append(box);
    }

    m_plain->setObjectName(QStringLiteral("exportPlainData"));
    m_plain->setToolTip(tr("Otherwise a field starting with = + - or @ gets an apostrophe, so a spreadsheet "
                           "shows it instead of running it as a formula"));
    auto* save = m_buttons->addButton(QDialogButtonBox::Save);
    save->setText(tr("&Export…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QStringList keep;
        for (const ExportColumn column : columns()) {
            keep.append(QString::number(int(column)));
        }
        QSettings().setValue(QStringLiteral("exportDialog/columns"), keep);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(columnsBox);
    layout->addWidget(m_plain);
    layout->addWidget(m_buttons);
    rememberSize(this, QStringLiteral("exportDialog"));
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scope->checkedId());
}

QList<ExportColumn> ExportDialog::columns() const
{
    QList<ExportColumn> chosen;
    const QList<ExportColumn> all = allExportColumns();
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->isChecked()) {
            chosen.append(all.at(i));
        }
    }
    return chosen;
}

bool ExportDialog::plainData() const
{
    return m_plain->isChecked();
}

} // namespace usher
