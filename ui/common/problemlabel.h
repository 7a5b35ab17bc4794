#pragma once

class QLabel;
class QWidget;

namespace usher {

/// A word-wrapped label in the error colour, for "why not" sentences inside dialogs. Hidden
/// while empty; set its text to show it.
QLabel* makeProblemLabel(QWidget* parent);
/// Sets the text and shows the label (hides it for an empty text).
void showProblem(QLabel* label, const QString& text);

} // namespace usher
