#include "app/firstpaint.h"

#include "models/usersmodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace usher {

namespace {

/// How long a first page may take before the measurement gives up.
constexpr int giveUpSeconds = 120;

} // namespace

FirstPaintReporter::FirstPaintReporter(QWidget* window, QElapsedTimer started, QObject* parent)
    : QObject(parent)
    , m_table(window->findChild<QTableView*>(QStringLiteral("usersTable")))
    , m_started(started)
{
    if (m_table) {
        m_table->viewport()->installEventFilter(this);
    }
    // An empty workspace shows its empty state instead of the table: that counts once the
    // count is known (the table itself is hidden then and paints nothing).
    auto* empty = new QTimer(this);
    connect(empty, &QTimer::timeout, this, [this, empty] {
        const auto* model = m_table ? qobject_cast<const UsersModel*>(m_table->model()) : nullptr;
        if (!m_done && model && model->rowCount() == 0 && model->totalCount() == 0 && !model->isLoading()) {
            m_done = true;
            empty->stop();
            QTimer::singleShot(0, this, &FirstPaintReporter::report);
        }
    });
    empty->start(5);
    QTimer::singleShot(giveUpSeconds * 1000, this, [this] {
        if (m_done) {
            return;
        }
        m_done = true;
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("usher::Application",
                                                            "The users table showed no first page within %n "
                                                            "second(s).",
                                                            nullptr, giveUpSeconds)));
        QCoreApplication::exit(3);
    });
}

bool FirstPaintReporter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint && m_table && watched == m_table->viewport() && pageComplete()) {
        // This paint shows the page: report once it is done.
        m_done = true;
        QTimer::singleShot(0, this, &FirstPaintReporter::report);
    }
    return QObject::eventFilter(watched, event);
}

bool FirstPaintReporter::pageComplete() const
{
    const auto* model = qobject_cast<const UsersModel*>(m_table->model());
    if (!model) {
        return false;
    }
    if (model->rowCount() == 0) {
        return false;
    }
    const int first = qMax(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0) {
        last = model->rowCount() - 1;
    }
    for (int row = first; row <= last; ++row) {
        if (!model->isRowLoaded(row)) {
            return false;
        }
    }
    return true;
}

void FirstPaintReporter::report()
{
    // A line for programs to read (usher-bench), so not translated.
    std::printf("first-paint %.1f\n", double(m_started.nsecsElapsed()) / 1e6);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace usher
