#include "markdownview.h"

#include "codeblock.h"
#include "wrappedlabel.h"

#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace aistack {

namespace {
WrappedLabel *proseLabel(QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setTextFormat(Qt::MarkdownText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                                   Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(false);
    return label;
}

bool isFence(QStringView line, QString *language)
{
    const QStringView t = line.trimmed();
    if (!t.startsWith(QLatin1String("```")) && !t.startsWith(QLatin1String("~~~")))
        return false;
    if (language)
        *language = t.mid(3).trimmed().toString();
    return true;
}
} // namespace

MarkdownView::MarkdownView(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

QVector<MarkdownView::Segment> MarkdownView::split(const QString &markdown)
{
    QVector<Segment> out;
    Segment current;
    bool inCode = false;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    auto close = [&]() {
        if (current.code || !current.text.trimmed().isEmpty())
            out.push_back(current);
        current = Segment();
    };
    for (const QString &line : lines) {
        QString language;
        if (isFence(line, &language)) {
            if (!inCode) {
                close();
                current.code = true;
                current.language = language;
                inCode = true;
            } else {
                if (current.text.endsWith(QLatin1Char('\n')))
                    current.text.chop(1);
                close();
                inCode = false;
            }
            continue;
        }
        current.text += line + QLatin1Char('\n');
    }
    if (current.code && current.text.endsWith(QLatin1Char('\n')))
        current.text.chop(1);
    close();
    return out;
}

void MarkdownView::setMarkdown(const QString &markdown)
{
    if (markdown == m_markdown && !m_parts.isEmpty())
        return;
    m_markdown = markdown;
    const QVector<Segment> segments = split(markdown);
    for (int i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        QWidget *part = i < m_parts.size() ? m_parts[i] : nullptr;
        const bool fits =
            part && (s.code ? qobject_cast<CodeBlock *>(part) != nullptr : qobject_cast<WrappedLabel *>(part) != nullptr);
        if (!fits) {
            if (part) { // the structure changed: rebuild from here
                for (int j = i; j < m_parts.size(); ++j) {
                    m_parts[j]->hide();
                    m_parts[j]->deleteLater();
                }
                m_parts.resize(i);
            }
            part = s.code ? static_cast<QWidget *>(new CodeBlock(this)) : proseLabel(this);
            if (auto *label = qobject_cast<WrappedLabel *>(part))
                connect(label, &QLabel::linkActivated, this, &MarkdownView::linkActivated);
            m_layout->addWidget(part);
            m_parts.push_back(part);
        }
        if (auto *block = qobject_cast<CodeBlock *>(part))
            block->setCode(s.language, s.text);
        else if (auto *label = qobject_cast<WrappedLabel *>(part))
            label->setContent(s.text);
    }
    for (int j = int(segments.size()); j < m_parts.size(); ++j) {
        m_parts[j]->hide();
        m_parts[j]->deleteLater();
    }
    m_parts.resize(qMin(m_parts.size(), segments.size()));
}

QString MarkdownView::plainText() const
{
    QStringList out;
    for (QWidget *part : m_parts) {
        if (auto *block = qobject_cast<CodeBlock *>(part)) {
            out << block->code();
        } else if (auto *label = qobject_cast<QLabel *>(part)) {
            QTextDocument doc;
            doc.setMarkdown(label->text());
            out << doc.toPlainText().trimmed();
        }
    }
    return out.join(QLatin1Char('\n'));
}

QVector<CodeBlock *> MarkdownView::codeBlocks() const
{
    QVector<CodeBlock *> out;
    for (QWidget *part : m_parts)
        if (auto *block = qobject_cast<CodeBlock *>(part))
            out << block;
    return out;
}

} // namespace aistack
