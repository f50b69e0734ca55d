#pragma once

#include <QColor>
#include <QWidget>

namespace aistack {

// Gives the widget's text (its WindowText) a colour of its own, e.g. PaletteColors::error(palette()); called
// again on a palette change.
inline void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, colour);
    widget->setPalette(p);
}

} // namespace aistack
