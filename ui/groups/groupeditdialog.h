#pragma once

#include "core/group.h"
#include "core/lifecycle.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace usher {

class Backend;

/// Creates a group, or renames one and changes what it grants (G2, G4). Permissions the
/// operator's own role lacks cannot be ticked (the backend refuses them too), and the name
/// of a synced group is read-only. Saves through the backend and stays open on a refusal,
/// saying why.
class GroupEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// `group` empty: a new group.
    GroupEditDialog(Backend* backend, const Operator& op, const std::optional<GroupSummary>& group,
                    QWidget* parent = nullptr);

signals:
    /// Saved; `groupId` is the group's id (the new one for a new group).
    void saved(const Id& groupId);

private:
    void save();
    GroupEdit edit() const;

    Backend* m_backend;
    Operator m_operator;
    std::optional<GroupSummary> m_group;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QList<QCheckBox*> m_permissions;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace usher
