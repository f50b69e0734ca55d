#include "sourceslist.h"

#include <QEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace aistack {

SourcesList::SourcesList(QWidget *parent)
    : QWidget(parent), m_toggle(new QToolButton(this)), m_rows(new QWidget(this)),
      m_rowsLayout(new QVBoxLayout(m_rows))
{
    m_toggle->setObjectName(QStringLiteral("sourcesToggle"));
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    connect(m_toggle, &QToolButton::clicked, this, [this]() { setExpanded(!m_expanded); });
    m_rowsLayout->setContentsMargins(18, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_rows->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_rows);
    hide();
}

void SourcesList::setSources(const QVector<CitedPassage> &sources)
{
    if (m_built && sources.size() == m_sources.size()) {
        bool same = true;
        for (int i = 0; same && i < sources.size(); ++i)
            same = sources[i].documentId == m_sources[i].documentId && sources[i].passage == m_sources[i].passage;
        if (same)
            return;
    }
    m_sources = sources;
    m_built = false;
    m_toggle->setText(tr("Sources (%1)").arg(sources.size()));
    m_toggle->setAccessibleName(tr("Sources: %n passage(s)", nullptr, int(sources.size())));
    setVisible(!sources.isEmpty());
    if (isExpanded())
        rebuild();
}

void SourcesList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_built)
        rebuild(); // links take the palette's colour when they are set
}

bool SourcesList::isExpanded() const
{
    return m_expanded;
}

void SourcesList::setExpanded(bool expanded)
{
    m_expanded = expanded;
    m_toggle->setAccessibleDescription(expanded ? tr("expanded") : tr("collapsed"));
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (expanded && !m_built)
        rebuild();
    m_rows->setVisible(expanded);
}

void SourcesList::rebuild()
{
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    for (int i = 0; i < m_sources.size(); ++i) {
        const CitedPassage &s = m_sources[i];
        QString where = s.fileName.toHtmlEscaped();
        if (s.page > 0)
            where += QStringLiteral(", ") + tr("page %1").arg(s.page);
        const QString link = QStringLiteral("<a href=\"source:%1\">%2</a>").arg(i).arg(where);
        QString snippet = s.passage;
        snippet.replace(QRegularExpression(QStringLiteral("\\s*\\n\\s*\\n\\s*")), QStringLiteral(" · "));
        snippet = snippet.simplified();
        if (snippet.size() > 240)
            snippet = snippet.left(240) + QChar(0x2026);
        auto *row = new QLabel(m_rows);
        row->setObjectName(QStringLiteral("sourceRow"));
        row->setTextFormat(Qt::RichText);
        row->setWordWrap(true);
        row->setTextInteractionFlags(Qt::TextBrowserInteraction);
        row->setText(QStringLiteral("%1. %2 &nbsp;<i>%3</i><br>%4")
                         .arg(i + 1)
                         .arg(link, tr("score %1").arg(locale.toString(s.score, 'f', 2)), snippet.toHtmlEscaped()));
        row->setToolTip(s.passage.left(2000));
        row->setAccessibleName(tr("Source %1: %2, score %3")
                                   .arg(i + 1)
                                   .arg(where, locale.toString(s.score, 'f', 2)));
        connect(row, &QLabel::linkActivated, this, [this, i]() { Q_EMIT sourceActivated(m_sources.value(i)); });
        m_rowsLayout->addWidget(row);
    }
    m_built = true;
}

} // namespace aistack
