#pragma once

#include "connection/backend.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace usher {

/// Confirms erasing one person's personal data (U7): says what goes, in which workspaces, and
/// that it cannot be undone; asks for the request's reference (what the erasure log keeps) and
/// has the person's address typed. Erase stays disabled until both are there.
class ErasureDialog : public QDialog
{
    Q_OBJECT
public:
    ErasureDialog(const ErasureCounts& counts, QWidget* parent = nullptr);

    QString reference() const;

private:
    void updateButton();

    QString m_expected;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_typed = nullptr;
    QPushButton* m_erase = nullptr;
};

} // namespace usher
