#include "ui/users/usereditdialog.h"

#include "connection/backend.h"
#include "connection/whendone.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"
#include "ui/users/userdelegates.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace usher {

UserEditDialog::UserEditDialog(Backend* backend, const Operator& op, const std::optional<MemberDetails>& details,
                               QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_operator(op)
    , m_details(details)
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_problem(makeProblemLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(details ? tr("Edit %1").arg(details->account.displayName) : tr("New User"));
    m_firstName->setObjectName(QStringLiteral("firstNameField"));
    m_lastName->setObjectName(QStringLiteral("lastNameField"));
    m_email->setObjectName(QStringLiteral("emailField"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->hide();
    for (const Role role : allRoles()) {
        m_role->addItem(roleDisplayName(role), QVariant::fromValue(int(role)));
        if (refusalToGrant(op.role, role)) {
            // Offered but not selectable, so the ceiling is visible rather than mysterious.
            const int row = m_role->count() - 1;
            m_role->setItemData(row, 0, Qt::UserRole - 1);
            m_role->setItemData(row, *refusalToGrant(op.role, role), Qt::ToolTipRole);
        }
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (details && backend->members()->abilities().editsPictures) {
        m_avatar = new QLabel(this);
        m_avatar->setObjectName(QStringLiteral("avatarPreview"));
        m_avatar->setFixedSize(64, 64);
        auto* choose = new QPushButton(tr("C&hoose Picture…"), this);
        choose->setObjectName(QStringLiteral("chooseAvatarButton"));
        m_removeAvatar = new QPushButton(tr("Re&move Picture"), this);
        m_removeAvatar->setObjectName(QStringLiteral("removeAvatarButton"));
        connect(choose, &QPushButton::clicked, this, &UserEditDialog::chooseAvatar);
        connect(m_removeAvatar, &QPushButton::clicked, this, [this] {
            m_newAvatar = QByteArray();
            showAvatar();
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_avatar);
        auto* buttons = new QVBoxLayout;
        buttons->addWidget(choose);
        buttons->addWidget(m_removeAvatar);
        row->addLayout(buttons);
        row->addStretch();
        form->addRow(tr("Picture:"), row);
    }
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    layout->addLayout(form);
    auto* problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problem, 1);
    problemRow->addWidget(m_reload, 0, Qt::AlignTop);
    layout->addLayout(problemRow);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setText(details ? tr("Save") : tr("Create"));

    if (details) {
        fill(*details);
        const auto cannotRole = refusalOf(op.role, MemberOperation::ChangeRole, details->membership.role,
                                          details->membership.status, details->membership.role);
        if (cannotRole) {
            m_role->setEnabled(false);
            m_role->setToolTip(*cannotRole);
        }
        const bool self = details->account.id == op.accountId;
        const auto cannotEdit = self ? std::nullopt : refusal(op.role, Action::EditProfile);
        const auto above = self ? std::nullopt : refusalOnTarget(op.role, details->membership.role);
        if (cannotEdit || above) {
            for (QWidget* field : std::initializer_list<QWidget*>{m_firstName, m_lastName, m_email}) {
                field->setEnabled(false);
                field->setToolTip(cannotEdit ? *cannotEdit : *above);
            }
        }
    } else {
        m_role->setCurrentIndex(m_role->findData(int(Role::Member)));
    }
    for (QLineEdit* field : {m_firstName, m_lastName, m_email}) {
        connect(field, &QLineEdit::textChanged, this, &UserEditDialog::updateButtons);
    }
    connect(m_reload, &QPushButton::clicked, this, &UserEditDialog::reload);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    rememberSize(this, QStringLiteral("userEdit"));
    updateButtons();
}

void UserEditDialog::fill(const MemberDetails& details)
{
    m_details = details;
    QString first = details.account.firstName;
    QString last = details.account.lastName;
    if (first.isEmpty() && last.isEmpty()) {
        // Older or imported records may hold only a display name: offer it split.
        const PersonName split = splitDisplayName(details.account.displayName);
        first = split.first;
        last = split.last;
    }
    m_firstName->setText(first);
    m_lastName->setText(last);
    m_email->setText(details.account.email);
    m_role->setCurrentIndex(m_role->findData(int(details.membership.role)));
    m_newAvatar.reset();
    showAvatar();
}

void UserEditDialog::showAvatar()
{
    if (!m_avatar) {
        return;
    }
    const QByteArray bytes = m_newAvatar.value_or(m_details ? m_details->account.avatar : QByteArray());
    m_avatar->setPixmap(avatarPixmap(bytes, m_details ? m_details->account.displayName : QString(), 64,
                                      m_details ? m_details->account.id : 0));
    m_removeAvatar->setEnabled(!bytes.isEmpty());
}

void UserEditDialog::updateButtons()
{
    const bool complete = !m_email->text().trimmed().isEmpty()
        && !(m_firstName->text().trimmed().isEmpty() && m_lastName->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete && !m_busy);
}

QByteArray UserEditDialog::avatarFromFile(const QString& path, QString* error)
{
    if (QFileInfo(path).size() > 20 * 1024 * 1024) {
        *error = tr("The picture is larger than 20 MB; choose a smaller file.");
        return {};
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("“%1” is not a picture Usher can read (%2).").arg(QFileInfo(path).fileName(), reader.errorString());
        return {};
    }
    const int side = qMin(image.width(), image.height());
    const QImage square = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side)
                              .scaled(256, 256, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    square.save(&buffer, "PNG");
    return bytes;
}

void UserEditDialog::chooseAvatar()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Picture"), QString(),
                                                      tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    const QByteArray bytes = avatarFromFile(path, &error);
    if (bytes.isEmpty()) {
        showProblem(m_problem, error);
        return;
    }
    showProblem(m_problem, {});
    m_newAvatar = bytes;
    showAvatar();
}

void UserEditDialog::submit()
{
    if (const auto problem = profileProblem(m_firstName->text(), m_lastName->text(), m_email->text())) {
        showProblem(m_problem, *problem);
        return;
    }
    m_busy = true;
    updateButtons();
    showProblem(m_problem, {});
    m_reload->hide();
    const Role role = Role(m_role->currentData().toInt());
    if (!m_details) {
        whenDone(m_backend->members()->createMember(m_operator, NewMember{m_firstName->text(), m_lastName->text(),
                                                               m_email->text(), role, {}}),
                 this, [this](const Result<Id>& created) {
                     m_busy = false;
                     updateButtons();
                     if (!created.ok()) {
                         showProblem(m_problem, created.error().message);
                         return;
                     }
                     emit saved(created.value());
                     accept();
                 });
        return;
    }
    ProfileEdit edit;
    const Account& before = m_details->account;
    if (m_firstName->text() != before.firstName) {
        edit.firstName = m_firstName->text();
    }
    if (m_lastName->text() != before.lastName) {
        edit.lastName = m_lastName->text();
    }
    if (m_email->text().trimmed() != before.email) {
        edit.email = m_email->text();
    }
    edit.avatar = m_newAvatar;
    const Id accountId = before.id;
    whenDone(m_backend->members()->updateProfile(m_operator, accountId, edit, m_details->membership.version), this,
             [this, accountId](const Result<Version>& result) {
                 if (!result.ok()) {
                     m_busy = false;
                     updateButtons();
                     showProblem(m_problem, result.error().message);
                     m_reload->setVisible(result.error().kind == BackendError::Kind::Conflict);
                     return;
                 }
                 saveRole(accountId, result.value());
             });
}

void UserEditDialog::saveRole(const Id& accountId, const Version& version)
{
    const Role role = Role(m_role->currentData().toInt());
    if (role == m_details->membership.role) {
        emit saved(accountId);
        accept();
        return;
    }
    MemberChange change;
    change.operation = MemberOperation::ChangeRole;
    change.role = role;
    change.targets = {{accountId, version}};
    whenDone(m_backend->members()->changeMembers(m_operator, change), this,
             [this, accountId](const Result<QList<MemberOutcome>>& result) {
                 m_busy = false;
                 updateButtons();
                 const QString why = !result.ok() ? result.error().message : result.value().value(0).why;
                 if (result.ok() && result.value().value(0).done) {
                     emit saved(accountId);
                     accept();
                     return;
                 }
                 emit saved(accountId); // the profile part is saved
                 showProblem(m_problem, tr("The profile was saved, but not the role: %1").arg(why));
                 m_reload->setVisible(true);
             });
}

void UserEditDialog::reload()
{
    if (!m_details) {
        return;
    }
    m_reload->setEnabled(false);
    whenDone(m_backend->members()->memberDetails(m_operator.workspaceId, m_details->account.id, m_operator.accountId), this,
             [this](const Result<MemberDetails>& result) {
                 m_reload->setEnabled(true);
                 if (!result.ok()) {
                     showProblem(m_problem, result.error().message);
                     return;
                 }
                 fill(result.value());
                 showProblem(m_problem, tr("Reloaded: this is the member as saved now. Make your change again."));
                 m_reload->hide();
             });
}

} // namespace usher
