#include "ui/sync/directorysyncdialog.h"

#include "connection/backend.h"
#include "connection/credentialstore.h"
#include "connection/ldap/ldapreader.h"
#include "connection/session.h"
#include "connection/whendone.h"
#include "models/timeformat.h"
#include "ui/common/formalign.h"
#include "ui/common/icons.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"
#include "ui/sync/syncpreviewdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace usher {

DirectorySyncDialog::DirectorySyncDialog(Session* session, CredentialStore* credentials, const QString& keychainName,
                                         QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_backend(session->backend())
    , m_operator(session->currentOperator().value_or(Operator {}))
    , m_credentials(credentials)
    , m_keychainName(keychainName)
    , m_preset(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_bindDn(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keychainStatus(new QLabel(this))
    , m_peopleBase(new QLineEdit(this))
    , m_groupsBase(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_groups(new QListWidget(this))
    , m_interval(new QSpinBox(this))
    , m_threshold(new QSpinBox(this))
    , m_attributesToggle(new QToolButton(this))
    , m_attributes(new QWidget(this))
    , m_personClass(new QLineEdit(this))
    , m_personFilter(new QLineEdit(this))
    , m_groupClass(new QLineEdit(this))
    , m_idAttribute(new QLineEdit(this))
    , m_emailAttribute(new QLineEdit(this))
    , m_nameAttribute(new QLineEdit(this))
    , m_givenAttribute(new QLineEdit(this))
    , m_surnameAttribute(new QLineEdit(this))
    , m_groupNameAttribute(new QLineEdit(this))
    , m_memberAttribute(new QLineEdit(this))
    , m_memberIsDn(new QCheckBox(tr("Members are named by their DN (member, uniqueMember)"), this))
    , m_loginAttribute(new QLineEdit(this))
    , m_changedAttribute(new QLineEdit(this))
    , m_lastRun(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
    , m_problem(makeProblemLabel(this))
    , m_preview(new QPushButton(tr("Pre&view Sync…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("directorySyncDialog"));
    setWindowTitle(tr("Directory Sync"));

    m_preset->setObjectName(QStringLiteral("directoryPreset"));
    m_preset->addItem(tr("OpenLDAP"), int(DirectoryPreset::OpenLdap));
    m_preset->addItem(tr("Active Directory"), int(DirectoryPreset::ActiveDirectory));
    m_preset->addItem(tr("FreeIPA"), int(DirectoryPreset::FreeIpa));
    m_preset->setToolTip(tr("Fills in the attributes this kind of directory usually uses."));
    m_url->setObjectName(QStringLiteral("directoryUrl"));
    m_url->setPlaceholderText(tr("For example: ldap://ldap.example.org"));
    m_tls->setObjectName(QStringLiteral("directoryTls"));
    m_tls->addItem(tr("StartTLS"), int(DirectoryTls::StartTls));
    m_tls->addItem(tr("TLS (ldaps)"), int(DirectoryTls::Ldaps));
    m_tls->addItem(tr("None — test servers only"), int(DirectoryTls::None));
    m_tls->setItemData(2, tr("Sends the password and everyone's data unencrypted."), Qt::ToolTipRole);
    m_caFile->setObjectName(QStringLiteral("directoryCaFile"));
    m_caFile->setPlaceholderText(tr("Empty: the system's certificate authorities"));
    auto* browse = new QPushButton(tr("Br&owse…"), this);
    browse->setObjectName(QStringLiteral("browseCaFile"));
    browse->setAutoDefault(false);
    m_bindDn->setObjectName(QStringLiteral("directoryBindDn"));
    m_bindDn->setPlaceholderText(tr("For example: cn=usher,ou=services,dc=example,dc=org (empty: anonymous)"));
    m_password->setObjectName(QStringLiteral("directoryPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->setTextFormat(Qt::PlainText);
    m_keychainStatus->hide();
    m_peopleBase->setObjectName(QStringLiteral("peopleBase"));
    m_peopleBase->setPlaceholderText(tr("For example: ou=people,dc=example,dc=org"));
    m_groupsBase->setObjectName(QStringLiteral("groupsBase"));
    m_groupsBase->setPlaceholderText(tr("Empty: groups are not synced"));
    m_scope->setObjectName(QStringLiteral("directoryScope"));
    m_scope->addItem(tr("Everyone under the people base DN"), int(DirectoryScope::AllPeople));
    m_scope->addItem(tr("Members of the groups ticked below"), int(DirectoryScope::ChosenGroups));
    m_groups->setObjectName(QStringLiteral("chosenGroups"));
    m_groups->setAccessibleName(tr("Groups to sync"));
    m_groups->setMaximumHeight(120);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(0, 7 * 24 * 60);
    m_interval->setSingleStep(15);
    m_interval->setSpecialValueText(tr("Only when asked"));
    m_interval->setPrefix(tr("every "));
    m_interval->setSuffix(tr(" minutes"));
    m_interval->setToolTip(tr("While Usher is open; for a server, run “usher sync” from cron."));
    m_threshold->setObjectName(QStringLiteral("disableThreshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setToolTip(tr("A sync that would disable more of the people it follows stops and asks first: a wrong "
                               "base DN or a directory that answered only in part looks like everyone leaving."));
    m_lastRun->setObjectName(QStringLiteral("lastRun"));
    m_lastRun->setWordWrap(true);
    m_lastRun->setTextFormat(Qt::PlainText);
    m_test->setObjectName(QStringLiteral("testDirectory"));
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Connects with the settings as typed and counts what a sync would see."));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    m_preview->setObjectName(QStringLiteral("previewSync"));
    m_preview->setIcon(bundledIcon(QStringLiteral("synced")));
    m_preview->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("okButton"));

    auto* caField = new QWidget(this);
    auto* caRow = new QHBoxLayout(caField);
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto* serverBox = new QGroupBox(tr("Directory"), this);
    auto* server = new QFormLayout(serverBox);
    server->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    server->addRow(tr("&Kind:"), m_preset);
    server->addRow(tr("&Server:"), m_url);
    server->addRow(tr("S&ecurity:"), m_tls);
    auto* caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    server->addRow(caLabel, caField);
    server->addRow(tr("&Bind DN:"), m_bindDn);
    server->addRow(tr("Pass&word:"), m_password);
    server->addRow(QString(), m_keychainStatus);

    auto* whatBox = new QGroupBox(tr("What is synced"), this);
    auto* what = new QFormLayout(whatBox);
    what->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    what->addRow(tr("&People base DN:"), m_peopleBase);
    what->addRow(tr("&Groups base DN:"), m_groupsBase);
    what->addRow(tr("S&ync:"), m_scope);
    what->addRow(QString(), m_groups);
    what->addRow(tr("Sc&hedule:"), m_interval);
    what->addRow(tr("Stop when &disabling more than:"), m_threshold);

    m_attributesToggle->setObjectName(QStringLiteral("attributesToggle"));
    m_attributesToggle->setText(tr("&Attributes"));
    m_attributesToggle->setCheckable(true);
    m_attributesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_attributesToggle->setArrowType(Qt::RightArrow);
    m_attributesToggle->setAutoRaise(true);
    auto* attributes = new QFormLayout(m_attributes);
    attributes->setContentsMargins(16, 0, 0, 0);
    attributes->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    attributes->addRow(tr("Person class:"), m_personClass);
    attributes->addRow(tr("Person filter:"), m_personFilter);
    m_personFilter->setObjectName(QStringLiteral("personFilter"));
    m_personFilter->setPlaceholderText(tr("Optional, such as (department=Sales)"));
    attributes->addRow(tr("Group class:"), m_groupClass);
    attributes->addRow(tr("Id attribute:"), m_idAttribute);
    attributes->addRow(tr("Email attribute:"), m_emailAttribute);
    attributes->addRow(tr("Name attribute:"), m_nameAttribute);
    attributes->addRow(tr("First name attribute:"), m_givenAttribute);
    attributes->addRow(tr("Last name attribute:"), m_surnameAttribute);
    attributes->addRow(tr("Group name attribute:"), m_groupNameAttribute);
    attributes->addRow(tr("Member attribute:"), m_memberAttribute);
    attributes->addRow(QString(), m_memberIsDn);
    attributes->addRow(tr("Login attribute:"), m_loginAttribute);
    attributes->addRow(tr("Change time attribute:"), m_changedAttribute);
    m_changedAttribute->setToolTip(tr("Scheduled runs read only the entries changed since the last one, and the "
                                      "whole directory once a day."));
    m_idAttribute->setToolTip(tr("A value that never changes while the entry lives: people are matched by it, "
                                 "never by their address alone."));
    m_attributes->hide();
    alignLabelColumns({server, what});

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    testRow->addWidget(m_preview);

    auto* content = new QWidget(this);
    m_content = content;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(12);
    auto* intro = new QLabel(tr("The workspace's people and groups can follow an LDAP directory: new people are "
                                "added, names and addresses followed, and people who leave are disabled, never "
                                "deleted. Synced groups are changed only in the directory."),
                             this);
    intro->setWordWrap(true);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(serverBox);
    contentLayout->addWidget(whatBox);
    contentLayout->addWidget(m_attributesToggle);
    contentLayout->addWidget(m_attributes);
    contentLayout->addWidget(m_lastRun);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("directoryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(scroll, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    showSource(DirectorySource {});
    connect(m_preset, &QComboBox::activated, this, &DirectorySyncDialog::presetChosen);
    connect(browse, &QPushButton::clicked, this, &DirectorySyncDialog::chooseCaFile);
    connect(m_attributesToggle, &QToolButton::toggled, this, [this](bool open) {
        m_attributes->setVisible(open);
        m_attributesToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    const auto touched = [this] {
        m_touched = true;
        updateState();
    };
    for (QLineEdit* field : findChildren<QLineEdit*>()) {
        connect(field, &QLineEdit::textEdited, this, touched);
    }
    for (QComboBox* field : {m_tls, m_scope}) {
        connect(field, &QComboBox::activated, this, touched);
    }
    // A password read from the keychain belongs to the directory it was saved for: once the
    // address, bind DN or security is changed, it is gone from the field and must be typed.
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordTyped = true; });
    const auto forgetReadPassword = [this] {
        const DirectorySource typed = source();
        if (!m_passwordTyped && !m_password->text().isEmpty()
            && directoryPasswordKey(m_operator.workspaceId, typed) != directoryPasswordKey(m_operator.workspaceId, m_saved)) {
            m_password->clear();
            m_password->setPlaceholderText(tr("Type the password for this directory"));
        }
    };
    connect(m_url, &QLineEdit::textEdited, this, forgetReadPassword);
    connect(m_bindDn, &QLineEdit::textEdited, this, forgetReadPassword);
    connect(m_tls, &QComboBox::activated, this, forgetReadPassword);
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString& url) {
        // The security follows the address's scheme while it is unambiguous.
        if (url.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive)) {
            m_tls->setCurrentIndex(m_tls->findData(int(DirectoryTls::Ldaps)));
        } else if (m_tls->currentData().toInt() == int(DirectoryTls::Ldaps)) {
            m_tls->setCurrentIndex(m_tls->findData(int(DirectoryTls::StartTls)));
        }
        updateState();
    });
    connect(m_groups, &QListWidget::itemChanged, this, touched);
    connect(m_test, &QPushButton::clicked, this, &DirectorySyncDialog::testConnection);
    connect(m_preview, &QPushButton::clicked, this, &DirectorySyncDialog::preview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { save([this] { accept(); }); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this] { m_saving = false; });

    setMinimumWidth(520);
    resize(660, 600); // fits 1024×700; the fields scroll
    rememberSize(this, QStringLiteral("directorySyncDialog"));
    updateState();
    readSource();
}

DirectorySource DirectorySyncDialog::source() const
{
    DirectorySource s = m_saved;
    s.url = m_url->text().trimmed();
    s.tls = DirectoryTls(m_tls->currentData().toInt());
    s.caFile = m_caFile->text().trimmed();
    s.bindDn = m_bindDn->text().trimmed();
    s.peopleBase = m_peopleBase->text().trimmed();
    s.groupsBase = m_groupsBase->text().trimmed();
    s.scope = DirectoryScope(m_scope->currentData().toInt());
    s.chosenGroups.clear();
    for (int row = 0; row < m_groups->count(); ++row) {
        if (m_groups->item(row)->checkState() == Qt::Checked) {
            s.chosenGroups.append(m_groups->item(row)->text());
        }
    }
    s.intervalMinutes = m_interval->value();
    s.disableThresholdPercent = m_threshold->value();
    DirectoryMapping& m = s.mapping;
    m.personClass = m_personClass->text().trimmed();
    m.personFilter = m_personFilter->text().trimmed();
    m.groupClass = m_groupClass->text().trimmed();
    m.id = m_idAttribute->text().trimmed();
    m.email = m_emailAttribute->text().trimmed();
    m.displayName = m_nameAttribute->text().trimmed();
    m.givenName = m_givenAttribute->text().trimmed();
    m.surname = m_surnameAttribute->text().trimmed();
    m.groupName = m_groupNameAttribute->text().trimmed();
    m.member = m_memberAttribute->text().trimmed();
    m.memberIsDn = m_memberIsDn->isChecked();
    m.login = m_loginAttribute->text().trimmed();
    m.changed = m_changedAttribute->text().trimmed();
    return s;
}

void DirectorySyncDialog::showSource(const DirectorySource& s)
{
    m_url->setText(s.url);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(int(s.tls))));
    m_caFile->setText(s.caFile);
    m_bindDn->setText(s.bindDn);
    m_peopleBase->setText(s.peopleBase);
    m_groupsBase->setText(s.groupsBase);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(s.scope))));
    m_interval->setValue(s.intervalMinutes);
    m_threshold->setValue(s.disableThresholdPercent);
    const DirectoryMapping& m = s.mapping;
    m_personClass->setText(m.personClass);
    m_personFilter->setText(m.personFilter);
    m_groupClass->setText(m.groupClass);
    m_idAttribute->setText(m.id);
    m_emailAttribute->setText(m.email);
    m_nameAttribute->setText(m.displayName);
    m_givenAttribute->setText(m.givenName);
    m_surnameAttribute->setText(m.surname);
    m_groupNameAttribute->setText(m.groupName);
    m_memberAttribute->setText(m.member);
    m_memberIsDn->setChecked(m.memberIsDn);
    m_loginAttribute->setText(m.login);
    m_changedAttribute->setText(m.changed);
    for (const DirectoryPreset preset : {DirectoryPreset::OpenLdap, DirectoryPreset::ActiveDirectory, DirectoryPreset::FreeIpa}) {
        if (presetMapping(preset) == m) {
            m_preset->setCurrentIndex(m_preset->findData(int(preset)));
        }
    }
    m_groups->clear();
    showGroups(s.chosenGroups);
    for (int row = 0; row < m_groups->count(); ++row) {
        m_groups->item(row)->setCheckState(s.chosenGroups.contains(m_groups->item(row)->text()) ? Qt::Checked
                                                                                                : Qt::Unchecked);
    }
    if (!s.configured()) {
        m_lastRun->setText(tr("Not synced yet."));
    } else if (s.lastRunAt.isValid()) {
        m_lastRun->setText(tr("Last sync %1: %2").arg(relativeTime(s.lastRunAt), s.lastRunSummary));
    } else {
        m_lastRun->setText(tr("Saved, not synced yet."));
    }
}

void DirectorySyncDialog::showGroups(const QStringList& names)
{
    const QSignalBlocker quiet(m_groups);
    for (const QString& name : names) {
        if (m_groups->findItems(name, Qt::MatchExactly).isEmpty()) {
            auto* item = new QListWidgetItem(name, m_groups);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_groups->sortItems();
}

void DirectorySyncDialog::readSource()
{
    m_reading = true;
    updateState();
    whenDone(m_backend->directorySync()->syncSource(m_operator.workspaceId), this,
             [this](const Result<DirectorySource>& read) {
        m_reading = false;
        if (!read.ok()) {
            showProblem(m_problem, read.error().message);
            updateState();
            return;
        }
        m_saved = read.value();
        showSource(m_saved);
        updateState();
        readPassword();
    });
}

void DirectorySyncDialog::readPassword()
{
    if (!m_saved.configured() || m_saved.bindDn.isEmpty()) {
        return;
    }
    m_password->setPlaceholderText(tr("Reading the keychain…"));
    whenDone(m_credentials->read(m_keychainName, directoryPasswordKey(m_operator.workspaceId, m_saved)), this,
             [this](const Result<QString>& read) {
        m_password->setPlaceholderText(QString());
        if (read.ok()) {
            // Only into an untouched field, and only while the settings are still the ones it was saved for.
            const bool same = directoryPasswordKey(m_operator.workspaceId, source())
                == directoryPasswordKey(m_operator.workspaceId, m_saved);
            if (m_password->text().isEmpty() && !m_passwordTyped && same) {
                m_password->setText(read.value());
                m_passwordRead = read.value();
            }
            return;
        }
        if (read.error().kind != BackendError::Kind::NotFound) {
            m_keychainStatus->setText(read.error().message);
            m_keychainStatus->show();
        }
    });
}

void DirectorySyncDialog::presetChosen()
{
    DirectorySource s = source();
    s.mapping = presetMapping(DirectoryPreset(m_preset->currentData().toInt()));
    const QStringList chosen = s.chosenGroups;
    showSource(s);
    for (int row = 0; row < m_groups->count(); ++row) {
        m_groups->item(row)->setCheckState(chosen.contains(m_groups->item(row)->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_touched = true;
    updateState();
}

void DirectorySyncDialog::chooseCaFile()
{
    auto* ask = new QFileDialog(this, tr("CA Certificate"), m_caFile->text(),
                                tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    ask->setObjectName(QStringLiteral("caFileDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setFileMode(QFileDialog::ExistingFile);
    connect(ask, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_caFile->setText(file);
        m_touched = true;
        updateState();
    });
    ask->open();
}

void DirectorySyncDialog::testConnection()
{
    const DirectorySource typed = source();
    if (directorySourceProblem(typed) || m_testing) {
        return;
    }
    m_testing = true;
    m_testResult->setText(tr("Connecting to %1…").arg(typed.url));
    m_testResult->show();
    updateState();
    whenDone(LdapReader::probe(typed, m_password->text()), this, [this](const Result<DirectoryProbe>& probe) {
        m_testing = false;
        updateState();
        QPalette palette = m_testResult->palette();
        palette.setColor(QPalette::WindowText, probe.ok() ? palette.color(QPalette::Text) : QColor(0xc5, 0x22, 0x1f));
        m_testResult->setPalette(palette);
        m_testResult->setProperty("good", probe.ok());
        if (!probe.ok()) {
            m_testResult->setText(probe.error().message);
            return;
        }
        m_testResult->setText(probe.value().findings.join(QLatin1Char('\n')));
        showGroups(probe.value().groupNames);
    });
}

void DirectorySyncDialog::updateState()
{
    // Nothing is typed before the saved settings are in: they would replace it.
    m_content->setEnabled(!m_reading);
    if (m_reading) {
        const QString reading = tr("Reading the workspace's directory settings…");
        for (QPushButton* button : {m_buttons->button(QDialogButtonBox::Save), m_test, m_preview}) {
            button->setEnabled(false);
            button->setToolTip(reading);
        }
        return;
    }
    const DirectorySource typed = source();
    const std::optional<QString> why = typed.url.isEmpty() && !m_saved.configured()
        ? std::optional<QString>(tr("Enter the directory's address."))
        : (typed.url.isEmpty() ? std::nullopt : directorySourceProblem(typed));
    showProblem(m_problem, m_touched ? why.value_or(QString()) : QString());
    const bool idle = !m_reading && !m_saving;
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Save);
    ok->setEnabled(idle && !why);
    ok->setToolTip(why.value_or(QString()));
    const bool usable = idle && !typed.url.isEmpty() && !why;
    m_test->setEnabled(usable && !m_testing);
    m_test->setToolTip(usable ? tr("Connects with the settings as typed and counts what a sync would see.")
                              : why.value_or(QString()));
    m_preview->setEnabled(usable);
    m_preview->setToolTip(usable ? tr("Saves the settings, reads the directory and shows what a sync would change, "
                                      "before anything changes.")
                                 : why.value_or(QString()));
    m_groups->setVisible(typed.scope == DirectoryScope::ChosenGroups);
    m_groups->setToolTip(m_groups->count() == 0 ? tr("Test Connection lists the directory's groups here.") : QString());
}

void DirectorySyncDialog::save(const std::function<void()>& then)
{
    if (m_saving || m_reading) {
        return;
    }
    const DirectorySource wanted = source();
    m_saving = true;
    updateState();
    whenDone(m_backend->directorySync()->saveSyncSource(m_operator, wanted), this,
             [this, wanted, then](const Result<Done>& saved) {
        if (!m_saving) {
            return; // cancelled meanwhile
        }
        if (!saved.ok()) {
            m_saving = false;
            updateState();
            showProblem(m_problem, saved.error().message);
            return;
        }
        const DirectorySource before = m_saved;
        m_saved = wanted;
        m_saved.lastRunAt = before.lastRunAt;
        m_saved.lastRunSummary = before.lastRunSummary;
        const QString key = directoryPasswordKey(m_operator.workspaceId, wanted);
        const bool moved = key != directoryPasswordKey(m_operator.workspaceId, before);
        if (!wanted.configured() || wanted.bindDn.isEmpty() || m_password->text().isEmpty()
            || (!moved && m_password->text() == m_passwordRead) || (moved && !m_passwordTyped)) {
            m_saving = false;
            updateState();
            then();
            return;
        }
        // The password, under the address and bind DN it was typed for.
        whenDone(m_credentials->write(m_keychainName, m_password->text(), key), this,
                 [this, then](const Result<Done>& stored) {
            m_saving = false;
            updateState();
            if (!stored.ok()) {
                m_keychainStatus->setText(stored.error().message + QLatin1Char(' ')
                                          + tr("The settings are saved; the password is asked for each sync."));
                m_keychainStatus->show();
            } else {
                m_passwordRead = m_password->text();
            }
            then();
        });
    });
}

void DirectorySyncDialog::preview()
{
    save([this] {
        auto* dialog = new SyncPreviewDialog(m_backend, m_operator, m_saved, m_password->text(), this);
        connect(dialog, &SyncPreviewDialog::applied, this, &DirectorySyncDialog::synced);
        connect(dialog, &SyncPreviewDialog::applied, this, [this] {
            // The last run's time and summary, as saved by the sync.
            whenDone(m_backend->directorySync()->syncSource(m_operator.workspaceId), this,
                     [this](const Result<DirectorySource>& read) {
                if (read.ok() && read.value().lastRunAt.isValid()) {
                    m_saved.lastRunAt = read.value().lastRunAt;
                    m_saved.lastRunSummary = read.value().lastRunSummary;
                    m_lastRun->setText(tr("Last sync %1: %2").arg(relativeTime(m_saved.lastRunAt), m_saved.lastRunSummary));
                }
            });
        });
        dialog->open();
    });
}

} // namespace usher
