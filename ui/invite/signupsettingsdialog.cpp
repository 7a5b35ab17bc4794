#include "ui/invite/signupsettingsdialog.h"

#include "connection/backend.h"
#include "connection/credentialstore.h"
#include "connection/mail/mailconfig.h"
#include "connection/whendone.h"
#include "core/permissions.h"
#include "ui/common/formalign.h"
#include "ui/common/icons.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace usher {

namespace {

/// A language as its speakers write it ("Nederlands", "Deutsch"), capitalised for a menu.
QString nativeLanguageName(const QString& code)
{
    if (code == QLatin1String("en")) {
        return QStringLiteral("English"); // not "American English": the mails are plain English
    }
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty()) {
        return code;
    }
    name[0] = name.at(0).toUpper();
    return name;
}

/// Selects the item holding `data`; a value the combo does not offer is added as `text`, so a
/// stored value is shown (and judged) rather than silently replaced.
void selectData(QComboBox* combo, const QVariant& data, const QString& text)
{
    int index = combo->findData(data);
    if (index < 0) {
        combo->addItem(text, data);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

/// A short explanation under a field, in the muted colour of placeholder text.
QLabel* makeHint(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* hint = new QLabel(text, parent);
    hint->setObjectName(objectName);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    hint->setForegroundRole(QPalette::PlaceholderText);
    // Expanding, so the form gives it the field's whole width instead of wrapping it narrow.
    hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    return hint;
}

} // namespace

SignupSettingsDialog::SignupSettingsDialog(Backend* backend, const Operator& op, CredentialStore* credentials,
                                           const QString& profile, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_operator(op)
    , m_credentials(credentials)
    , m_profile(profile)
    , m_readOnly(refusal(op.role, Action::ManageWorkspace))
    , m_loading(new QLabel(tr("Reading the signup settings…"), this))
    , m_publicSignup(new QCheckBox(tr("&Public signup: anyone may sign up on the registration page"), this))
    , m_waitlist(new QCheckBox(tr("&Waitlist: hold signups for approval"), this))
    , m_allowedDomains(new QLineEdit(this))
    , m_defaultRole(new QComboBox(this))
    , m_defaultGroups(new QListWidget(this))
    , m_expiryDays(new QSpinBox(this))
    , m_resetMinutes(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_joinUrl(new QLineEdit(this))
    , m_captchaProvider(new QComboBox(this))
    , m_keychainNote(new QLabel(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signupSettingsDialog"));
    setWindowTitle(tr("Signup Settings"));
    m_siteKey.field = new QLineEdit(this);
    m_siteKey.what = captchaSiteKeyKey(op.workspaceId);
    m_secret.field = new QLineEdit(this);
    m_secret.what = captchaSecretKey(op.workspaceId);

    m_loading->setObjectName(QStringLiteral("loadingNote"));

    // Who can join
    m_publicSignup->setObjectName(QStringLiteral("publicSignup"));
    m_waitlist->setObjectName(QStringLiteral("waitlist"));
    m_waitlist->setToolTip(tr("People who sign up wait in the Waitlist until someone approves or rejects them."));
    m_allowedDomains->setObjectName(QStringLiteral("allowedDomains"));
    m_allowedDomains->setPlaceholderText(tr("example.org, example.net"));
    auto* whoBox = new QGroupBox(tr("Who can join"), this);
    auto* whoForm = new QFormLayout(whoBox);
    whoForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    whoForm->addRow(m_publicSignup);
    whoForm->addRow(m_waitlist);
    whoForm->addRow(tr("Allowed &domains:"), m_allowedDomains);
    whoForm->addRow(QString(),
                    makeHint(tr("Only addresses at these domains may sign up or be invited. Empty: every domain."),
                             QStringLiteral("allowedDomainsHint"), whoBox));

    // New members
    m_defaultRole->setObjectName(QStringLiteral("defaultRole"));
    for (const Role role : allRoles()) {
        if (!refusalOfDefaultRole(role)) {
            m_defaultRole->addItem(roleDisplayName(role), int(role));
        }
    }
    m_defaultGroups->setObjectName(QStringLiteral("defaultGroups"));
    m_defaultGroups->setAccessibleName(tr("Default groups"));
    m_defaultGroups->setFixedHeight(m_defaultGroups->fontMetrics().lineSpacing() * 6);
    m_expiryDays->setObjectName(QStringLiteral("expiryDays"));
    m_expiryDays->setRange(1, maxInviteExpiryDays);
    m_expiryDays->setValue(defaultInviteExpiryDays);
    m_expiryDays->setSuffix(tr(" days"));
    auto* membersBox = new QGroupBox(tr("New members"), this);
    auto* membersForm = new QFormLayout(membersBox);
    membersForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    membersForm->addRow(tr("Default &role:"), m_defaultRole);
    membersForm->addRow(tr("Default &groups:"), m_defaultGroups);
    membersForm->addRow(tr("Invitations &expire after:"), m_expiryDays);
    m_resetMinutes->setObjectName(QStringLiteral("resetLinkMinutes"));
    m_resetMinutes->setRange(minResetLinkMinutes, maxResetLinkMinutes);
    m_resetMinutes->setValue(defaultResetLinkMinutes);
    m_resetMinutes->setSuffix(tr(" minutes"));
    m_resetMinutes->setToolTip(tr("How long a password reset link sent by the helpdesk or asked for with \"Forgot "
                                  "password?\" works. The link works once."));
    membersForm->addRow(tr("Password reset links expire &after:"), m_resetMinutes);

    // Mail
    m_language->setObjectName(QStringLiteral("mailLanguage"));
    for (const QString& code : mailLanguages()) {
        m_language->addItem(nativeLanguageName(code), code);
    }
    m_joinUrl->setObjectName(QStringLiteral("joinUrl"));
    m_joinUrl->setPlaceholderText(tr("https://app.example.org/join"));
    auto* mailBox = new QGroupBox(tr("Mail"), this);
    auto* mailForm = new QFormLayout(mailBox);
    mailForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    mailForm->addRow(tr("&Language:"), m_language);
    mailForm->addRow(tr("Registrati&on page:"), m_joinUrl);
    // The hint and, while the address is a placeholder, the warning under it: one row, so the
    // warning takes no room while it is hidden.
    auto* joinNotes = new QWidget(mailBox);
    auto* joinNotesLayout = new QVBoxLayout(joinNotes);
    joinNotesLayout->setContentsMargins(0, 0, 0, 0);
    joinNotesLayout->addWidget(makeHint(tr("The web page where invited people choose their password. Links in the "
                                           "mails add ?invite=… to this address."),
                                        QStringLiteral("joinUrlHint"), joinNotes));
    m_placeholderWarning = makeProblemLabel(joinNotes);
    m_placeholderWarning->setObjectName(QStringLiteral("placeholderJoinUrl"));
    m_placeholderWarning->setText(tr("This is a placeholder nobody can open: enter your web product's registration "
                                     "page, or invitations lead nowhere."));
    joinNotesLayout->addWidget(m_placeholderWarning);
    mailForm->addRow(QString(), joinNotes);

    // Captcha
    m_captchaProvider->setObjectName(QStringLiteral("captchaProvider"));
    for (const QString& provider : captchaProviders()) {
        m_captchaProvider->addItem(captchaProviderName(provider), provider);
    }
    m_siteKey.field->setObjectName(QStringLiteral("captchaSiteKey"));
    m_secret.field->setObjectName(QStringLiteral("captchaSecret"));
    m_secret.field->setEchoMode(QLineEdit::Password);
    m_keychainNote->setObjectName(QStringLiteral("captchaKeychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_keychainNote->setTextFormat(Qt::PlainText);
    auto* captchaBox = new QGroupBox(tr("Captcha"), this);
    auto* captchaForm = new QFormLayout(captchaBox);
    captchaForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    captchaForm->addRow(tr("Pro&vider:"), m_captchaProvider);
    captchaForm->addRow(tr("S&ite key:"), m_siteKey.field);
    captchaForm->addRow(tr("Secret &key:"), m_secret.field);
    captchaForm->addRow(QString(), m_keychainNote);
    alignLabelColumns({whoForm, membersForm, mailForm, captchaForm});

    m_fields = {m_publicSignup, m_waitlist, m_allowedDomains, m_defaultRole,    m_defaultGroups,
                m_expiryDays,   m_resetMinutes, m_language, m_joinUrl,        m_captchaProvider};

    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton* saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    if (m_readOnly) {
        auto* note = new QLabel(*m_readOnly, this);
        note->setObjectName(QStringLiteral("readOnlyNote"));
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        layout->addWidget(note);
        for (QWidget* field : m_fields) {
            field->setToolTip(*m_readOnly);
        }
        for (CaptchaKey* key : {&m_siteKey, &m_secret}) {
            key->field->setToolTip(*m_readOnly);
        }
        saveButton->setToolTip(*m_readOnly);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
    layout->addWidget(m_loading);
    layout->addWidget(whoBox);
    layout->addWidget(membersBox);
    layout->addWidget(mailBox);
    layout->addWidget(captchaBox);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QCheckBox* box : {m_publicSignup, m_waitlist}) {
        connect(box, &QCheckBox::toggled, this, &SignupSettingsDialog::updateState);
    }
    for (QLineEdit* field : {m_allowedDomains, m_joinUrl, m_siteKey.field, m_secret.field}) {
        connect(field, &QLineEdit::textChanged, this, &SignupSettingsDialog::updateState);
    }
    for (QComboBox* combo : {m_defaultRole, m_language, m_captchaProvider}) {
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &SignupSettingsDialog::updateState);
    }
    connect(m_expiryDays, qOverload<int>(&QSpinBox::valueChanged), this, &SignupSettingsDialog::updateState);
    connect(m_resetMinutes, qOverload<int>(&QSpinBox::valueChanged), this, &SignupSettingsDialog::updateState);
    connect(m_siteKey.field, &QLineEdit::textEdited, this, [this] { m_siteKey.edited = true; });
    connect(m_secret.field, &QLineEdit::textEdited, this, [this] { m_secret.edited = true; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignupSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Closed while saving: the answers that arrive later no longer touch the dialog.
    connect(this, &QDialog::rejected, this, [this] { m_saving = false; });

    setMinimumWidth(520);
    resize(660, 820);
    rememberSize(this, QStringLiteral("signupSettingsDialog"));
    updateKeychainNote();
    updateState();
    load();
}

SignupSettings SignupSettingsDialog::settings() const
{
    SignupSettings settings;
    settings.publicSignup = m_publicSignup->isChecked();
    settings.waitlist = m_waitlist->isChecked();
    settings.allowlist = parseDomainList(m_allowedDomains->text());
    settings.defaultRole = Role(m_defaultRole->currentData().toInt());
    for (int row = 0; row < m_defaultGroups->count(); ++row) {
        const QListWidgetItem* item = m_defaultGroups->item(row);
        if (item->checkState() == Qt::Checked) {
            settings.defaultGroupIds.append(item->data(Qt::UserRole).value<Id>());
        }
    }
    settings.captchaProvider = m_captchaProvider->currentData().toString();
    settings.inviteExpiryDays = m_expiryDays->value();
    settings.resetLinkMinutes = m_resetMinutes->value();
    settings.joinUrl = m_joinUrl->text().trimmed();
    settings.language = m_language->currentData().toString();
    return settings;
}

void SignupSettingsDialog::load()
{
    whenDone(m_backend->invitations()->signupSettings(m_operator.workspaceId), this, [this](const Result<SignupSettings>& loaded) {
        if (!loaded.ok()) {
            loadFailed(loaded.error().message);
            return;
        }
        m_loaded = loaded.value();
        if (m_groups) {
            showLoaded();
        }
    });
    if (!m_backend->groups()) {
        m_groups = QList<GroupSummary>(); // no default groups to offer
    } else {
        whenDone(m_backend->groups()->listGroups(m_operator.workspaceId), this,
                 [this](const Result<QList<GroupSummary>>& groups) {
                     if (!groups.ok()) {
                         loadFailed(groups.error().message);
                         return;
                     }
                     m_groups = groups.value();
                     if (m_loaded) {
                         showLoaded();
                     }
                 });
    }
    // The keys are secrets: only those who may change them get to see them.
    if (!m_readOnly) {
        readCaptchaKey(&m_siteKey);
        readCaptchaKey(&m_secret);
    }
}

void SignupSettingsDialog::loadFailed(const QString& message)
{
    if (m_loadError.isEmpty()) {
        m_loadError = message;
    }
    m_loading->hide();
    updateState();
}

void SignupSettingsDialog::showLoaded()
{
    const SignupSettings& loaded = *m_loaded;
    m_publicSignup->setChecked(loaded.publicSignup);
    m_waitlist->setChecked(loaded.waitlist);
    m_allowedDomains->setText(loaded.allowlist.join(QLatin1String(", ")));
    selectData(m_defaultRole, int(loaded.defaultRole), roleDisplayName(loaded.defaultRole));
    m_expiryDays->setValue(loaded.inviteExpiryDays);
    m_resetMinutes->setValue(loaded.resetLinkMinutes);
    selectData(m_language, loaded.language, loaded.language);
    m_joinUrl->setText(loaded.joinUrl);
    selectData(m_captchaProvider, loaded.captchaProvider, loaded.captchaProvider);

    m_defaultGroups->clear();
    if (m_groups->isEmpty()) {
        auto* none = new QListWidgetItem(tr("This workspace has no groups yet (see the Groups page)."),
                                         m_defaultGroups);
        none->setFlags(Qt::NoItemFlags);
    }
    // Groups whose members the directory decides, or that grant what the operator may not
    // give, are shown but cannot be ticked (the backend refuses them too).
    for (const GroupSummary& group : *m_groups) {
        const QIcon icon = bundledIcon(group.synced ? QStringLiteral("synced") : QStringLiteral("group"));
        auto* item = new QListWidgetItem(icon, group.name, m_defaultGroups);
        item->setData(Qt::UserRole, QVariant::fromValue(group.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(loaded.defaultGroupIds.contains(group.id) ? Qt::Checked : Qt::Unchecked);
        auto why = refusalOfDefaultGroup(m_operator.role, group);
        if (why) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(*why);
        }
    }
    m_loading->hide();
    updateState();
}

void SignupSettingsDialog::readCaptchaKey(CaptchaKey* key)
{
    whenDone(m_credentials->read(m_profile, key->what), this, [this, key](const Result<QString>& read) {
        key->answered = true;
        if (read.ok() || read.error().kind == BackendError::Kind::NotFound) {
            key->known = true;
            key->saved = read.ok() ? read.value() : QString();
            if (!key->edited) {
                key->field->setText(key->saved);
            }
        } else {
            if (read.error().kind == BackendError::Kind::KeychainUnavailable) {
                m_keychainUnavailable = true;
            } else {
                key->field->setPlaceholderText(tr("Unchanged"));
            }
            if (m_keychainError.isEmpty()) {
                m_keychainError = read.error().message;
            }
        }
        updateKeychainNote();
        updateState();
    });
}

void SignupSettingsDialog::updateKeychainNote()
{
    if (m_readOnly) {
        m_keychainNote->hide();
        return;
    }
    if (m_keychainUnavailable) {
        m_keychainNote->setText(tr("The captcha keys cannot be read or stored: %1").arg(m_keychainError));
    } else if (!m_keychainError.isEmpty()) {
        m_keychainNote->setText(m_keychainError + QLatin1Char(' ')
                                + tr("Type a key to replace the saved one; an empty field leaves it as it is."));
    } else if (!m_siteKey.answered || !m_secret.answered) {
        m_keychainNote->setText(tr("Reading the keychain…"));
    } else {
        m_keychainNote->setText(
            tr("The keys are kept in this computer's keychain, never in the database or a settings file."));
    }
    m_keychainNote->show();
}

QString SignupSettingsDialog::problem() const
{
    if (!m_loaded || !m_groups) {
        return {};
    }
    const SignupSettings shown = settings();
    if (const auto why = signupSettingsProblem(shown)) {
        return *why;
    }
    if (!shown.captchaProvider.isEmpty() && !m_keychainUnavailable) {
        const QString provider = captchaProviderName(shown.captchaProvider);
        // Only keys the keychain answered for (or typed here) can be judged.
        if ((m_siteKey.known || m_siteKey.edited) && m_siteKey.field->text().trimmed().isEmpty()) {
            return tr("Captcha: enter the site key %1 gave you.").arg(provider);
        }
        if ((m_secret.known || m_secret.edited) && m_secret.field->text().trimmed().isEmpty()) {
            return tr("Captcha: enter the secret key %1 gave you.").arg(provider);
        }
    }
    return {};
}

void SignupSettingsDialog::updateState()
{
    const bool loaded = m_loaded && m_groups;
    const bool editable = loaded && !m_readOnly && !m_saving;
    for (QWidget* field : m_fields) {
        field->setEnabled(editable);
    }
    const bool captcha = editable && !m_captchaProvider->currentData().toString().isEmpty();
    for (CaptchaKey* key : {&m_siteKey, &m_secret}) {
        key->field->setEnabled(captcha && key->answered && !m_keychainUnavailable);
    }
    const QString why = m_loadError.isEmpty() ? problem() : m_loadError;
    showProblem(m_problem, why);
    m_placeholderWarning->setVisible(loaded && isPlaceholderJoinUrl(m_joinUrl->text()));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(editable && why.isEmpty());
}

bool SignupSettingsDialog::keyChanged(const CaptchaKey& key) const
{
    if (m_keychainUnavailable || !(key.known || key.edited)) {
        return false;
    }
    const QString typed = key.field->text().trimmed();
    if (!key.known && typed.isEmpty()) {
        return false; // could not be read, and nothing typed: leave it as it is
    }
    return typed != key.saved;
}

void SignupSettingsDialog::save()
{
    if (m_saving || m_readOnly || !m_loaded || !m_groups || !m_loadError.isEmpty() || !problem().isEmpty()) {
        return;
    }
    const SignupSettings wanted = settings();
    m_saving = true;
    updateState();
    whenDone(m_backend->invitations()->saveSignupSettings(m_operator, wanted), this, [this, wanted](const Result<Done>& saved) {
        if (!m_saving) {
            return; // closed meanwhile
        }
        if (!saved.ok()) {
            saveFailed(saved.error().message);
            return;
        }
        m_loaded = wanted;
        QList<CaptchaKey*> pending;
        for (CaptchaKey* key : {&m_siteKey, &m_secret}) {
            if (keyChanged(*key)) {
                pending.append(key);
            }
        }
        writeCaptchaKeys(pending);
    });
}

void SignupSettingsDialog::writeCaptchaKeys(QList<CaptchaKey*> pending)
{
    if (pending.isEmpty()) {
        m_saving = false;
        accept();
        return;
    }
    // One after the other: a keychain may ask the person for permission on each.
    CaptchaKey* key = pending.takeFirst();
    const QString value = key->field->text().trimmed();
    const QFuture<Result<Done>> job = value.isEmpty() ? m_credentials->remove(m_profile, key->what)
                                                      : m_credentials->write(m_profile, value, key->what);
    whenDone(job, this, [this, key, value, pending](const Result<Done>& stored) {
        if (!m_saving) {
            return;
        }
        if (!stored.ok()) {
            saveFailed(tr("The signup settings were saved, but the captcha keys were not: %1")
                           .arg(stored.error().message));
            return;
        }
        key->saved = value;
        key->known = true;
        key->edited = false;
        writeCaptchaKeys(pending);
    });
}

void SignupSettingsDialog::saveFailed(const QString& message)
{
    m_saving = false;
    updateState();
    showProblem(m_problem, message);
}

} // namespace usher
