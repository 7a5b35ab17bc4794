#pragma once

#include "connection/result.h"

#include <QDialog>

namespace usher {

/// Explains why a database could not be opened (naming the file or server and the reason)
/// and offers the ways forward. For a file: open another or create a new one (the file is
/// never touched). For a server: try again, edit the connection, or use the local database.
class DatabaseErrorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Target { File, Server };

    DatabaseErrorDialog(const QString& location, const BackendError& error, Target target = Target::File,
                        QWidget* parent = nullptr);

    QString reasonText() const { return m_reason; }

signals:
    void openAnotherRequested();
    void createNewRequested();
    void retryRequested();
    void editConnectionRequested();
    void localDatabaseRequested();

private:
    QString m_reason;
};

} // namespace usher
