#pragma once

#include "core/signinhelp.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace usher {

/// Asks how the caller was recognised before password help is given (U10): one of the
/// ways (keys 1-4 choose and confirm at once, except "another way", which needs a note), an
/// optional note, and for a reset whether to sign the person out everywhere. What it answers is
/// recorded in the audit log with the help.
class CallerCheckDialog : public QDialog
{
    Q_OBJECT
public:
    /// `what` names the help ("Set a temporary password for Ana Lima"); `offerSignOut` adds
    /// the sign-out-everywhere choice.
    CallerCheckDialog(const QString& what, const QString& consequence, bool offerSignOut, QWidget* parent = nullptr);

    CallerVerification verification() const;
    bool signOutEverywhere() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateState();
    void confirm();

    QButtonGroup* m_ways;
    QLineEdit* m_note;
    QCheckBox* m_signOut = nullptr;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Shows a temporary password or a link once. It is on the clipboard as soon as it is shown
/// (the person asked for it to hand on; one action fewer on every call), and Copy puts it there
/// again. Nothing shown here is kept anywhere.
class SecretShownOnceDialog : public QDialog
{
    Q_OBJECT
public:
    /// `openable`: the secret is a link the operator opens themselves (Open in Browser).
    SecretShownOnceDialog(const QString& title, const QString& intro, const QString& secret, const QString& note,
                          QWidget* parent = nullptr, bool openable = false);

signals:
    void copied();
};

} // namespace usher
