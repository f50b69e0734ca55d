#pragma once

#include "rag/desktop/ingestitem.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace aistack {

// The queue's progress as a person can trust it: files and chunks done of the total, files/s, chunks/s, the
// time left, the file being read, and Cancel. Hidden when the queue is idle and nothing was done.
class IngestProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IngestProgressPanel(QWidget *parent = nullptr);

    void setProgress(const IngestProgress &progress);
    QProgressBar *bar() const { return m_bar; }
    QLabel *label() const { return m_label; }
    QPushButton *cancelButton() const { return m_cancel; }

    static QString describe(const IngestProgress &progress);

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_cancel;
    QTimer m_hide;
};

} // namespace aistack
