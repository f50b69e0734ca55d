#pragma once

#include <QPushButton>

namespace aistack {

// A pane's push button: its object name (what tests and style sheets find it by) and a tooltip saying what it
// does. Screen readers take its name from the text (without the accelerator's &).
inline QPushButton *paneButton(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

} // namespace aistack
