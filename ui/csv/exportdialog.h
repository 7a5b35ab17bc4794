#pragma once

#include "core/userexport.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;

namespace usher {

/// Asks what a users export covers (everyone, the people listed now, or the selection), which
/// columns it writes, and whether formulas are neutralised (B3).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Scope { Everyone, Listed, Selected };

    /// `listed` describes the list on screen ("Disabled, search “ada”"); `selected` counts the
    /// selection (0: none, so that choice is off).
    ExportDialog(const QString& listed, qint64 selected, QWidget* parent = nullptr);

    Scope scope() const;
    QList<ExportColumn> columns() const;
    bool plainData() const;

private:
    QButtonGroup* m_scope;
    QList<QCheckBox*> m_columns;
    QCheckBox* m_plain;
    QDialogButtonBox* m_buttons;
};

} // namespace usher
