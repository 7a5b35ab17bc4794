#pragma once

// Helpers shared by the widget tests (tests/gui): waiting for a dialog the window opens, and
// saving what a screen looks like for people to check.

#include <QString>
#include <QTest>
#include <QWidget>

namespace usher::test {

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

/// Saves `widget` as USHER_SCREENSHOT_DIR/<name>.png when that variable is set.
inline void snapshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("USHER_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget) {
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

} // namespace usher::test
