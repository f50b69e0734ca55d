#pragma once

#include <QHash>
#include <QLabel>

namespace aistack {

// A word-wrapped label that lays its text out once per width. QLabel lays rich text out again for every
// height-for-width question, and a layout asks each of its labels several times per pass and again whenever
// any sibling changes; in a conversation of long answers that was most of the time spent opening it.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    // Sets the text (use this rather than QLabel::setText, so the remembered heights are forgotten).
    void setContent(const QString &text);
    int heightForWidth(int width) const override;
    // Cheap hints, laid out once (QLabel's own lay the whole text out again at widths of their own choosing
    // whenever it changes); layouts size the label by heightForWidth.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    mutable QHash<int, int> m_heights; // width -> height
};

} // namespace aistack
