#pragma once

#include "connection/result.h"
#include "connection/whendone.h"
#include "core/outcome.h"
#include "core/stoptoken.h"
#include "ui/common/bulkresultdialog.h"

#include <QFuture>
#include <QList>
#include <QWidget>
#include <functional>
#include <type_traits>

namespace usher {

/// How a change to one person that did not happen is told, on every screen: a box titled
/// "Not Changed" naming them (`who`, when known) and why.
void showNotChanged(QWidget* parent, const QString& who, const QString& why);

/// The one way a screen follows a change to people (members, group members, invitations,
/// signups), so that every screen reports alike:
/// - asked for one person (`onePerson`): once the answer is in, a refusal or a failure is told
///   by showNotChanged(); `after` then gets the outcome (an empty list after a failure) with
///   `listed` false, and the screen says in its status line what was done;
/// - asked for several, or for everyone matching a filter: progress with Stop, then a line per
///   person (BulkResultDialog, which deletes itself); `after` gets every outcome once the
///   dialog's change has ended, with `listed` true.
template<typename T>
void followPersonChange(QWidget* parent, const QString& title, QFuture<Result<QList<T>>> future,
                        const StopToken& stop, bool onePerson,
                        std::function<void(const QList<T>& outcomes, bool listed)> after)
{
    static_assert(std::is_base_of_v<Outcome, T>, "a change to people answers a list of outcomes");
    if (onePerson) {
        whenDone(future, parent, [parent, after](const Result<QList<T>>& result) {
            if (!result.ok()) {
                showNotChanged(parent, {}, result.error().message);
                after({}, false);
                return;
            }
            const QList<T>& outcomes = result.value();
            if (!outcomes.isEmpty() && !outcomes.constFirst().done) {
                showNotChanged(parent, outcomes.constFirst().label(), outcomes.constFirst().why);
            }
            after(outcomes, false);
        });
        return;
    }
    auto* dialog = new BulkResultDialog(title, future, stop, parent);
    QObject::connect(dialog, &BulkResultDialog::finishedChange, parent, [future, after] {
        const bool answered = future.resultCount() > 0 && future.result().ok();
        after(answered ? future.result().value() : QList<T>{}, true);
    });
    dialog->open();
}

} // namespace usher
