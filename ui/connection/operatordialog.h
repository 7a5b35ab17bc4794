#pragma once

#include "connection/session.h"
#include "core/lifecycle.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace usher {

class Backend;

/// Says who is at the keyboard, so every change records its author (issue 6): sets up the
/// workspace's first Admin, identifies the operator of a local file by email, or signs in
/// with email and password on a shared database. Talks to the backend itself and stays open
/// with the reason when it is refused.
class OperatorDialog : public QDialog
{
    Q_OBJECT
public:
    using Mode = Session::SignInMode;

    OperatorDialog(Mode mode, Backend* backend, const Id& workspaceId, const QString& workspaceName,
                   const QString& email = {}, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }

signals:
    void operatorReady(const usher::Operator& op);

private:
    void submit();
    void updateButtons();

    Mode m_mode;
    Backend* m_backend;
    Id m_workspaceId;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_email;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace usher
