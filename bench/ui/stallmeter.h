#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

// How late a 10 ms timer of the GUI thread fires: the worst lateness is the longest the event loop did not
// turn (a person sees the window stall for that long).
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject *parent = nullptr);
    void start();
    void stop();
    double worstMs() const;
    double percentileMs(double p) const;
    int ticks() const { return int(m_late.size()); }

private:
    void tick();
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QVector<double> m_late;
};
