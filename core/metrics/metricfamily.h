#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace aistack {

// A named metric with a fixed set of label names and one series per label-value tuple.
// All methods are thread-safe. Label values are given in the order of the label names.
class MetricFamily
{
public:
    enum class Type { Counter, Gauge, Histogram };

    MetricFamily(Type type, QString name, QString help, QStringList labelNames);
    virtual ~MetricFamily() = default;

    Type type() const { return m_type; }
    const QString &name() const { return m_name; }
    const QStringList &labelNames() const { return m_labelNames; }

    // Appends this family in the Prometheus text format 0.0.4.
    virtual void render(QByteArray &out) const = 0;

protected:
    static QString key(const QStringList &labels) { return labels.join(QChar(0x1f)); }
    QByteArray labelText(const QStringList &values, const QString &extraName = {},
                         const QString &extraValue = {}) const;
    static QByteArray number(double v);
    void header(QByteArray &out, const QString &name, const char *type) const;

    Type m_type;
    QString m_name;
    QString m_help;
    QStringList m_labelNames;
    mutable QMutex m_mutex;
};

class Counter : public MetricFamily
{
public:
    Counter(QString name, QString help, QStringList labelNames);
    void inc(const QStringList &labels = {}, double by = 1.0);
    double value(const QStringList &labels = {}) const;
    double total() const; // sum over all series
    // Every series' labels and value, for readers that group series (the Metrics pane's history).
    QVector<QPair<QStringList, double>> values() const;
    void render(QByteArray &out) const override;

private:
    struct Series
    {
        QStringList labels;
        double value = 0;
        double created = 0;
    };
    QHash<QString, Series> m_series;
};

class Gauge : public MetricFamily
{
public:
    Gauge(QString name, QString help, QStringList labelNames);
    void set(double v, const QStringList &labels = {});
    void add(double by, const QStringList &labels = {});
    double value(const QStringList &labels = {}) const;
    double total() const; // sum over all series
    void render(QByteArray &out) const override;

private:
    struct Series
    {
        QStringList labels;
        double value = 0;
    };
    QHash<QString, Series> m_series;
};

class Histogram : public MetricFamily
{
public:
    Histogram(QString name, QString help, QStringList labelNames, QVector<double> buckets);
    static QVector<double> defaultBuckets();
    void observe(double v, const QStringList &labels = {});
    quint64 count(const QStringList &labels = {}) const;
    double sum(const QStringList &labels = {}) const;
    // The upper bounds of the buckets, +Inf last.
    const QVector<double> &bounds() const { return m_bounds; }
    // Adds every series' non-cumulative bucket counts (one per bound) to into, grouped by the key keyOf gives
    // a series' labels (series with an empty key are left out).
    void addBuckets(const std::function<QString(const QStringList &)> &keyOf,
                    QHash<QString, QVector<double>> &into) const;
    void render(QByteArray &out) const override;

private:
    struct Series
    {
        QStringList labels;
        QVector<quint64> buckets; // non-cumulative counts per bucket (+Inf last)
        quint64 count = 0;
        double sum = 0;
        double created = 0;
    };
    QVector<double> m_bounds;
    QHash<QString, Series> m_series;
};

} // namespace aistack
