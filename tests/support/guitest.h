#pragma once

// Helpers shared by the widget tests (tests/gui): waiting for a dialog the window opens, and
// saving what a screen looks like for people to check.

#include "connection/backendregistry.h"
#include "connection/sql/sqlbackend.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressBar>
#include <QTimer>
#include <QPointer>
#include <QStandardPaths>
#include <QString>
#include <QTest>
#include <QWidget>

#include <memory>

namespace usher::test {

/// Settings and data folders of the test's own (Qt's test mode, under the name `test`), so
/// nothing a widget test remembers touches the developer's Usher.
inline void useOwnSettings(const QString& test)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UsherTests"));
    QCoreApplication::setApplicationName(test);
}

/// A main window on SQL backends, shown and opening the SQLite file `path`; `asEmail`, when
/// given, is the member at the keyboard (as --as does; on a new database, with `asName`, its
/// first Admin). The caller owns the window.
inline MainWindow* openMainWindow(const QString& path, const QString& asEmail = {}, const QString& asName = {})
{
    auto* window = new MainWindow(&makeBackend);
    if (!asEmail.isEmpty()) {
        window->setOperatorHint(asName, asEmail);
    }
    window->show();
    window->openDatabase(path);
    return window;
}

/// The visible child of `window` named `name`, once it appears (within 5 s); stops the test
/// process when it does not, since nothing after it could run.
template<typename T> T* waitForDialog(QWidget* window, const QString& name)
{
    T* found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (found = window->findChild<T*>(name)) != nullptr && found->isVisible(); }, 5000);
    if (!shown) {
        qFatal("The dialog %s did not appear", qPrintable(name));
    }
    return found;
}

/// Waits (within 5 s) until `dialog` is hidden or gone: dialogs that delete themselves on
/// closing would leave a plain pointer dangling while the test waits.
/// Waits until `progress` shows at least `value`, waking the moment it does (QTRY_VERIFY sleeps
/// between its polls, long enough for a fast change to finish before a Stop pressed then).
inline bool waitForProgress(QProgressBar* progress, int value, int timeoutMs = 20000)
{
    if (progress->value() < value) {
        QEventLoop loop;
        QObject::connect(progress, &QProgressBar::valueChanged, &loop, [&loop, value](int now) {
            if (now >= value) {
                loop.quit();
            }
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return progress->value() >= value;
}

inline bool waitUntilClosed(QWidget* dialog)
{
    const QPointer<QWidget> watched(dialog);
    return QTest::qWaitFor([&] { return !watched || !watched->isVisible(); }, 5000);
}

/// Saves `widget` as USHER_SCREENSHOT_DIR/<name>.png when that variable is set.
inline void snapshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("USHER_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget) {
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

} // namespace usher::test
