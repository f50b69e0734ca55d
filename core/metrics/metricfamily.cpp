#include "metricfamily.h"

#include <QDateTime>
#include <cmath>
#include <limits>

namespace aistack {

namespace {
double nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QByteArray escapeLabel(const QString &v)
{
    QByteArray out;
    const QByteArray utf8 = v.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

// The sum of every series' value (a counter's or a gauge's).
template <typename Series> double sumOfValues(const QHash<QString, Series> &series)
{
    double sum = 0;
    for (const auto &s : series)
        sum += s.value;
    return sum;
}

QString stripSuffix(const QString &name, const char *suffix)
{
    const QLatin1String s(suffix);
    return name.endsWith(s) ? name.left(name.size() - s.size()) : name;
}
} // namespace

MetricFamily::MetricFamily(Type type, QString name, QString help, QStringList labelNames)
    : m_type(type), m_name(std::move(name)), m_help(std::move(help)), m_labelNames(std::move(labelNames))
{
}

QByteArray MetricFamily::labelText(const QStringList &values, const QString &extraName,
                                   const QString &extraValue) const
{
    if (m_labelNames.isEmpty() && extraName.isEmpty())
        return {};
    QByteArray out("{");
    for (int i = 0; i < m_labelNames.size(); ++i) {
        if (i)
            out += ',';
        out += m_labelNames.at(i).toUtf8() + "=\"" + escapeLabel(values.value(i)) + '"';
    }
    if (!extraName.isEmpty()) {
        if (!m_labelNames.isEmpty())
            out += ',';
        out += extraName.toUtf8() + "=\"" + escapeLabel(extraValue) + '"';
    }
    out += '}';
    return out;
}

// Python prometheus_client style: integral values keep a ".0", infinities are +Inf/-Inf.
QByteArray MetricFamily::number(double v)
{
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    if (std::isnan(v))
        return "NaN";
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QByteArray::number(qint64(v)) + ".0";
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

void MetricFamily::header(QByteArray &out, const QString &name, const char *type) const
{
    QString help = m_help;
    help.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    out += "# HELP " + name.toUtf8() + ' ' + help.toUtf8() + '\n';
    out += "# TYPE " + name.toUtf8() + ' ' + type + '\n';
}

Counter::Counter(QString name, QString help, QStringList labelNames)
    : MetricFamily(Type::Counter, std::move(name), std::move(help), std::move(labelNames))
{
    // Like prometheus_client: a counter without labels exists (at 0) from the start.
    if (m_labelNames.isEmpty())
        m_series.insert(key({}), Series{{}, 0, nowSeconds()});
}

void Counter::inc(const QStringList &labels, double by)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_series.find(key(labels));
    if (it == m_series.end())
        it = m_series.insert(key(labels), Series{labels, 0, nowSeconds()});
    it->value += by;
}

double Counter::value(const QStringList &labels) const
{
    QMutexLocker lock(&m_mutex);
    return m_series.value(key(labels)).value;
}

double Counter::total() const
{
    QMutexLocker lock(&m_mutex);
    return sumOfValues(m_series);
}

QVector<QPair<QStringList, double>> Counter::values() const
{
    QMutexLocker lock(&m_mutex);
    QVector<QPair<QStringList, double>> out;
    out.reserve(m_series.size());
    for (const auto &s : m_series)
        out.append({s.labels, s.value});
    return out;
}

void Counter::render(QByteArray &out) const
{
    QMutexLocker lock(&m_mutex);
    const QString base = stripSuffix(m_name, "_total");
    header(out, base + QStringLiteral("_total"), "counter");
    for (const auto &s : m_series)
        out += base.toUtf8() + "_total" + labelText(s.labels) + ' ' + number(s.value) + '\n';
    if (m_series.isEmpty())
        return;
    header(out, base + QStringLiteral("_created"), "gauge");
    for (const auto &s : m_series)
        out += base.toUtf8() + "_created" + labelText(s.labels) + ' ' + number(s.created) + '\n';
}

Gauge::Gauge(QString name, QString help, QStringList labelNames)
    : MetricFamily(Type::Gauge, std::move(name), std::move(help), std::move(labelNames))
{
}

void Gauge::set(double v, const QStringList &labels)
{
    QMutexLocker lock(&m_mutex);
    m_series[key(labels)] = Series{labels, v};
}

void Gauge::add(double by, const QStringList &labels)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_series.find(key(labels));
    if (it == m_series.end())
        it = m_series.insert(key(labels), Series{labels, 0});
    it->value += by;
}

double Gauge::value(const QStringList &labels) const
{
    QMutexLocker lock(&m_mutex);
    return m_series.value(key(labels)).value;
}

double Gauge::total() const
{
    QMutexLocker lock(&m_mutex);
    return sumOfValues(m_series);
}

void Gauge::render(QByteArray &out) const
{
    QMutexLocker lock(&m_mutex);
    header(out, m_name, "gauge");
    if (m_series.isEmpty() && m_labelNames.isEmpty()) {
        out += m_name.toUtf8() + " 0.0\n";
        return;
    }
    for (const auto &s : m_series)
        out += m_name.toUtf8() + labelText(s.labels) + ' ' + number(s.value) + '\n';
}

Histogram::Histogram(QString name, QString help, QStringList labelNames, QVector<double> buckets)
    : MetricFamily(Type::Histogram, std::move(name), std::move(help), std::move(labelNames)),
      m_bounds(std::move(buckets))
{
    if (m_bounds.isEmpty() || !std::isinf(m_bounds.last()))
        m_bounds << std::numeric_limits<double>::infinity();
}

QVector<double> Histogram::defaultBuckets()
{
    return {0.005, 0.01, 0.025, 0.05, 0.075,
            0.1,   0.25, 0.5,   0.75, 1.0,
            2.5,   5.0,  7.5,   10.0, std::numeric_limits<double>::infinity()};
}

void Histogram::observe(double v, const QStringList &labels)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_series.find(key(labels));
    if (it == m_series.end())
        it = m_series.insert(key(labels),
                             Series{labels, QVector<quint64>(m_bounds.size(), 0), 0, 0, nowSeconds()});
    for (int i = 0; i < m_bounds.size(); ++i) {
        if (v <= m_bounds.at(i)) {
            ++it->buckets[i];
            break;
        }
    }
    ++it->count;
    it->sum += v;
}

quint64 Histogram::count(const QStringList &labels) const
{
    QMutexLocker lock(&m_mutex);
    return m_series.value(key(labels)).count;
}

double Histogram::sum(const QStringList &labels) const
{
    QMutexLocker lock(&m_mutex);
    return m_series.value(key(labels)).sum;
}

void Histogram::addBuckets(const std::function<QString(const QStringList &)> &keyOf,
                           QHash<QString, QVector<double>> &into) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto &s : m_series) {
        const QString key = keyOf(s.labels);
        if (key.isEmpty())
            continue;
        QVector<double> &sums = into[key];
        sums.resize(m_bounds.size());
        for (int i = 0; i < m_bounds.size(); ++i)
            sums[i] += double(s.buckets.at(i));
    }
}

void Histogram::render(QByteArray &out) const
{
    QMutexLocker lock(&m_mutex);
    header(out, m_name, "histogram");
    const QByteArray n = m_name.toUtf8();
    for (const auto &s : m_series) {
        quint64 cumulative = 0;
        for (int i = 0; i < m_bounds.size(); ++i) {
            cumulative += s.buckets.at(i);
            out += n + "_bucket" +
                   labelText(s.labels, QStringLiteral("le"), QString::fromLatin1(number(m_bounds.at(i)))) +
                   ' ' + number(double(cumulative)) + '\n';
        }
        out += n + "_count" + labelText(s.labels) + ' ' + number(double(s.count)) + '\n';
        out += n + "_sum" + labelText(s.labels) + ' ' + number(s.sum) + '\n';
    }
    if (m_series.isEmpty())
        return;
    header(out, m_name + QStringLiteral("_created"), "gauge");
    for (const auto &s : m_series)
        out += n + "_created" + labelText(s.labels) + ' ' + number(s.created) + '\n';
}

} // namespace aistack
