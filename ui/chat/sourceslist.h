#pragma once

#include "conversations/answerdetails.h"

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace aistack {

// The passages an answer was given, best first, under the answer: a toggle "Sources (n)" and, opened, one
// row per passage with its rank, file name (a link that opens the file, at the page where the viewer
// allows it), page, score and the start of the passage (the whole passage as tooltip).
class SourcesList : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesList(QWidget *parent = nullptr);

    void setSources(const QVector<CitedPassage> &sources);
    const QVector<CitedPassage> &sources() const { return m_sources; }
    void setExpanded(bool expanded);
    bool isExpanded() const;
    QToolButton *toggle() const { return m_toggle; }

Q_SIGNALS:
    void sourceActivated(const aistack::CitedPassage &source);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QToolButton *m_toggle;
    QWidget *m_rows;
    QVBoxLayout *m_rowsLayout;
    QVector<CitedPassage> m_sources;
    bool m_built = false;
    bool m_expanded = false;
};

} // namespace aistack
