#include "wrappedlabel.h"

#include <QEvent>

namespace aistack {

WrappedLabel::WrappedLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    // Its height comes from heightForWidth at the width it is given, never from a hint made at another width.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void WrappedLabel::setContent(const QString &text)
{
    if (text == QLabel::text())
        return;
    m_heights.clear();
    QLabel::setText(text);
}

int WrappedLabel::heightForWidth(int width) const
{
    const auto known = m_heights.constFind(width);
    if (known != m_heights.constEnd())
        return *known;
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() > 16)
        m_heights.clear();
    m_heights.insert(width, height);
    return height;
}

QSize WrappedLabel::sizeHint() const
{
    constexpr int kPreferredWidth = 400;
    return {kPreferredWidth, heightForWidth(kPreferredWidth)};
}

QSize WrappedLabel::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().averageCharWidth() * 8 + m.left() + m.right(),
            fontMetrics().height() + m.top() + m.bottom()};
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace aistack
