#include "ui/connection/connectionsdialog.h"

#include "connection/credentialstore.h"
#include "connection/whendone.h"
#include "ui/common/icons.h"
#include "ui/common/rememberedsize.h"
#include "ui/connection/profileeditors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace usher {


ConnectionsDialog::ConnectionsDialog(Session* session, CredentialStore* credentials, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_credentials(credentials)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_editors(makeProfileEditors())
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Save the password in the &keychain"), this))
    , m_workspace(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));

    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Saved connections"));
    m_list->setMinimumWidth(190);
    auto* add = new QPushButton(themedIcon(QStringLiteral("list-add"), QStringLiteral("add")), tr("&Add"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_remove = new QPushButton(themedIcon(QStringLiteral("list-remove"), QStringLiteral("remove")), tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_name->setObjectName(QStringLiteral("nameField"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const auto& editor : m_editors) {
        m_kind->addItem(editor->title());
    }
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Asked when connecting if left empty"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    m_workspace->setObjectName(QStringLiteral("workspaceField"));
    m_workspace->setPlaceholderText(tr("The first workspace"));

    // One form, so every field lines up; rows that do not apply to the kind are hidden.
    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("K&ind:"), m_kind);
    // Each kind adds its own rows; the password rows go where the kind puts them.
    bool secretRowsAdded = false;
    const auto addSecretRows = [this, &secretRowsAdded] {
        if (!secretRowsAdded) {
            m_form->addRow(tr("Pass&word:"), m_password);
            m_form->addRow(QString(), m_remember);
            secretRowsAdded = true;
        }
    };
    for (const auto& editor : m_editors) {
        editor->addRows(m_form, this, addSecretRows);
        connect(editor.get(), &ProfileEditor::changed, this, &ConnectionsDialog::updateKindPage);
    }
    addSecretRows();
    m_form->addRow(tr("Works&pace:"), m_workspace);
    auto* right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addStretch();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_status);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addLayout(left);
    body->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::updateKindPage);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (const auto profile = m_store.find(name)) {
            showProfile(*profile);
        }
    });
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsDialog::saveProfile);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const QString password = m_password->text();
        if (saveProfile()) {
            emit connectRequested(profileFromForm(), password);
            accept();
        }
    });

    resize(720, 460);
    rememberSize(this, QStringLiteral("connections"));
    reloadList();
    if (m_list->count() == 0) {
        addProfile();
    }
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::select(const QString& name)
{
    reloadList(name);
}

void ConnectionsDialog::showOpen(const ConnectionProfile& profile)
{
    if (profile.name.isEmpty() || m_store.find(profile.name)) {
        select(profile.name);
        return;
    }
    showProfile(profile);
    m_editing.clear();
    m_list->clearSelection();
    setStatus(tr("“%1” is open but not saved; Save keeps it in this list.").arg(profile.name), true);
}

void ConnectionsDialog::reloadList(const QString& selectName)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile& profile : m_store.profiles()) {
        auto* item = new QListWidgetItem(profile.name, m_list);
        item->setToolTip(profile.location());
        item->setIcon(bundledIcon(profile.iconName()));
    }
    const auto found = m_list->findItems(selectName, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_list->setCurrentItem(found.first());
        showProfile(*m_store.find(selectName));
    } else if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        showProfile(*m_store.find(m_list->item(0)->text()));
    }
    m_remove->setEnabled(m_list->currentItem() != nullptr);
    m_remove->setToolTip(m_remove->isEnabled() ? tr("Delete this connection and its saved password")
                                               : tr("There is no saved connection to remove"));
}

void ConnectionsDialog::showProfile(const ConnectionProfile& profile)
{
    m_editing = profile.name;
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(int(profile.kind()));
    // Every kind's rows start afresh, so switching Kind never shows another profile's server.
    for (const auto& editor : m_editors) {
        editor->load(editor->kind() == profile.kind() ? profile.target : editor->fresh());
    }
    m_password->clear();
    m_workspace->setText(profile.workspace);
    const bool hasSaved = m_credentials->storedKeys().contains(CredentialStore::keyFor(profile.name));
    m_password->setPlaceholderText(hasSaved ? tr("Saved in the keychain; type to replace")
                                            : tr("Asked when connecting if left empty"));
    setStatus({}, true);
    updateKindPage();
}

ConnectionProfile ConnectionsDialog::profileFromForm() const
{
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.target = currentEditor()->target();
    profile.workspace = m_workspace->text().trimmed();
    return profile;
}

ProfileEditor* ConnectionsDialog::currentEditor() const
{
    return m_editors.at(std::size_t(std::max(0, m_kind->currentIndex()))).get();
}

void ConnectionsDialog::updateKindPage()
{
    const ProfileEditor* current = currentEditor();
    for (const auto& editor : m_editors) {
        editor->setRowsVisible(editor.get() == current);
    }
    ConnectionProfile kindOnly;
    kindOnly.target = current->fresh();
    m_form->setRowVisible(m_password, kindOnly.needsPassword());
    m_form->setRowVisible(m_remember, kindOnly.needsPassword());
    m_form->setRowVisible(m_workspace, current->hasWorkspaces());
    m_remember->setText(kindOnly.secretIsToken() ? tr("Save the secret in the &keychain")
                                                 : tr("Save the password in the &keychain"));
    // The secret right below what it belongs to (a client secret under its client id).
    if (QWidget* after = current->secretAfter()) {
        int afterRow = -1;
        int secretRow = -1;
        QFormLayout::ItemRole role {};
        m_form->getWidgetPosition(after, &afterRow, &role);
        m_form->getWidgetPosition(m_password, &secretRow, &role);
        if (afterRow >= 0 && secretRow >= 0 && secretRow != afterRow + 1) {
            // Taking a row keeps its widgets; only the layout's items for them go.
            QWidget* label = m_form->labelForField(m_password);
            const QFormLayout::TakeRowResult secret = m_form->takeRow(m_password);
            const QFormLayout::TakeRowResult remember = m_form->takeRow(m_remember);
            for (QLayoutItem* item : {secret.labelItem, secret.fieldItem, remember.labelItem, remember.fieldItem}) {
                delete item;
            }
            m_form->getWidgetPosition(after, &afterRow, &role);
            m_form->insertRow(afterRow + 1, label, m_password);
            m_form->insertRow(afterRow + 2, static_cast<QWidget*>(nullptr), m_remember);
        }
    }
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_password))) {
        label->setText(current->secretLabel());
    }
}

void ConnectionsDialog::addProfile()
{
    const auto starter = std::find_if(m_editors.begin(), m_editors.end(),
                                      [](const auto& editor) { return editor->forNewProfiles(); });
    ConnectionProfile fresh;
    fresh.target = (starter == m_editors.end() ? m_editors.front() : *starter)->fresh();
    showProfile(fresh);
    m_editing.clear();
    m_list->clearSelection();
    m_name->setFocus();
}

void ConnectionsDialog::removeProfile()
{
    const QString name = m_editing;
    if (name.isEmpty()) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Remove Connection"),
        tr("Remove the connection “%1” and its saved password? The database itself is not touched.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_store.remove(name);
    whenDone(m_credentials->forgetProfile(name), this, [this](const Result<int>& result) {
        if (!result.ok() && result.error().kind != BackendError::Kind::KeychainUnavailable) {
            setStatus(result.error().message, false);
        }
    });
    reloadList();
    if (m_list->count() == 0) {
        addProfile();
    }
}

bool ConnectionsDialog::saveProfile()
{
    const ConnectionProfile profile = profileFromForm();
    if (const QString problem = profile.problem(); !problem.isEmpty()) {
        setStatus(problem, false);
        return false;
    }
    if (profile.name != m_editing && m_store.find(profile.name)) {
        setStatus(tr("A connection named “%1” exists already. Choose another name.").arg(profile.name), false);
        return false;
    }
    const QString password = m_password->text(); // before the form is reloaded below
    const bool remember = m_remember->isChecked();
    const QString previous = m_editing;
    const std::optional<ConnectionProfile> before = previous.isEmpty() ? std::nullopt : m_store.find(previous);
    m_store.save(profile, previous);
    if (before && !before->sameServer(profile)) {
        // Another server, database or user: the saved password was not meant for it.
        m_credentials->forgetProfile(previous);
    } else if (before && previous != profile.name && password.isEmpty()) {
        // Renamed only: the saved password moves with the profile.
        const QString newName = profile.name;
        whenDone(m_credentials->read(previous), this, [this, previous, newName](const Result<QString>& saved) {
            if (saved.ok()) {
                whenDone(m_credentials->write(newName, saved.value()), this, [this, previous](const Result<Done>& moved) {
                    if (moved.ok()) {
                        m_credentials->remove(previous);
                    }
                });
            }
        });
    } else if (before && previous != profile.name) {
        m_credentials->forgetProfile(previous); // a new password follows below
    }
    m_editing = profile.name;
    reloadList(profile.name);
    setStatus(tr("Saved."), true);

    if (profile.needsPassword() && !password.isEmpty()) {
        if (remember) {
            whenDone(m_credentials->write(profile.name, password), this, [this](const Result<Done>& result) {
                setStatus(result.ok() ? tr("Saved, with the password in the keychain.")
                                      : tr("Saved without the password: %1").arg(result.error().message),
                          result.ok());
                if (result.ok()) {
                    m_password->setPlaceholderText(tr("Saved in the keychain; type to replace"));
                }
            });
        } else {
            m_credentials->remove(profile.name);
        }
    }
    return true;
}

void ConnectionsDialog::testConnection()
{
    const ConnectionProfile profile = profileFromForm();
    if (const QString problem = profile.problem(); !problem.isEmpty()) {
        setStatus(problem, false);
        return;
    }
    auto attempt = [this, profile](const QString& password) {
        m_test->setEnabled(false);
        setStatus(tr("Connecting to %1…").arg(profile.location()), true);
        // A probe: testing never creates, upgrades or otherwise changes the database.
        whenDone(m_session->testConnection(profile, password), this, [this, profile](const Result<OpenInfo>& result) {
            m_test->setEnabled(true);
            if (!result.ok()) {
                setStatus(result.error().message, false);
                return;
            }
            const OpenInfo& info = result.value();
            const QString kind = profile.kindName();
            if (!info.findings.isEmpty()) {
                setStatus(tr("Connected to %1 at %2.").arg(kind, profile.location()) + QLatin1Char('\n')
                              + info.findings.join(QLatin1Char('\n')),
                          true);
            } else if (info.schemaVersion == 0) {
                setStatus(m_editors.at(std::size_t(profile.kind()))->nothingThereYet(profile), true);
            } else if (info.schemaVersion < info.latestVersion) {
                setStatus(tr("Connected to %1: workspace “%2”. Usher will upgrade its schema from version %3 to %4 "
                             "when you connect.")
                              .arg(kind, info.workspaceName)
                              .arg(info.schemaVersion)
                              .arg(info.latestVersion),
                          true);
            } else {
                setStatus(tr("Connected to %1: workspace “%2”, schema version %3.")
                              .arg(kind, info.workspaceName)
                              .arg(info.schemaVersion),
                          true);
            }
        });
    };
    if (!profile.needsPassword() || !m_password->text().isEmpty()) {
        attempt(m_password->text());
        return;
    }
    // No password typed: the one in the keychain, but only for the server it was saved for.
    const std::optional<ConnectionProfile> saved = m_editing.isEmpty() ? std::nullopt : m_store.find(m_editing);
    if (!saved || !saved->sameServer(profile)) {
        setStatus(tr("Type the password to test the connection."), false);
        m_password->setFocus();
        return;
    }
    whenDone(m_credentials->read(m_editing), this,
             [this, attempt](const Result<QString>& saved) {
                 if (saved.ok()) {
                     attempt(saved.value());
                 } else {
                     setStatus(tr("Type the password to test the connection."), false);
                     m_password->setFocus();
                 }
             });
}

void ConnectionsDialog::setStatus(const QString& text, bool good)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, good ? palette.color(QPalette::Text) : QColor(0xc5, 0x22, 0x1f));
    m_status->setPalette(palette);
    m_status->setProperty("good", good);
}

} // namespace usher
