#pragma once

#include <QColor>
#include <QPalette>

namespace aistack {

// Colours that read well on the light and the dark palette alike.
namespace PaletteColors {

inline bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

// Text that says something went wrong (4.5:1 or better on the palette's base and window colours).
inline QColor error(const QPalette &p)
{
    return isDark(p) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

// Secondary text (details, hints): the text colour two thirds of the way from the background.
inline QColor secondary(const QPalette &p)
{
    const QColor text = p.color(QPalette::WindowText);
    const QColor back = p.color(QPalette::Window);
    return QColor::fromRgbF(text.redF() * 0.68 + back.redF() * 0.32, text.greenF() * 0.68 + back.greenF() * 0.32,
                            text.blueF() * 0.68 + back.blueF() * 0.32);
}

// A surface that stands out a little from the base colour (the question's bubble).
inline QColor tint(const QPalette &p)
{
    const QColor base = p.color(QPalette::Base);
    const QColor accent = p.color(QPalette::Highlight);
    const double a = isDark(p) ? 0.22 : 0.12;
    return QColor::fromRgbF(base.redF() * (1 - a) + accent.redF() * a, base.greenF() * (1 - a) + accent.greenF() * a,
                            base.blueF() * (1 - a) + accent.blueF() * a);
}

} // namespace PaletteColors

} // namespace aistack
