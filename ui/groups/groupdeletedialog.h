#pragma once

#include "core/group.h"
#include "core/lifecycle.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace usher {

class Backend;

/// Confirms a group's deletion (G2) after showing what it takes away: each member who loses
/// a permission, and which, while those whose role or other groups grant the same keep it.
/// Delete stays disabled until that is known.
class GroupDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    GroupDeleteDialog(Backend* backend, const Operator& op, const GroupSummary& group, QWidget* parent = nullptr);

signals:
    void deleted(const QString& name);

private:
    void showImpact(const GroupDeleteImpact& impact);
    /// Grows to show `rows` people (up to twenty) unless the person chose a size before.
    void growToShow(int rows);
    void remove();

    Backend* m_backend;
    Operator m_operator;
    GroupSummary m_group;
    QLabel* m_summary;
    QTableWidget* m_losses;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    bool m_sizeRemembered = false;
};

} // namespace usher
