#include "ui/connection/profileeditors.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace usher {

namespace {

QWidget* withBrowseButton(QLineEdit* field, QPushButton* browse, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

QWidget* ProfileEditor::caFileRow(QLineEdit* field, QWidget* parent)
{
    field->setPlaceholderText(tr("The system's certificate authorities if left empty"));
    auto* browse = new QPushButton(tr("Browse…"), parent);
    connect(browse, &QPushButton::clicked, this, [field, parent] {
        const QString path = QFileDialog::getOpenFileName(parent, tr("CA Certificate"), field->text(),
                                                          tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!path.isEmpty()) {
            field->setText(path);
        }
    });
    return withBrowseButton(field, browse, parent);
}

/// A SQLite file: its path, typed or chosen (an absent file is created when connecting).
class SqliteFileEditor : public ProfileEditor
{
    Q_OBJECT
public:
    using ProfileEditor::ProfileEditor;

    ConnectionProfile::Kind kind() const override { return ConnectionProfile::Kind::Sqlite; }
    QString title() const override { return tr("SQLite file on this computer"); }

    void addRows(QFormLayout* form, QWidget* parent, const std::function<void()>&) override
    {
        m_form = form;
        m_file = new QLineEdit(parent);
        m_file->setObjectName(QStringLiteral("fileField"));
        auto* browse = new QPushButton(tr("Browse…"), parent);
        connect(browse, &QPushButton::clicked, this, [this, parent] {
            const QString path = QFileDialog::getSaveFileName(
                parent, tr("Database File"), m_file->text(), tr("Usher databases (*.usher *.sqlite *.db);;All files (*)"),
                nullptr, QFileDialog::DontConfirmOverwrite);
            if (!path.isEmpty()) {
                m_file->setText(path);
            }
        });
        m_row = withBrowseButton(m_file, browse, parent);
        form->addRow(tr("&File:"), m_row);
    }

    void setRowsVisible(bool visible) override { m_form->setRowVisible(m_row, visible); }
    void load(const ConnectionProfile::Target& target) override { m_file->setText(std::get<SqliteFile>(target).path); }
    ConnectionProfile::Target target() const override { return SqliteFile {m_file->text().trimmed()}; }
    ConnectionProfile::Target fresh() const override { return SqliteFile {}; }

    QString nothingThereYet(const ConnectionProfile& profile) const override
    {
        return tr("“%1” does not exist yet; Usher will create it when you connect.").arg(profile.displayLocation());
    }

private:
    QFormLayout* m_form = nullptr;
    QLineEdit* m_file = nullptr;
    QWidget* m_row = nullptr;
};

/// A PostgreSQL server: where, which database, who, and how the connection is encrypted.
class PostgresServerEditor : public ProfileEditor
{
    Q_OBJECT
public:
    using ProfileEditor::ProfileEditor;

    ConnectionProfile::Kind kind() const override { return ConnectionProfile::Kind::Postgres; }
    QString title() const override { return tr("PostgreSQL server"); }
    bool forNewProfiles() const override { return true; }
    QWidget* secretAfter() const override { return m_user; }

    void addRows(QFormLayout* form, QWidget* parent, const std::function<void()>& secretRowsHere) override
    {
        m_form = form;
        m_host = new QLineEdit(parent);
        m_host->setObjectName(QStringLiteral("hostField"));
        m_port = new QSpinBox(parent);
        m_port->setObjectName(QStringLiteral("portField"));
        m_port->setRange(1, 65535);
        m_port->setValue(5432);
        m_port->setMaximumWidth(120);
        m_database = new QLineEdit(parent);
        m_database->setObjectName(QStringLiteral("databaseField"));
        m_user = new QLineEdit(parent);
        m_user->setObjectName(QStringLiteral("userField"));
        m_tls = new QComboBox(parent);
        m_tls->setObjectName(QStringLiteral("tlsCombo"));
        for (const auto mode : {TlsMode::VerifyFull, TlsMode::Require, TlsMode::Disable}) {
            m_tls->addItem(tlsModeDisplayName(mode), tlsModeKey(mode));
        }
        m_caFile = new QLineEdit(parent);
        m_caFile->setObjectName(QStringLiteral("caFileField"));
        m_caRow = caFileRow(m_caFile, parent);
        connect(m_tls, &QComboBox::currentIndexChanged, this, &PostgresServerEditor::updateCaFile);

        form->addRow(tr("&Host:"), m_host);
        form->addRow(tr("P&ort:"), m_port);
        form->addRow(tr("&Database:"), m_database);
        form->addRow(tr("&User:"), m_user);
        secretRowsHere();
        form->addRow(tr("&Encryption:"), m_tls);
        form->addRow(tr("CA certi&ficate:"), m_caRow);
        updateCaFile();
    }

    void setRowsVisible(bool visible) override
    {
        for (QWidget* row : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port),
                             static_cast<QWidget*>(m_database), static_cast<QWidget*>(m_user),
                             static_cast<QWidget*>(m_tls), m_caRow}) {
            m_form->setRowVisible(row, visible);
        }
    }

    void load(const ConnectionProfile::Target& target) override
    {
        const auto& server = std::get<PostgresServer>(target);
        m_host->setText(server.host);
        m_port->setValue(server.port);
        m_database->setText(server.database);
        m_user->setText(server.user);
        m_tls->setCurrentIndex(m_tls->findData(tlsModeKey(server.tls)));
        m_caFile->setText(server.caFile);
    }

    ConnectionProfile::Target target() const override
    {
        PostgresServer server;
        server.host = m_host->text().trimmed();
        server.port = m_port->value();
        server.database = m_database->text().trimmed();
        server.user = m_user->text().trimmed();
        server.tls = tlsModeFromKey(m_tls->currentData().toString());
        server.caFile = server.tls == TlsMode::VerifyFull ? m_caFile->text().trimmed() : QString();
        return server;
    }

    ConnectionProfile::Target fresh() const override
    {
        PostgresServer server;
        server.host = QStringLiteral("localhost");
        server.database = QStringLiteral("usher");
        server.tls = TlsMode::VerifyFull;
        return server;
    }

    QString nothingThereYet(const ConnectionProfile& profile) const override
    {
        return tr("Connected to %1. The database is empty; Usher will set it up when you connect.")
            .arg(profile.kindName());
    }

private:
    void updateCaFile()
    {
        const bool verify = tlsModeFromKey(m_tls->currentData().toString()) == TlsMode::VerifyFull;
        m_caFile->setEnabled(verify);
        m_caFile->setToolTip(verify ? tr("The certificate of the authority that signed the server's certificate")
                                    : tr("Only needed when the server is verified"));
        emit changed();
    }

    QFormLayout* m_form = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_tls = nullptr;
    QLineEdit* m_caFile = nullptr;
    QWidget* m_caRow = nullptr;
};

/// A SCIM 2.0 service: its base URL, the certificate authority for its TLS, and how long to wait.
class ScimServiceEditor : public ProfileEditor
{
    Q_OBJECT
public:
    using ProfileEditor::ProfileEditor;

    ConnectionProfile::Kind kind() const override { return ConnectionProfile::Kind::Scim; }
    QString title() const override { return tr("SCIM 2.0 service"); }
    QString secretLabel() const override
    {
        return clientCredentials() ? tr("Client &secret:") : tr("Bearer &token:");
    }
    bool hasWorkspaces() const override { return false; }
    QWidget* secretAfter() const override { return clientCredentials() ? static_cast<QWidget*>(m_scope) : m_auth; }

    void addRows(QFormLayout* form, QWidget* parent, const std::function<void()>& secretRowsHere) override
    {
        m_form = form;
        m_url = new QLineEdit(parent);
        m_url->setObjectName(QStringLiteral("scimUrlField"));
        m_url->setPlaceholderText(tr("https://idp.example.org/scim/v2"));
        m_auth = new QComboBox(parent);
        m_auth->setObjectName(QStringLiteral("scimAuthCombo"));
        m_auth->addItem(tr("Bearer token"), QStringLiteral("bearer-token"));
        m_auth->addItem(tr("OAuth 2.0 client credentials"), QStringLiteral("client-credentials"));
        m_tokenUrl = new QLineEdit(parent);
        m_tokenUrl->setObjectName(QStringLiteral("scimTokenUrlField"));
        m_tokenUrl->setPlaceholderText(tr("https://idp.example.org/oauth2/token"));
        m_clientId = new QLineEdit(parent);
        m_clientId->setObjectName(QStringLiteral("scimClientIdField"));
        m_scope = new QLineEdit(parent);
        m_scope->setObjectName(QStringLiteral("scimScopeField"));
        m_scope->setPlaceholderText(tr("None if left empty; some servers need one, e.g. api://usher/.default"));
        connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
            updateAuthRows();
            emit changed();
        });
        m_caFile = new QLineEdit(parent);
        m_caFile->setObjectName(QStringLiteral("scimCaFileField"));
        m_caRow = caFileRow(m_caFile, parent);
        m_timeout = new QSpinBox(parent);
        m_timeout->setObjectName(QStringLiteral("scimTimeoutField"));
        m_timeout->setRange(1, 600);
        m_timeout->setValue(30);
        m_timeout->setSuffix(tr(" s"));
        m_timeout->setMaximumWidth(120);
        m_role = new QLineEdit(parent);
        m_role->setObjectName(QStringLiteral("scimRoleAttributeField"));
        m_role->setPlaceholderText(tr("roles"));
        m_role->setToolTip(tr("Where the service keeps each person's Usher role. Leave empty for the standard "
                              "roles attribute; for a service without roles, name another attribute, such as "
                              "userType, or an extension's by its full name "
                              "(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division)."));
        form->addRow(tr("Base &URL:"), m_url);
        form->addRow(tr("Aut&hentication:"), m_auth);
        form->addRow(tr("Token UR&L:"), m_tokenUrl);
        form->addRow(tr("Client I&D:"), m_clientId);
        form->addRow(tr("Sco&pe:"), m_scope);
        secretRowsHere();
        form->addRow(tr("CA certi&ficate:"), m_caRow);
        form->addRow(tr("Time-&out:"), m_timeout);
        form->addRow(tr("&Role attribute:"), m_role);
    }

    void setRowsVisible(bool visible) override
    {
        m_visible = visible;
        for (QWidget* row : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_auth), m_caRow,
                             static_cast<QWidget*>(m_timeout), static_cast<QWidget*>(m_role)}) {
            m_form->setRowVisible(row, visible);
        }
        updateAuthRows();
    }

    void load(const ConnectionProfile::Target& target) override
    {
        const auto& service = std::get<ScimService>(target);
        m_url->setText(service.baseUrl);
        m_auth->setCurrentIndex(service.auth == ScimAuth::ClientCredentials ? 1 : 0);
        m_tokenUrl->setText(service.tokenUrl);
        m_clientId->setText(service.clientId);
        m_scope->setText(service.scope);
        m_caFile->setText(service.caFile);
        m_timeout->setValue(service.timeoutSeconds);
        m_role->setText(service.roleAttribute);
    }

    ConnectionProfile::Target target() const override
    {
        ScimService service;
        service.baseUrl = m_url->text().trimmed();
        service.auth = clientCredentials() ? ScimAuth::ClientCredentials : ScimAuth::BearerToken;
        if (clientCredentials()) {
            service.tokenUrl = m_tokenUrl->text().trimmed();
            service.clientId = m_clientId->text().trimmed();
            service.scope = m_scope->text().simplified();
        }
        service.caFile = m_caFile->text().trimmed();
        service.timeoutSeconds = m_timeout->value();
        service.roleAttribute = m_role->text().trimmed();
        return service;
    }

    ConnectionProfile::Target fresh() const override { return ScimService {}; }

    QString nothingThereYet(const ConnectionProfile& profile) const override
    {
        return tr("Connected to %1.").arg(profile.location());
    }

private:
    bool clientCredentials() const { return m_auth && m_auth->currentIndex() == 1; }
    void updateAuthRows()
    {
        m_form->setRowVisible(m_tokenUrl, m_visible && clientCredentials());
        m_form->setRowVisible(m_clientId, m_visible && clientCredentials());
        m_form->setRowVisible(m_scope, m_visible && clientCredentials());
    }

    QFormLayout* m_form = nullptr;
    bool m_visible = false;
    QLineEdit* m_url = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_tokenUrl = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_scope = nullptr;
    QLineEdit* m_caFile = nullptr;
    QWidget* m_caRow = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLineEdit* m_role = nullptr;
};

std::vector<std::unique_ptr<ProfileEditor>> makeProfileEditors()
{
    std::vector<std::unique_ptr<ProfileEditor>> editors;
    editors.push_back(std::make_unique<SqliteFileEditor>());
    editors.push_back(std::make_unique<PostgresServerEditor>());
    editors.push_back(std::make_unique<ScimServiceEditor>());
    for (std::size_t i = 0; i < editors.size(); ++i) {
        Q_ASSERT(std::size_t(editors[i]->kind()) == i);
    }
    return editors;
}

} // namespace usher

#include "profileeditors.moc"
