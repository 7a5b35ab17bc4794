#include "ui/groups/groupeditdialog.h"

#include "connection/backend.h"
#include "connection/whendone.h"
#include "models/timeformat.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace usher {

GroupEditDialog::GroupEditDialog(Backend* backend, const Operator& op, const std::optional<GroupSummary>& group,
                                 QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_operator(op)
    , m_group(group)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("groupEditDialog"));
    setWindowTitle(group ? tr("Edit “%1”").arg(group->name) : tr("New Group"));
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("For example: Support, Finance, Contractors"));
    m_description->setObjectName(QStringLiteral("groupDescription"));
    m_description->setPlaceholderText(tr("What the group is for (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    if (group) {
        m_name->setText(group->name);
        m_description->setPlainText(group->description);
        if (group->synced) {
            // The directory owns the name and description; permissions stay Usher's.
            const QString why = *refusalToEditGroup(Role::Admin, *group);
            for (QWidget* field : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_description)}) {
                field->setEnabled(false);
                field->setToolTip(why);
            }
            auto* note = new QLabel(why, this);
            note->setObjectName(QStringLiteral("syncedNote"));
            note->setWordWrap(true);
            form->addRow(QString(), note);
        }
    }

    auto* grants = new QGroupBox(tr("Members of this group may"), this);
    auto* grantsLayout = new QVBoxLayout(grants);
    const QStringList own = permissionsOfRole(op.role);
    for (const PermissionInfo& permission : permissionCatalogue()) {
        auto* box = new QCheckBox(permission.title, grants);
        box->setObjectName(QStringLiteral("permission:") + permission.key);
        box->setProperty("key", permission.key);
        box->setChecked(group && group->permissions.contains(permission.key));
        box->setToolTip(QStringLiteral("%1 (%2)").arg(permission.description, permission.key));
        // Nobody adds or strips a permission their own role lacks.
        const QStringList before = box->isChecked() ? QStringList{permission.key} : QStringList{};
        const QStringList after = box->isChecked() ? QStringList{} : QStringList{permission.key};
        if (const auto why = refusalToChangeGroupPermissions(op.role, before, after)) {
            box->setEnabled(false);
            box->setToolTip(*why);
        }
        grantsLayout->addWidget(box);
        m_permissions.append(box);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(grants);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setText(group ? tr("&Save") : tr("&Create Group"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] { showProblem(m_problem, {}); });
    rememberSize(this, QStringLiteral("groupEditDialog"));
}

GroupEdit GroupEditDialog::edit() const
{
    GroupEdit edit;
    QStringList permissions;
    for (const QCheckBox* box : m_permissions) {
        if (box->isChecked()) {
            permissions.append(box->property("key").toString());
        }
    }
    edit.permissions = permissions;
    if (!m_group || !m_group->synced) {
        edit.name = m_name->text().trimmed();
        edit.description = m_description->toPlainText().trimmed();
    }
    return edit;
}

void GroupEditDialog::save()
{
    const GroupEdit wanted = edit();
    if (wanted.name) {
        if (const auto problem = groupNameProblem(*wanted.name)) {
            showProblem(m_problem, *problem);
            m_name->setFocus();
            return;
        }
    }
    m_buttons->setEnabled(false);
    showProblem(m_problem, {});
    auto finished = [this](const std::optional<BackendError>& error, const Id& id) {
        m_buttons->setEnabled(true);
        if (error) {
            showProblem(m_problem, error->message);
            return;
        }
        emit saved(id);
        accept();
    };
    if (m_group) {
        const Id id = m_group->id;
        whenDone(m_backend->groups()->updateGroup(m_operator, id, wanted), this, [finished, id](const Result<Done>& result) {
            finished(result.ok() ? std::nullopt : std::optional<BackendError>(result.error()), id);
        });
    } else {
        whenDone(m_backend->groups()->createGroup(m_operator, wanted), this, [finished](const Result<Id>& result) {
            finished(result.ok() ? std::nullopt : std::optional<BackendError>(result.error()),
                     result.ok() ? result.value() : 0);
        });
    }
}

} // namespace usher
