#pragma once

#include "connection/backend.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QProgressDialog;

namespace usher {

class UsersModel;
class UsersView;

/// Makes the backend for a database file. The application decides which backend class
/// that is; the window only ever sees the Backend interface.
using BackendFactory = std::function<std::unique_ptr<Backend>(const QString& location)>;

/// Usher's main window: menus, the users screen and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(BackendFactory factory, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the database asynchronously. On success the users are shown and, when
    /// `sampleCount` > 0 and the database has no members yet, sample data is loaded.
    void openDatabase(const QString& location, int sampleCount = 0);
    /// Adds `count` sample people, with progress and cancel.
    void loadSampleData(int count);

    Backend* backend() const { return m_backend.get(); }
    UsersView* usersView() const { return m_usersView; }

    static constexpr int defaultSampleCount = 500;

signals:
    /// The database is open and its users are being listed.
    void databaseOpened(const QString& location);
    /// The database was refused; the error dialog is showing.
    void databaseFailed(const QString& location, const QString& reason);
    void sampleDataLoaded(qint64 added);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void showOpenError(const QString& location, const BackendError& error);
    void updateCount(qint64 total);
    void showError(const QString& message);
    void showAbout();

    BackendFactory m_factory;
    std::unique_ptr<Backend> m_backend;
    UsersModel* m_model = nullptr;
    UsersView* m_usersView;
    QLabel* m_countLabel;
    QLabel* m_locationLabel;
    QAction* m_sampleAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QString m_location;
    quint64 m_openGeneration = 0;
};

} // namespace usher
