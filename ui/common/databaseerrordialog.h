#pragma once

#include "connection/result.h"

#include <QDialog>

namespace usher {

/// Explains why a database could not be opened (naming the file and the reason) and offers
/// the ways forward: open another file or create a new one. It never touches the file.
class DatabaseErrorDialog : public QDialog
{
    Q_OBJECT
public:
    DatabaseErrorDialog(const QString& location, const BackendError& error, QWidget* parent = nullptr);

    QString reasonText() const { return m_reason; }

signals:
    void openAnotherRequested();
    void createNewRequested();

private:
    QString m_reason;
};

} // namespace usher
