#include "retrievalpreview.h"

#include "common/futurewatch.h"
#include "rag/desktop/desktopdocuments.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aistack {

RetrievalPreview::RetrievalPreview(DesktopDocuments *documents, QWidget *parent)
    : QWidget(parent), m_documents(documents), m_question(new QLineEdit(this)), m_state(new QLabel(this)),
      m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("retrievalPreview"));
    auto *title = new QLabel(tr("Retrieval preview"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_question->setObjectName(QStringLiteral("previewQuestion"));
    m_question->setAccessibleName(tr("Question to preview"));
    m_question->setPlaceholderText(tr("Type a question and press Enter to see the passages the chat would get"));
    m_question->setClearButtonEnabled(true);
    m_state->setObjectName(QStringLiteral("previewState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_results->setObjectName(QStringLiteral("previewResults"));
    m_results->setAccessibleName(tr("Passages"));
    m_results->setColumnCount(5);
    m_results->setHeaderLabels({tr("#"), tr("Score"), tr("File"), tr("Page"), tr("Passage")});
    m_results->setRootIsDecorated(false);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(true);
    m_results->header()->setStretchLastSection(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_results->setColumnWidth(2, 200);
    m_results->setMinimumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_question);
    layout->addWidget(m_state);
    layout->addWidget(m_results, 1);
    connect(m_question, &QLineEdit::returnPressed, this, [this]() { search(m_question->text()); });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = m_results->indexOfTopLevelItem(item);
        if (i >= 0 && i < m_passages.size())
            Q_EMIT sourceActivated(m_passages[i]);
    });
}

void RetrievalPreview::search(const QString &question)
{
    if (question.trimmed().isEmpty())
        return;
    const int generation = ++m_generation;
    m_state->setText(tr("Searching…"));
    whenReady(this, m_documents->preview(question), [this, generation](const Outcome<QVector<CitedPassage>> &r) {
        if (generation != m_generation)
            return;
        m_results->clear();
        if (!r.ok()) {
            m_state->setText(r.error);
            m_passages.clear();
            return Q_EMIT searched(-1);
        }
        m_passages = r.value;
        const QLocale locale;
        for (int i = 0; i < m_passages.size(); ++i) {
            const CitedPassage &p = m_passages[i];
            auto *item = new QTreeWidgetItem(m_results);
            item->setText(0, QString::number(i + 1));
            item->setText(1, locale.toString(p.score, 'f', 2));
            item->setText(2, p.fileName);
            item->setText(3, p.page > 0 ? QString::number(p.page) : QString());
            QString passage = p.passage;
            passage.replace(QRegularExpression(QStringLiteral("\\s*\\n\\s*\\n\\s*")), QStringLiteral(" · "));
            passage = passage.simplified();
            if (passage.size() > 400)
                passage = passage.left(400) + QChar(0x2026);
            item->setText(4, passage);
            item->setToolTip(4, p.passage.left(3000));
            item->setToolTip(2, p.path.isEmpty() ? p.fileName : p.path);
        }
        m_state->setText(m_passages.isEmpty() ? tr("No passage matches: the chat would answer without documents.")
                                              : tr("%n passage(s), best first, as the chat gets them", nullptr,
                                                   int(m_passages.size())));
        Q_EMIT searched(int(m_passages.size()));
    });
}

} // namespace aistack
