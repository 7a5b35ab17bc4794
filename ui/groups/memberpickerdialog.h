#pragma once

#include "connection/whendone.h"
#include "core/account.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace usher {

class Backend;

/// Picks people from a workspace of any size (G3): type-ahead search asked of the backend as
/// you type (a short pause first, only the latest answer shown), check as many as you like
/// across searches, and see the picked ones on the right, removable there.
class MemberPickerDialog : public QDialog
{
    Q_OBJECT
public:
    /// `acceptText` names the OK button for a number of people picked ("Add 3 People").
    MemberPickerDialog(Backend* backend, const Id& workspaceId, const QString& title,
                       std::function<QString(int)> acceptText, QWidget* parent = nullptr);

    /// Picked account ids, in the order they were picked.
    QList<Id> picked() const;
    /// Results shown per search.
    static constexpr int resultLimit = 50;

private:
    void search();
    void showResults(quint64 generation, const QList<UserSummary>& users);
    void toggle(QListWidgetItem* item);
    void unpick(QListWidgetItem* item);
    void updateCount();

    Backend* m_backend;
    Id m_workspaceId;
    std::function<QString(int)> m_acceptText;
    QLineEdit* m_search;
    QListWidget* m_results;
    QListWidget* m_picked;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QTimer* m_debounce;
    Latest m_generation;
    QHash<Id, QString> m_names; ///< Picked id → "Name <email>".
    QList<Id> m_order;
};

} // namespace usher
