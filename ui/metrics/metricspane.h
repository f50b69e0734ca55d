#pragma once

#include <QVector>
#include <QFuture>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace aistack {

class DesktopServices;
class MetricsChart;
class MetricsHistory;
class MetricsWindow;

// Live charts of the server, the models and the process, from the app's MetricsHistory (the registry /metrics
// renders, read once a second): requests per second by protocol and by status class, response time
// percentiles, open connections and WebSockets, sessions and stacks, tokens per second, time to first token
// and queue wait of a chosen model, ingested chunks per second, memory and CPU. Windows of 5 minutes (1 s
// steps) and 1 hour (10 s steps); Pause (Space) freezes the picture; Export writes the visible series as CSV.
// The charts are redrawn once a second while the pane is shown, and not at all while it is hidden.
class MetricsPane : public QWidget
{
    Q_OBJECT
public:
    enum Chart { Protocols, Statuses, Latency, Connections, Sessions, Tokens, FirstToken, QueueWait, Ingestion,
                 Memory, Cpu, ChartCount };

    explicit MetricsPane(DesktopServices *services, QWidget *parent = nullptr);

    MetricsChart *chart(Chart c) const { return m_charts.at(c); }
    QComboBox *modelPicker() const { return m_model; }
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // The window shown: 300 (5 min) or 3600 (1 h) seconds.
    int windowSeconds() const { return m_seconds; }
    void setWindowSeconds(int seconds);
    // How often the charts were redrawn (for the tests: none while hidden or paused).
    int refreshCount() const { return m_refreshes; }
    // Writes the visible series on a worker thread: a header (time, then one column per line) and one row per
    // point. The future holds the error, empty when the file was written.
    QFuture<QString> exportCsv(const QString &path) const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh(); // the once-a-second redraw: only while shown and not paused
    void redraw();
    void refreshModels();
    void exportAsked();
    void updateState();

    MetricsHistory *m_history;
    QVector<MetricsChart *> m_charts;
    QButtonGroup *m_windows;
    QToolButton *m_fiveMinutes;
    QToolButton *m_hour;
    QComboBox *m_model;
    QPushButton *m_pause;
    QPushButton *m_export;
    QLabel *m_state;
    int m_seconds = 300;
    bool m_paused = false;
    int m_refreshes = 0;
    // What the charts show now, for the export: the rows' times and every line's column.
    QVector<qint64> m_times;
    QStringList m_columnNames;
    QVector<QVector<double>> m_columns;
};

} // namespace aistack
