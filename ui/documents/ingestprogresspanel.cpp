#include "ingestprogresspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace aistack {

IngestProgressPanel::IngestProgressPanel(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_label(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("ingestProgress"));
    m_bar->setObjectName(QStringLiteral("ingestBar"));
    m_bar->setAccessibleName(tr("Ingestion progress"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setFormat(tr("%v of %m files"));
    m_label->setObjectName(QStringLiteral("ingestLabel"));
    m_label->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelIngest"));
    m_cancel->setAccessibleName(tr("Cancel the ingestion"));
    m_cancel->setToolTip(tr("Stop: the file being read and the queued files become cancelled; they can be retried"));
    connect(m_cancel, &QPushButton::clicked, this, &IngestProgressPanel::cancelRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_label);
    m_hide.setSingleShot(true);
    m_hide.setInterval(8000);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

QString IngestProgressPanel::describe(const IngestProgress &p)
{
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 of %2 files").arg(locale.toString(p.filesDone), locale.toString(p.filesTotal));
    parts << tr("%1 chunks").arg(locale.toString(p.chunksDone));
    if (p.filesPerSecond > 0)
        parts << tr("%1 files/s").arg(locale.toString(p.filesPerSecond, 'f', p.filesPerSecond < 10 ? 1 : 0));
    if (p.chunksPerSecond > 0)
        parts << tr("%1 chunks/s").arg(locale.toString(p.chunksPerSecond, 'f', 0));
    if (p.running && p.etaSeconds > 0)
        parts << (p.etaSeconds < 90 ? tr("about %1 s left").arg(p.etaSeconds)
                                    : tr("about %1 min left").arg((p.etaSeconds + 30) / 60));
    if (p.filesFailed > 0)
        parts << tr("%n failed", nullptr, p.filesFailed);
    if (p.filesUnchanged > 0)
        parts << tr("%n unchanged", nullptr, p.filesUnchanged);
    QString text = parts.join(QStringLiteral(" · "));
    if (p.running && !p.currentFile.isEmpty())
        text += QStringLiteral("\n") + tr("Now: %1").arg(p.currentFile);
    else if (!p.running)
        text = tr("Done: %1").arg(text);
    return text;
}

void IngestProgressPanel::setProgress(const IngestProgress &p)
{
    if (p.filesTotal == 0 && !p.running) {
        hide();
        return;
    }
    // Once the queue is done, the summary stays a little while, then the table's totals say the rest.
    if (p.running)
        m_hide.stop();
    else if (!m_hide.isActive() && isVisible())
        m_hide.start();
    show();
    m_bar->setRange(0, qMax(1, p.filesTotal));
    m_bar->setValue(qMin(p.filesDone, p.filesTotal));
    m_label->setText(describe(p));
    m_cancel->setVisible(p.running);
}

} // namespace aistack
