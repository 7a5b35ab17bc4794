#pragma once

#include <QDialog>

namespace usher {

/// Name, version, purpose and the database in use.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString& databaseDescription, QWidget* parent = nullptr);
};

} // namespace usher
