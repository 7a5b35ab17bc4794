#pragma once

#include "connection/connectionprofile.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace usher {

/// The rows of the connections form for one kind of connection profile (a SQLite file, a
/// PostgreSQL server): it adds them to the dialog's form, shows a profile's kind-specific part
/// in them and reads it back. The dialog knows no kind by name; a new kind of backend adds its
/// editor to makeProfileEditors().
class ProfileEditor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Which alternative of ConnectionProfile::Target this editor edits.
    virtual ConnectionProfile::Kind kind() const = 0;
    /// "PostgreSQL server": the choice in the form's Kind list.
    virtual QString title() const = 0;
    /// Adds this kind's rows to `form`, their widgets parented to `parent`. Where the kind
    /// asks for a secret, it calls `secretRowsHere` at the place the password rows belong.
    virtual void addRows(QFormLayout* form, QWidget* parent, const std::function<void()>& secretRowsHere) = 0;
    /// Shows or hides the rows added by addRows().
    virtual void setRowsVisible(bool visible) = 0;
    /// Shows `target`, which is of this editor's kind.
    virtual void load(const ConnectionProfile::Target& target) = 0;
    /// The kind-specific part as the form shows it, trimmed.
    virtual ConnectionProfile::Target target() const = 0;
    /// What a new profile of this kind starts with.
    virtual ConnectionProfile::Target fresh() const = 0;
    /// Whether a new profile starts as this kind (the local file has its own menu entries, so
    /// a saved connection is usually a server).
    virtual bool forNewProfiles() const { return false; }
    /// The label of the secret's row: "Pass&word:", "&Token:".
    virtual QString secretLabel() const { return tr("Pass&word:"); }
    /// The field the secret's rows follow for this kind (the user name, the client id); nullptr:
    /// where addRows() put them.
    virtual QWidget* secretAfter() const { return nullptr; }
    /// Whether the place holds several workspaces to choose from (a SCIM service is one).
    virtual bool hasWorkspaces() const { return true; }
    /// What Test Connection says when there is no Usher data yet where the profile points.
    virtual QString nothingThereYet(const ConnectionProfile& profile) const = 0;

protected:
    /// `field` for a CA certificate file with its Browse… button, as one row of the form (the
    /// servers' and the services' editors alike).
    QWidget* caFileRow(QLineEdit* field, QWidget* parent);

signals:
    /// A field changed in a way that changes which other fields apply.
    void changed();
};

/// One editor per kind of connection profile, in the order of ConnectionProfile::Kind.
std::vector<std::unique_ptr<ProfileEditor>> makeProfileEditors();

} // namespace usher
